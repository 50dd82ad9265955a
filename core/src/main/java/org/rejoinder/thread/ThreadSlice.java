package org.rejoinder.thread;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.rejoinder.model.Comment;

/**
 * Some whole top-level threads of a post as one viewer sees them, with what is needed to show them
 * as a page of the whole discussion: where they sit among all the threads, and the counts. A
 * store returns one for a {@link ThreadPageRequest} ({@link
 * org.rejoinder.store.ThreadPageStore#threadPage}); {@link
 * CommentThread#assemble(org.rejoinder.model.Post, ThreadSlice, org.rejoinder.model.Actor,
 * ThreadOptions)} turns it into a thread that holds that page.
 *
 * <p>Threads are counted the way pages are cut: only the top-level threads shown to the viewer
 * (those holding an approved comment, or a pending comment of the viewer's own), in the {@link
 * CommentOrder#pageOrder() page order} of the request's order: oldest first by creation time and
 * then id for the time orders.
 *
 * @param comments every comment, in any state, of the selected threads: each top-level comment
 *     and all its replies at any depth, and no other comment
 * @param threadCount how many top-level threads the viewer is shown on all pages
 * @param firstThread the position of the first selected thread among those, from 0; {@code
 *     threadCount} when none is selected
 * @param responsesBefore how many approved comments the threads before the first selected one
 *     hold
 * @param responseCount how many approved comments the post has
 * @since 0.1.0
 */
public record ThreadSlice(
    List<Comment> comments,
    int threadCount,
    int firstThread,
    int responsesBefore,
    int responseCount) {

  /**
   * Creates a slice.
   *
   * @throws IllegalArgumentException if a count is negative, or {@code firstThread} or {@code
   *     responsesBefore} exceeds its total
   */
  public ThreadSlice {
    comments = List.copyOf(requireNonNull(comments, "comments must not be null"));
    if (threadCount < 0
        || firstThread < 0
        || firstThread > threadCount
        || responsesBefore < 0
        || responsesBefore > responseCount) {
      throw new IllegalArgumentException(
          "Inconsistent slice: " + threadCount + " threads from " + firstThread + ", "
              + responsesBefore + " of " + responseCount + " responses before");
    }
  }

  /**
   * Cuts the requested page of threads out of all of a post's comments: how a store without an
   * indexed page query answers {@link org.rejoinder.store.ThreadPageStore#threadPage}. Runs in
   * linear time plus the sorting of top-level comments, without recursion.
   *
   * @param comments all comments of the requested post, in any state and any order
   * @param request which page, for whom
   * @throws IllegalArgumentException if a comment belongs to another post
   */
  public static ThreadSlice cut(List<Comment> comments, ThreadPageRequest request) {
    requireNonNull(comments, "comments must not be null");
    requireNonNull(request, "request must not be null");
    return ThreadSlicer.cut(comments, request);
  }
}
