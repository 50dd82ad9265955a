package org.rejoinder.thread;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.rejoinder.internal.Checks;
import org.rejoinder.internal.Redaction;
import org.rejoinder.model.Actor;
import org.rejoinder.model.PostId;

/**
 * Which page of a post's top-level threads to read, and for whom: what {@link
 * org.rejoinder.store.ThreadPageStore#threadPage} answers with a {@link ThreadSlice}.
 *
 * <p>Pages are cut as {@link CommentThread#page(int)} cuts them: the top-level threads the viewer
 * is shown, in the {@linkplain CommentOrder#pageOrder() page order} of {@link #order()} (oldest
 * first for the time orders), {@code perPage} at a time, page 1 holding the first or the last
 * ones. A store that can read the threads of a page in that order by itself does; one that
 * cannot (for example for a {@linkplain CommentOrder#ranked ranked} order it does not know)
 * answers with {@link ThreadSlice#cut}.
 *
 * <p>With a {@link #cursor()}, the page is instead the {@code perPage} threads just before or
 * just after the cursor's boundary thread, in page order ({@link ThreadCursor}): a store finds
 * them from the boundary's sort key, so the page costs the same wherever it lies.
 *
 * @param postId the post
 * @param viewerKey the viewer's {@link Actor#key()}, whose own pending comments are shown to them,
 *     or {@code null} for an anonymous reader
 * @param page the page, from 1; a page after the last selects no thread
 * @param perPage top-level threads per page, at least 1
 * @param firstPage which threads page 1 holds
 * @param order the order of top-level threads, which says how pages are cut
 * @param cursor where the page continues from, or {@code null} for the numbered {@code page};
 *     with a cursor, {@code page} is 1 and unused (since 0.2.0)
 * @since 0.1.0
 */
public record ThreadPageRequest(
    PostId postId,
    @Nullable String viewerKey,
    int page,
    int perPage,
    FirstPage firstPage,
    CommentOrder order,
    @Nullable ThreadCursor cursor) {

  /**
   * Creates a request.
   *
   * @throws org.rejoinder.error.InvalidInputException if {@code page} is less than 1 (a page
   *     number comes from a reader's request)
   * @throws org.rejoinder.error.InvalidCursorException if {@code cursor} was made for another
   *     post or order (a cursor comes from a reader's request)
   * @throws IllegalArgumentException if {@code perPage} is less than 1, or a cursor comes with a
   *     page other than 1
   */
  public ThreadPageRequest {
    requireNonNull(postId, "postId must not be null");
    Checks.inputRange("page", page, 1, Integer.MAX_VALUE);
    Checks.argumentRange("perPage", perPage, 1, Integer.MAX_VALUE);
    requireNonNull(firstPage, "firstPage must not be null");
    requireNonNull(order, "order must not be null");
    if (cursor != null) {
      if (page != 1) {
        throw new IllegalArgumentException("A cursor selects the page, but page was " + page);
      }
      cursor.checkFor(postId, order);
    }
  }

  /**
   * Creates a request for a numbered page.
   *
   * @throws org.rejoinder.error.InvalidInputException if {@code page} is less than 1
   * @throws IllegalArgumentException if {@code perPage} is less than 1
   */
  public ThreadPageRequest(
      PostId postId,
      @Nullable String viewerKey,
      int page,
      int perPage,
      FirstPage firstPage,
      CommentOrder order) {
    this(postId, viewerKey, page, perPage, firstPage, order, null);
  }

  /**
   * Returns the request for one page of a post as {@code viewer} sees it in the layout {@code
   * options}.
   */
  public static ThreadPageRequest of(PostId postId, Actor viewer, ThreadOptions options, int page) {
    requireNonNull(viewer, "viewer must not be null");
    requireNonNull(options, "options must not be null");
    return new ThreadPageRequest(
        postId, viewer.key(), page, options.perPage(), options.firstPage(), options.order());
  }

  /**
   * Returns the request for the page a cursor leads to, as {@code viewer} sees it in the layout
   * {@code options}.
   *
   * @throws org.rejoinder.error.InvalidCursorException if the cursor was made for another post
   *     or another order than {@code options.order()}
   * @since 0.2.0
   */
  public static ThreadPageRequest of(
      PostId postId, Actor viewer, ThreadOptions options, ThreadCursor cursor) {
    requireNonNull(viewer, "viewer must not be null");
    requireNonNull(options, "options must not be null");
    requireNonNull(cursor, "cursor must not be null");
    return new ThreadPageRequest(postId, viewer.key(), 1, options.perPage(), options.firstPage(),
        options.order(), cursor);
  }

  /**
   * Returns the position, from 0 in {@linkplain CommentOrder#pageOrder() page order}, of this
   * page's first thread among {@code threadCount} shown threads; {@code threadCount} if the page
   * is empty or after the last. Meaningless for a request with a cursor.
   */
  public int fromThread(int threadCount) {
    return Pages.from(page, perPage, firstPage, threadCount);
  }

  /**
   * Returns the position after this page's last thread among {@code threadCount} shown threads;
   * equal to {@link #fromThread(int)} if the page is empty or after the last.
   */
  public int toThread(int threadCount) {
    return Pages.to(page, perPage, firstPage, threadCount);
  }

  /** Shows the page and the viewer's key, an email key hidden. */
  @Override
  public String toString() {
    return "ThreadPageRequest[post " + postId + ", viewer " + Redaction.key(viewerKey) + ", page "
        + (cursor == null ? page : cursor) + " of " + perPage + " threads, " + firstPage + " first, "
        + order.name() + "]";
  }
}
