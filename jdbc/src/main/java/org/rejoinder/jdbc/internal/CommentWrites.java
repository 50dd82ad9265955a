package org.rejoinder.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.rejoinder.AlreadyExistsException;
import org.rejoinder.ConcurrentUpdateException;
import org.rejoinder.InvalidParentException;
import org.rejoinder.NotFoundException;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Comment;
import org.rejoinder.model.ModerationState;
import org.rejoinder.store.StoreChecks;

/**
 * Inserts and updates of single comments, each with its audit entry and counters, inside the
 * caller's transaction.
 */
public final class CommentWrites {
  private CommentWrites() {}

  /**
   * Inserts a comment, its creation entry, its thread row if it is top-level, and its counts.
   *
   * @throws AlreadyExistsException if the id is taken
   * @throws NotFoundException if the post or the parent does not exist
   * @throws InvalidParentException if the parent belongs to another post
   */
  public static void insert(Connection connection, Comment comment, AuditEntry created)
      throws SQLException {
    if (CommentTable.place(connection, comment.id()).isPresent()) {
      throw new AlreadyExistsException("comment", comment.id());
    }
    PostTable.requireExists(connection, comment.postId());
    long rootId = comment.id().value();
    int depth = 1;
    if (comment.parentId() != null) {
      CommentTable.Place parent =
          CommentTable.place(connection, comment.parentId())
              .orElseThrow(() -> new NotFoundException("comment", comment.parentId()));
      if (!parent.postId().equals(comment.postId())) {
        throw new InvalidParentException(comment.parentId(), InvalidParentException.Reason.OTHER_POST);
      }
      rootId = parent.rootId();
      depth = parent.depth() + 1;
    }
    try {
      CommentTable.insert(connection, comment, rootId, depth);
    } catch (SQLException e) {
      if (SqlErrors.isUniqueViolation(e)) {
        throw new AlreadyExistsException("comment", comment.id());
      }
      throw e;
    }
    if (comment.parentId() == null) {
      ThreadCounters.open(connection, comment);
    }
    AuditTable.insert(connection, created, comment.version());
    if (comment.state() == ModerationState.APPROVED) {
      ThreadCounters.addApproved(connection, comment.postId(), rootId, 1);
    }
  }

  /**
   * Replaces a comment with its next version, adds the audit entry if any, and moves the counts.
   *
   * @throws NotFoundException if the comment does not exist
   * @throws ConcurrentUpdateException if its stored version is not the one before {@code next}
   * @throws IllegalArgumentException if {@code next} changes what may not change
   */
  public static void update(Connection connection, Comment next, @Nullable AuditEntry entry)
      throws SQLException {
    CommentTable.Locked current =
        CommentTable.lock(connection, next.id())
            .orElseThrow(() -> new NotFoundException("comment", next.id()));
    if (current.comment().version() != next.version() - 1) {
      throw new ConcurrentUpdateException(next.id(), next.version() - 1);
    }
    StoreChecks.checkSameIdentity(current.comment(), next);
    if (!CommentTable.update(connection, next)) {
      throw new ConcurrentUpdateException(next.id(), next.version() - 1);
    }
    if (entry != null) {
      AuditTable.insert(connection, entry, next.version());
    }
    int delta = approved(next) - approved(current.comment());
    if (delta != 0) {
      ThreadCounters.addApproved(connection, next.postId(), current.rootId(), delta);
    }
  }

  private static int approved(Comment c) {
    return c.state() == ModerationState.APPROVED ? 1 : 0;
  }
}
