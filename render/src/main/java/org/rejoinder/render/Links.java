package org.rejoinder.render;

import org.rejoinder.model.CommentId;
import org.rejoinder.model.Post;
import org.rejoinder.model.VoteDirection;
import org.rejoinder.thread.CommentOrder;
import org.rejoinder.thread.ThreadCursor;

/**
 * The URLs a rendered thread links to, which only the application knows. The defaults are
 * relative to the page the thread is shown on, in WordPress's style ({@code ?cpage=2#comments},
 * {@code ?replytocom=12#respond}); override the methods whose URLs differ:
 *
 * <pre>{@code
 * Links links = new Links() {
 *   public String page(Post post, int page) {
 *     return "/posts/" + post.id() + "/comments/" + page + "#comments";
 *   }
 * };
 * }</pre>
 *
 * <p>A URL must be absolute http, https or mailto, or relative to the page; any other (such as
 * {@code javascript:}) is left out of the output.
 *
 * @since 0.1.0
 */
public interface Links {

  /** Returns the default links. */
  static Links defaults() {
    return new Links() {};
  }

  /** The URL of a page of the post's comments: {@code ?cpage=N#comments}. */
  default String page(Post post, int page) {
    return "?cpage=" + page + "#comments";
  }

  /**
   * The URL of the page a cursor leads to, the "Older comments" and "Newer comments" links:
   * {@code ?csort=NAME&ccursor=TOKEN#comments}, the order's name ({@link CommentOrder#name()})
   * and the cursor's {@link ThreadCursor#token()} (URL-safe as it is), which {@link
   * ThreadCursor#parse} reads back for {@code Rejoinder.threadPage}. A page read by cursor costs
   * the same wherever it lies; a numbered page deep into a large post walks every thread before
   * it.
   *
   * @since 0.2.0
   */
  default String cursor(Post post, ThreadCursor cursor) {
    return "?csort=" + cursor.orderName() + "&ccursor=" + cursor.token() + "#comments";
  }

  /**
   * A comment's permalink, shown on its time: {@code #comment-ID}, which works on the page that
   * shows the comment.
   */
  default String comment(Post post, CommentId id) {
    return "#comment-" + id;
  }

  /** Where the Reply link goes, the form set to answer the comment: {@code ?replytocom=ID#respond}. */
  default String reply(Post post, CommentId id) {
    return "?replytocom=" + id + "#respond";
  }

  /** Where the form's "Cancel reply" link goes: {@code ?#respond}. */
  default String cancelReply(Post post) {
    return "?#respond";
  }

  /**
   * Where a vote button's form posts: {@code ?vote=up&comment=ID#comment-ID}. The application
   * handles the POST ({@code Rejoinder.vote}) and answers with the page again.
   *
   * @since 0.2.0
   */
  default String vote(Post post, CommentId id, VoteDirection direction) {
    return "?vote=" + (direction == VoteDirection.UP ? "up" : "down") + "&comment=" + id
        + "#comment-" + id;
  }

  /**
   * Where the button of the reader's own vote posts, to take the vote back: {@code
   * ?vote=none&comment=ID#comment-ID}.
   *
   * @since 0.2.0
   */
  default String unvote(Post post, CommentId id) {
    return "?vote=none&comment=" + id + "#comment-" + id;
  }

  /**
   * A link of the sort selector: the page of comments in {@code order}, {@code
   * ?csort=NAME#comments} ({@link CommentOrder#name()}; {@code CommentOrder.builtIn(name)} reads it
   * back).
   *
   * @since 0.2.0
   */
  default String sort(Post post, CommentOrder order) {
    return "?csort=" + order.name() + "#comments";
  }
}
