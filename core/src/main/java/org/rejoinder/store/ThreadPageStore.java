package org.rejoinder.store;

import static java.util.Objects.requireNonNull;

import org.rejoinder.model.PostId;
import org.rejoinder.thread.CommentOrder;
import org.rejoinder.thread.ThreadPageRequest;
import org.rejoinder.thread.ThreadSlice;

/**
 * The capability of reading one page of a post's top-level threads without reading the whole
 * post. Every store has it: the default cuts the page from all the post's comments; a store that
 * keeps threads indexed reads just the page, for the orders it knows.
 *
 * <p>{@code ThreadPageContract} in the test-jar of {@code rejoinder-core} checks a store against
 * this interface.
 *
 * @since 0.2.0
 */
public interface ThreadPageStore extends DiscussionStore {

  /**
   * Returns one page of a post's top-level threads as one viewer sees them: every comment of
   * those threads, in any state, ordered by creation time and then id, and where they sit in the
   * whole discussion. Returns an empty slice for an unknown post or a page after the last.
   *
   * <p>Pages are cut in the {@linkplain CommentOrder#pageOrder() page order} of {@link
   * ThreadPageRequest#order()}: by time for the time orders, by rank for a ranked order. A store
   * should answer with indexed queries whose cost grows with the page, not with the post, for
   * the orders it can index, and may answer the others with this default, which cuts the page out
   * of {@link #commentsOf(PostId)} with {@link ThreadSlice#cut}.
   *
   * <p>A request with a {@link ThreadPageRequest#cursor() cursor} (since 0.2.0) asks for the
   * {@code perPage} threads just before or after the cursor's boundary thread instead of a
   * numbered page: a store reads them by seeking the boundary's sort key, so that the cost does
   * not grow with the page's depth, and says in {@link ThreadSlice#earlier()} and {@link
   * ThreadSlice#later()} whether threads lie beyond them; pinned threads join the page that ends
   * the walk on the side of page 1. {@link ThreadSlice#cut} does all of this in memory.
   */
  default ThreadSlice threadPage(ThreadPageRequest request) {
    requireNonNull(request, "request must not be null");
    return ThreadSlice.cut(commentsOf(request.postId()), request);
  }
}
