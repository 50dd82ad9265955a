package org.rejoinder.thread;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.ModerationState;

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
 * then id for the time orders. Pinned threads (an approved top-level comment that is {@linkplain
 * Comment#pinned() pinned}) are not among them: they come first on page 1, whatever the order,
 * so the slice of page 1 holds them besides its page of threads, and no other slice does.
 *
 * @param comments every comment, in any state, of the selected threads: each top-level comment
 *     and all its replies at any depth, and no other comment
 * @param threadCount how many top-level threads, pinned ones aside, the viewer is shown on all
 *     pages
 * @param firstThread the position of the first selected thread among those, from 0; {@code
 *     threadCount} when none is selected
 * @param responsesBefore how many approved comments the threads before the first selected one
 *     hold (pinned threads aside)
 * @param responseCount how many approved comments the post has
 * @param numbers the {@linkplain ThreadNode#number() number} of every approved comment in {@code
 *     comments}: its position in time (by creation time, then id) among all the post's approved
 *     comments, from 1 (since 0.2.0)
 * @param approvedMentions of the comments that {@code comments} mention ({@link
 *     Comment#mentions()}), those that are approved, so that a renderer links only to comments a
 *     reader can see (since 0.2.0)
 * @param earlier whether shown threads (pinned ones aside) come before the selected ones in page
 *     order: whether an "earlier" {@link ThreadCursor} from the first selected thread leads
 *     anywhere (since 0.2.0)
 * @param later whether shown threads come after the selected ones (since 0.2.0)
 * @since 0.1.0
 */
public record ThreadSlice(
    List<Comment> comments,
    int threadCount,
    int firstThread,
    int responsesBefore,
    int responseCount,
    Map<CommentId, Integer> numbers,
    Set<CommentId> approvedMentions,
    boolean earlier,
    boolean later) {

  /**
   * Creates a slice.
   *
   * @throws IllegalArgumentException if a count is negative, {@code firstThread} or {@code
   *     responsesBefore} exceeds its total, or {@code numbers} does not number exactly the
   *     approved comments, from 1 to at most {@code responseCount}
   */
  public ThreadSlice {
    comments = List.copyOf(requireNonNull(comments, "comments must not be null"));
    numbers = Map.copyOf(requireNonNull(numbers, "numbers must not be null"));
    approvedMentions = Set.copyOf(requireNonNull(approvedMentions, "approvedMentions must not be null"));
    if (threadCount < 0
        || firstThread < 0
        || firstThread > threadCount
        || responsesBefore < 0
        || responsesBefore > responseCount) {
      throw new IllegalArgumentException(
          "Inconsistent slice: " + threadCount + " threads from " + firstThread + ", "
              + responsesBefore + " of " + responseCount + " responses before");
    }
    int approved = 0;
    for (Comment c : comments) {
      if (c.state() == ModerationState.APPROVED) {
        approved++;
        Integer number = numbers.get(c.id());
        if (number == null || number < 1 || number > responseCount) {
          throw new IllegalArgumentException(
              "Approved comment " + c.id() + " needs a number from 1 to " + responseCount
                  + " but has " + number);
        }
      }
    }
    if (approved != numbers.size()) {
      throw new IllegalArgumentException(
          "numbers holds " + numbers.size() + " entries for " + approved + " approved comments");
    }
  }

  /**
   * Creates a slice of threads found by their position (a numbered page): threads come before
   * them if {@code firstThread} is positive, and after them if their top-level comments (pinned
   * ones aside) end before {@code threadCount}.
   *
   * @throws IllegalArgumentException as the canonical constructor does
   * @since 0.2.0
   */
  public ThreadSlice(
      List<Comment> comments,
      int threadCount,
      int firstThread,
      int responsesBefore,
      int responseCount,
      Map<CommentId, Integer> numbers,
      Set<CommentId> approvedMentions) {
    this(comments, threadCount, firstThread, responsesBefore, responseCount, numbers,
        approvedMentions, firstThread > 0,
        (long) firstThread + unpinnedRoots(requireNonNull(comments, "comments must not be null"))
            < threadCount);
  }

  private static int unpinnedRoots(List<Comment> comments) {
    int roots = 0;
    for (Comment c : comments) {
      if (c.parentId() == null && !Visibility.isPinned(c)) {
        roots++;
      }
    }
    return roots;
  }

  /**
   * Creates a slice that holds no approved comment, so numbers nothing and links to nothing:
   * the slice of a page after the last, or of an unknown post.
   *
   * @throws IllegalArgumentException as the canonical constructor does, and if {@code comments}
   *     holds an approved comment
   */
  public ThreadSlice(
      List<Comment> comments, int threadCount, int firstThread, int responsesBefore, int responseCount) {
    this(comments, threadCount, firstThread, responsesBefore, responseCount, Map.of(), Set.of());
  }

  /**
   * Cuts the requested page of threads out of all of a post's comments: how a store without an
   * indexed page query answers {@link org.rejoinder.store.ThreadPageStore#threadPage}. Runs in
   * linear time plus the sorting of top-level comments (and, if they are not in time order, of
   * the approved ones for their numbers), without recursion.
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
