package org.rejoinder.render;

import java.util.List;
import org.rejoinder.thread.ThreadNode;
import org.rejoinder.thread.ThreadPage;

/**
 * A piece of a rendered thread that an application can render its own way, typed by what it
 * shows. A renderer's builder takes a {@link PartRendererFactory} per part; a part the
 * application does not override is rendered by the built-in renderer.
 *
 * <p>Parts render each other through their context: the {@link #THREAD} renders the {@link
 * #HEADER}, each top-level {@link #COMMENT}, the {@link #PAGINATION} and the {@link #REPLY_FORM};
 * a comment renders its {@link #AUTHOR}, {@link #META}, {@link #MODERATION_NOTICE}, {@link
 * #BODY}, {@link #REPLY_LINK} and replies, or its {@link #PLACEHOLDER}.
 *
 * @param <T> what the part shows
 * @since 0.1.0
 */
public final class Part<T> {
  /** The whole discussion: header, comments, pagination, form. */
  public static final Part<ThreadView> THREAD = new Part<>("THREAD");
  /** The heading, "N responses to “Title”". */
  public static final Part<ThreadPage> HEADER = new Part<>("HEADER");
  /** One comment with its replies; a placeholder's comment shows the {@link #PLACEHOLDER}. */
  public static final Part<ThreadNode> COMMENT = new Part<>("COMMENT");
  /** A comment's author line: avatar and name, linked to the author's website. */
  public static final Part<ThreadNode> AUTHOR = new Part<>("AUTHOR");
  /** A comment's time and permalink (and, in a flat thread, whom it replies to). */
  public static final Part<ThreadNode> META = new Part<>("META");
  /** "Your comment is awaiting moderation." on the reader's own pending comment. */
  public static final Part<ThreadNode> MODERATION_NOTICE = new Part<>("MODERATION_NOTICE");
  /** A comment's text. */
  public static final Part<ThreadNode> BODY = new Part<>("BODY");
  /** The Reply link, on comments that {@linkplain ThreadNode#canReply() take replies}. */
  public static final Part<ThreadNode> REPLY_LINK = new Part<>("REPLY_LINK");
  /** "This comment was deleted.", in the place of a comment that has shown replies. */
  public static final Part<ThreadNode> PLACEHOLDER = new Part<>("PLACEHOLDER");
  /** Links to the other pages of comments. */
  public static final Part<ThreadPage> PAGINATION = new Part<>("PAGINATION");
  /** The "Leave a Reply" form. */
  public static final Part<ReplyForm> REPLY_FORM = new Part<>("REPLY_FORM");

  private static final List<Part<?>> ALL =
      List.of(THREAD, HEADER, COMMENT, AUTHOR, META, MODERATION_NOTICE, BODY, REPLY_LINK,
          PLACEHOLDER, PAGINATION, REPLY_FORM);

  private final String name;

  private Part(String name) {
    this.name = name;
  }

  /** Returns every part, in the order above. */
  public static List<Part<?>> all() {
    return ALL;
  }

  /** Returns the part's name, such as {@code "AUTHOR"}. */
  public String name() {
    return name;
  }

  @Override
  public String toString() {
    return name;
  }
}
