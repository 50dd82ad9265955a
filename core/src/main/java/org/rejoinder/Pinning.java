package org.rejoinder;

import java.time.Clock;
import java.time.Instant;
import org.rejoinder.error.NotFoundException;
import org.rejoinder.error.PermissionDeniedException;
import org.rejoinder.error.PermissionDeniedException.Reason;
import org.rejoinder.model.Actor;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.ModerationState;
import org.rejoinder.moderation.Reasons;
import org.rejoinder.store.CommentStore;

/** Moderators pinning and unpinning top-level comments, a few per post, each action recorded. */
final class Pinning {
  private final CommentStore store;
  private final Clock clock;
  private final Events events;
  private final int maxPinned;

  Pinning(CommentStore store, Clock clock, Events events, int maxPinned) {
    this.store = store;
    this.clock = clock;
    this.events = events;
    this.maxPinned = maxPinned;
  }

  Comment pin(CommentId id, Actor moderator, boolean pin) {
    Comment current = store.findComment(id).orElseThrow(() -> new NotFoundException("comment", id));
    if (current.state() == ModerationState.PURGED) {
      throw new NotFoundException("comment", id);
    }
    if (current.parentId() != null) {
      throw new PermissionDeniedException(
          Reason.NOT_TOP_LEVEL, "Only a top-level comment can be pinned, and " + id + " is a reply");
    }
    if (pin && current.state() != ModerationState.APPROVED) {
      throw new PermissionDeniedException(
          Reason.NOT_APPROVED, "Comment " + id + " is not approved and cannot be pinned");
    }
    if (current.pinned() == pin) {
      return current;
    }
    Instant now = clock.instant();
    Comment next = current.withPinned(pin);
    AuditEntry entry = new AuditEntry(id, now, moderator, current.state(), current.state(),
        pin ? Reasons.PINNED : Reasons.UNPINNED);
    if (!store.pinComment(next, entry, maxPinned)) {
      throw new PermissionDeniedException(
          Reason.PIN_LIMIT,
          "Post " + current.postId() + " already has " + maxPinned + " pinned comments; unpin one first");
    }
    events.pinned(next, entry);
    return next;
  }
}
