package org.rejoinder.store;

import java.util.Objects;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Comment;

/**
 * Checks every {@link CommentStore} makes the same way. Public so that other store
 * implementations can call it.
 *
 * @since 0.1.0
 */
public final class StoreChecks {
  private StoreChecks() {}

  /**
   * Checks that an update keeps what a comment may never change: its id, post, parent, author,
   * creation time and client information.
   *
   * @throws IllegalArgumentException if {@code next} changes any of them
   */
  public static void checkSameIdentity(Comment current, Comment next) {
    if (!current.id().equals(next.id())
        || !current.postId().equals(next.postId())
        || !Objects.equals(current.parentId(), next.parentId())
        || !current.author().equals(next.author())
        || !current.createdAt().equals(next.createdAt())
        || !current.client().equals(next.client())) {
      throw new IllegalArgumentException(
          "An update may change only a comment's state and body, not its identity: " + next.id());
    }
  }

  /**
   * Checks that an audit entry records the change that produced {@code comment}: same comment,
   * and the comment's state as its target.
   *
   * @throws IllegalArgumentException if it does not
   */
  public static void checkEntry(Comment comment, AuditEntry entry) {
    if (!entry.commentId().equals(comment.id()) || entry.to() != comment.state()) {
      throw new IllegalArgumentException(
          "Audit entry " + entry + " does not describe comment " + comment.id() + " in state "
              + comment.state());
    }
  }
}
