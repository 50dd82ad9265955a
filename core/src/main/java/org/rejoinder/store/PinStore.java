package org.rejoinder.store;

import java.util.ArrayList;
import java.util.List;
import org.rejoinder.error.NotFoundException;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Comment;
import org.rejoinder.model.ConcurrentUpdateException;
import org.rejoinder.model.PostId;

/**
 * The capability of pinning top-level comments, a few per post, atomically with the audit entry
 * that records who did it. Pinned threads come first on page 1 ({@link
 * org.rejoinder.thread.ThreadSlice}); a store that pages threads from an index keeps the pin
 * there too.
 *
 * <p>{@code PinStoreContract} in the test-jar of {@code rejoinder-core} checks a store against
 * this interface.
 *
 * @since 0.2.0
 */
public interface PinStore extends DiscussionStore {

  /**
   * Replaces a top-level comment with its next version pinned or unpinned ({@link
   * Comment#withPinned}), together with the audit entry that records it, in one atomic step. A
   * pin is stored only if the post has fewer than {@code maxPinned} pinned comments (in any
   * state), counted in the same step, so two moderators pinning at once never pass the limit.
   *
   * @param next the comment pinned or unpinned: its stored version plus one, differing from the
   *     stored comment in its pin only
   * @param entry the record of the action: its comment id is {@code next}'s, and its {@code
   *     from} and {@code to} are the comment's state
   * @param maxPinned the most pinned comments a post may have, at least 1
   * @return {@code true} if stored; {@code false} if {@code next} is pinned and the post already
   *     has {@code maxPinned} pinned comments (nothing changes)
   * @throws NotFoundException if no comment has that id
   * @throws ConcurrentUpdateException if the stored version is not {@code next.version() - 1}
   * @throws IllegalArgumentException if {@code next} changes anything but the pin, or {@code
   *     entry} does not record it (see {@link StoreChecks#checkPin})
   */
  boolean pinComment(Comment next, AuditEntry entry, int maxPinned);

  /**
   * Returns a post's pinned comments, in any state, oldest first. This default reads the post's
   * top-level comments.
   */
  default List<Comment> pinnedOf(PostId postId) {
    List<Comment> pinned = new ArrayList<>();
    for (Comment c : find(CommentQuery.all().withPost(postId).withTopLevelOnly())) {
      if (c.pinned()) {
        pinned.add(c);
      }
    }
    return pinned;
  }
}
