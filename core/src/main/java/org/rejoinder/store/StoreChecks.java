package org.rejoinder.store;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.rejoinder.internal.Checks;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Comment;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Revision;

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
   * creation time, client information, type and source; and that it neither makes nor changes a tombstone
   * ({@link ModerationState#PURGED}), which only {@link ModerationHistoryStore#purgeComment} does.
   *
   * @throws IllegalArgumentException if {@code next} changes any of them
   */
  public static void checkSameIdentity(Comment current, Comment next) {
    if (current.state() == ModerationState.PURGED || next.state() == ModerationState.PURGED) {
      throw new IllegalArgumentException(
          "Only purging makes a tombstone, and a tombstone is never updated: " + next.id());
    }
    if (!current.id().equals(next.id())
        || !current.postId().equals(next.postId())
        || !Objects.equals(current.parentId(), next.parentId())
        || !current.author().equals(next.author())
        || !current.createdAt().equals(next.createdAt())
        || !current.client().equals(next.client())
        || current.type() != next.type()
        || !Objects.equals(current.source(), next.source())) {
      throw new IllegalArgumentException(
          "An update may change only a comment's state and body, not its identity: " + next.id());
    }
  }

  /**
   * Checks that an audit entry records {@code comment} reaching its current state.
   *
   * @throws IllegalArgumentException if the entry names another comment or another state
   */
  public static void checkEntry(Comment comment, AuditEntry entry) {
    if (!entry.commentId().equals(comment.id()) || entry.to() != comment.state()) {
      throw new IllegalArgumentException(
          "Audit entry " + entry + " does not describe comment " + comment.id() + " in state "
              + comment.state());
    }
  }

  /**
   * Checks an edit as {@link ModerationHistoryStore#editComment} receives it: the revision names the
   * comment and keeps the stored body, and an entry, if any, records a real change of state.
   *
   * @throws IllegalArgumentException if the revision or the entry does not describe the edit
   */
  public static void checkEdit(
      Comment current, Comment next, Revision revision, @Nullable AuditEntry entry) {
    if (!revision.commentId().equals(next.id()) || !revision.previous().equals(current.body())) {
      throw new IllegalArgumentException(
          "Revision does not keep the stored text of comment " + next.id());
    }
    if (entry == null
        ? current.state() != next.state()
        : entry.from() != current.state() || entry.to() == current.state()) {
      throw new IllegalArgumentException(
          "An edit that changes the state needs an audit entry of that change: " + next.id());
    }
    if (entry != null) {
      checkEntry(next, entry);
    }
  }

  /**
   * Checks a purge as {@link ModerationHistoryStore#purgeComment} receives it, once the stored comment is
   * known to be at the expected version: the comment is trashed or a tombstone, and the entry
   * records its purge.
   *
   * @throws IllegalArgumentException if the comment is in another state, or the entry names
   *     another comment or another target state than {@link ModerationState#PURGED}
   */
  public static void checkPurge(Comment current, AuditEntry entry) {
    if (!entry.commentId().equals(current.id()) || entry.to() != ModerationState.PURGED) {
      throw new IllegalArgumentException(
          "Audit entry " + entry + " does not record a purge of " + current.id());
    }
    if (current.state() != ModerationState.TRASH && current.state() != ModerationState.PURGED) {
      throw new IllegalArgumentException(
          "Only trashed comments are purged, but " + current.id() + " is " + current.state());
    }
  }

  /**
   * Checks a pin or unpin as {@link PinStore#pinComment} receives it, once the stored comment is
   * known to be at the version before {@code next}: {@code next} is the stored comment with the
   * other pin, and the entry records the action on it without changing its state.
   *
   * @throws IllegalArgumentException if {@code next} is a reply, changes more than the pin (its
   *     counts aside, which the store keeps), or the entry names another comment or a change of
   *     state
   * @since 0.2.0
   */
  public static void checkPin(Comment current, Comment next, AuditEntry entry) {
    if (current.parentId() != null) {
      throw new IllegalArgumentException("Only a top-level comment can be pinned: " + next.id());
    }
    if (!current.withPinned(next.pinned()).withVotes(next.votes()).equals(next)
        || current.pinned() == next.pinned()) {
      throw new IllegalArgumentException(
          "A pin changes only whether comment " + next.id() + " is pinned");
    }
    if (!entry.commentId().equals(next.id())
        || entry.from() != current.state()
        || entry.to() != current.state()) {
      throw new IllegalArgumentException(
          "Audit entry " + entry + " does not record a pin of " + next.id() + " in state "
              + current.state());
    }
  }

  /**
   * Checks the window of a paged read such as {@link ModerationHistoryStore#auditTrailByActor}.
   *
   * @throws IllegalArgumentException if {@code offset} is negative or {@code limit} is below 1
   */
  public static void checkPage(int offset, int limit) {
    Checks.argumentRange("offset", offset, 0, Integer.MAX_VALUE);
    Checks.argumentRange("limit", limit, 1, Integer.MAX_VALUE);
  }
}
