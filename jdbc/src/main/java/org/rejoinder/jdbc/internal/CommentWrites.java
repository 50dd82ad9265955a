package org.rejoinder.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.rejoinder.error.AlreadyExistsException;
import org.rejoinder.error.NotFoundException;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.ConcurrentUpdateException;
import org.rejoinder.model.InvalidParentException;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.SourceId;
import org.rejoinder.model.Revision;
import org.rejoinder.subscription.Notification;
import org.rejoinder.subscription.Subscription;
import org.rejoinder.store.PurgeOutcome;
import org.rejoinder.store.StoreChecks;

/**
 * Writes of single comments, each with its audit entry, revision, counters and numbers, inside
 * the caller's transaction: inserts, updates, edits, pins and purges. A write that may make a
 * comment approved or not locks the post's row first, then the comment's, then its thread's
 * ({@link ResponseNumbers}), so that writers take turns in one order and never deadlock.
 */
public final class CommentWrites {
  private CommentWrites() {}

  /**
   * Inserts a comment with its number, its creation entry, its thread row if it is top-level
   * (counting the comment if it is approved), its post's counts, and the subscriptions and
   * notifications given with it, in one transaction (see {@link Database#script}: on PostgreSQL
   * one round trip). A reply locks its parent's row, so that a
   * concurrent purge can neither delete the parent from under it nor miss it; an approved
   * comment locks its post's row first, as every write that numbers comments does.
   *
   * @throws AlreadyExistsException if the id, the source id or a subscription's id is taken
   * @throws NotFoundException if the post or the parent does not exist
   * @throws InvalidParentException if the parent belongs to another post
   */
  public static void insert(Database database, Dialect dialect, Comment comment, AuditEntry created,
      List<Subscription> subscriptions, List<Notification> notifications) {
    boolean approved = comment.state() == ModerationState.APPROVED;
    CommentId parentId = comment.parentId();
    Script script = new Script();
    if (approved) {
      script.add(ResponseNumbers.lockPost(dialect), s -> s.setString(1, comment.postId().value()));
    }
    if (parentId != null) {
      script.add(CommentTable.LOCK_ROW, s -> s.setLong(1, parentId.value()));
    }
    script.add(CommentTable.insertNew(dialect, parentId != null, approved), s -> {
      int next = parentId == null
          ? CommentTable.bindInsert(s, comment, comment.id().value(), 1)
          : CommentTable.bindReply(s, comment);
      if (approved) {
        ResponseNumbers.bindNewNumber(s, next, dialect, comment);
      }
    });
    if (parentId == null) {
      script.add(ThreadCounters.OPEN_COUNTED, s -> ThreadCounters.bindOpen(s, comment, approved ? 1 : 0));
    }
    script.add(AuditTable.INSERT, s -> AuditTable.bindInsert(s, created, comment.version()));
    if (approved) {
      ResponseNumbers.shiftAfterNew(script, dialect, comment);
      if (parentId != null) {
        script.add(ThreadCounters.ADD_ONE_TO_THREAD_OF, s -> s.setLong(1, comment.id().value()));
      }
      script.add(ThreadCounters.ADD_ONE_TO_POST, s -> {
        s.setLong(1, comment.id().value());
        s.setString(2, comment.postId().value());
      });
    }
    for (Subscription subscription : subscriptions) {
      SubscriptionTable.add(script, subscription);
    }
    OutboxTable.add(script, dialect, notifications);
    database.script("insert comment " + comment.id(), comment.id(), script,
        (connection, failure) -> explainInsert(connection, comment, subscriptions));
  }

  /**
   * Throws what a failed insert means, checked in the order the SPI names its failures: a taken
   * id or source id, a missing post or parent, a parent on another post, a taken subscription id.
   */
  private static void explainInsert(
      Connection connection, Comment comment, List<Subscription> subscriptions) throws SQLException {
    if (CommentTable.place(connection, comment.id()).isPresent()) {
      throw new AlreadyExistsException("comment", comment.id());
    }
    SourceId source = comment.source();
    if (source != null && CommentTable.sourceTaken(connection, source)) {
      throw new AlreadyExistsException("comment source", source);
    }
    PostTable.requireExists(connection, comment.postId());
    CommentId parentId = comment.parentId();
    if (parentId != null) {
      CommentTable.Place parent =
          CommentTable.place(connection, parentId)
              .orElseThrow(() -> new NotFoundException("comment", parentId));
      if (!parent.postId().equals(comment.postId())) {
        throw new InvalidParentException(parentId, InvalidParentException.Reason.OTHER_POST);
      }
    }
    for (Subscription subscription : subscriptions) {
      if (SubscriptionTable.find(connection, subscription.id()).isPresent()) {
        throw new AlreadyExistsException("subscription", subscription.id());
      }
    }
  }

  /**
   * Replaces a comment with its next version, adds the audit entry if any, and moves the counts.
   *
   * @throws NotFoundException if the comment does not exist
   * @throws ConcurrentUpdateException if its stored version is not the one before {@code next}
   * @throws IllegalArgumentException if {@code next} changes what may not change
   */
  public static void update(
      Connection connection, Dialect dialect, Comment next, @Nullable AuditEntry entry)
      throws SQLException {
    int responses = ResponseNumbers.lockPost(connection, dialect, next.postId());
    CommentTable.Locked current = lock(connection, next.id(), next.version() - 1);
    StoreChecks.checkSameIdentity(current.comment(), next);
    write(connection, current, next, entry, responses);
  }

  /**
   * Pins or unpins a top-level comment with its audit entry, unless a pin would pass the post's
   * limit, counted with the post's row locked.
   *
   * @return whether it was stored
   * @throws NotFoundException if the comment does not exist
   * @throws ConcurrentUpdateException if its stored version is not the one before {@code next}
   * @throws IllegalArgumentException if {@code next} changes more than the pin
   */
  public static boolean pin(Connection connection, Dialect dialect, Comment next, AuditEntry entry,
      int maxPinned) throws SQLException {
    ResponseNumbers.lockPost(connection, dialect, next.postId());
    CommentTable.Locked current = lock(connection, next.id(), next.version() - 1);
    StoreChecks.checkPin(current.comment(), next, entry);
    if (next.pinned() && CommentTable.countPinned(connection, next.postId()) >= maxPinned) {
      return false;
    }
    write(connection, current, next, entry, -1);
    return true;
  }

  /**
   * Replaces a comment with its edited next version, stores the revision, adds the audit entry if
   * any, and moves the counts.
   *
   * @throws NotFoundException if the comment does not exist
   * @throws ConcurrentUpdateException if its stored version is not the one before {@code next}
   * @throws IllegalArgumentException if {@code next} changes what may not change, or the
   *     revision or the entry does not describe the edit
   */
  public static void edit(Connection connection, Dialect dialect, Comment next, Revision revision,
      @Nullable AuditEntry entry) throws SQLException {
    int responses = ResponseNumbers.lockPost(connection, dialect, next.postId());
    CommentTable.Locked current = lock(connection, next.id(), next.version() - 1);
    StoreChecks.checkSameIdentity(current.comment(), next);
    StoreChecks.checkEdit(current.comment(), next, revision, entry);
    write(connection, current, next, entry, responses);
    RevisionTable.insert(connection, revision, next.version());
  }

  /**
   * Purges a trashed comment or a tombstone as {@link
   * org.rejoinder.store.CommentStore#purgeComment} describes: deleted with its history when
   * nothing replies to it, otherwise turned into a tombstone (or kept, if it is one already).
   *
   * @throws NotFoundException if the comment does not exist
   * @throws ConcurrentUpdateException if its stored version is not {@code expectedVersion}
   * @throws IllegalArgumentException if it is neither trashed nor a tombstone, or the entry does
   *     not record its purge
   */
  public static PurgeOutcome purge(
      Connection connection, CommentId id, long expectedVersion, AuditEntry entry)
      throws SQLException {
    CommentTable.Locked current = lock(connection, id, expectedVersion);
    Comment stored = current.comment();
    StoreChecks.checkPurge(stored, entry);
    boolean hasReplies = CommentTable.hasReplies(connection, id);
    if (hasReplies && stored.state() == ModerationState.PURGED) {
      return PurgeOutcome.KEPT;
    }
    RevisionTable.deleteAll(connection, id);
    ReportTable.deleteAll(connection, id);
    VoteTable.deleteAll(connection, id);
    if (hasReplies) {
      Comment tombstone = stored.toTombstone(entry.at());
      write(connection, current, tombstone, entry, -1);
      VoteTable.setCounts(connection, id, tombstone.votes());
      if (stored.parentId() == null) {
        ThreadCounters.setScores(connection, id.value(), tombstone.votes(), stored.createdAt());
      }
      return PurgeOutcome.TOMBSTONED;
    }
    AuditTable.deleteAll(connection, id);
    if (stored.parentId() == null) {
      ThreadCounters.close(connection, id);
    }
    CommentTable.delete(connection, id);
    return PurgeOutcome.DELETED;
  }

  /**
   * Reads a comment and locks its row, checking that it is at the expected version.
   *
   * @throws NotFoundException if it does not exist
   * @throws ConcurrentUpdateException if it is at another version
   */
  private static CommentTable.Locked lock(Connection connection, CommentId id, long expectedVersion)
      throws SQLException {
    CommentTable.Locked current =
        CommentTable.lock(connection, id).orElseThrow(() -> new NotFoundException("comment", id));
    if (current.comment().version() != expectedVersion) {
      throw new ConcurrentUpdateException(id, expectedVersion);
    }
    return current;
  }

  /**
   * Writes the next version of a locked comment, its audit entry if any, its number, its counts
   * and its thread's pin.
   *
   * @param responses the post's approved comments, read with its row locked; -1 for a write that
   *     never changes whether the comment is approved
   */
  private static void write(
      Connection connection,
      CommentTable.Locked current,
      Comment next,
      @Nullable AuditEntry entry,
      int responses)
      throws SQLException {
    if (!CommentTable.update(connection, next)) {
      throw new ConcurrentUpdateException(next.id(), next.version() - 1);
    }
    if (entry != null) {
      AuditTable.insert(connection, entry, next.version());
    }
    int delta = approved(next) - approved(current.comment());
    if (delta > 0) {
      ResponseNumbers.approve(connection, next.postId(), responses, next.createdAt(), next.id());
    } else if (delta < 0) {
      ResponseNumbers.unapprove(connection, next.postId(), next.createdAt(), next.id());
    }
    if (delta != 0) {
      ThreadCounters.addApproved(connection, next.postId(), current.rootId(), delta);
    }
    boolean pinned = ThreadCounters.showsPinned(next);
    if (next.parentId() == null && pinned != ThreadCounters.showsPinned(current.comment())) {
      ThreadCounters.setPinned(connection, current.rootId(), pinned);
    }
  }

  private static int approved(Comment c) {
    return c.state() == ModerationState.APPROVED ? 1 : 0;
  }
}
