package org.rejoinder;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.rejoinder.error.NotFoundException;
import org.rejoinder.error.RejoinderException;
import org.rejoinder.model.Actor;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.ConcurrentUpdateException;
import org.rejoinder.model.IllegalTransitionException;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.Report;
import org.rejoinder.moderation.BulkResult;
import org.rejoinder.moderation.Reasons;
import org.rejoinder.store.CommentStore;

/** Moves comments between moderation states: by moderators, and by readers' reports. */
final class StateChanges {
  private static final int HOLD_ATTEMPTS = 10;

  private final CommentStore store;
  private final Clock clock;
  private final Events events;
  private final int reportsToHold;
  private final Mentions mentions;
  private final Outbox outbox;

  StateChanges(
      CommentStore store, Clock clock, Events events, int reportsToHold, Mentions mentions,
      Outbox outbox) {
    this.outbox = outbox;
    this.store = store;
    this.clock = clock;
    this.events = events;
    this.reportsToHold = reportsToHold;
    this.mentions = mentions;
  }

  Comment change(Comment current, ModerationState target, Actor actor, String reason) {
    if (!current.state().canChangeTo(target)) {
      throw new IllegalTransitionException(current.id(), current.state(), target);
    }
    Instant now = clock.instant();
    Comment next = current.withState(target, now);
    AuditEntry entry = new AuditEntry(current.id(), now, actor, current.state(), target, reason);
    if (outbox.enabled() && target == ModerationState.APPROVED) {
      Post post = store.findPost(next.postId()).orElseThrow(() -> new NotFoundException("post", next.postId()));
      store.updateComment(next, entry, outbox.of(post, next, now));
    } else {
      store.updateComment(next, entry);
    }
    events.stateChanged(next, entry);
    if (target == ModerationState.APPROVED && !next.mentions().isEmpty() && events.heard()
        && firstApproval(next)) {
      mentions.tell(events, next, next.mentions());
    }
    return next;
  }

  /** Returns whether the approval just recorded is the comment's first: its mentions are new. */
  private boolean firstApproval(Comment approved) {
    List<AuditEntry> trail = store.auditTrail(approved.id());
    for (int i = 0; i < trail.size() - 1; i++) {
      if (trail.get(i).to() == ModerationState.APPROVED) {
        return false;
      }
    }
    return true;
  }

  /**
   * Moves a trashed or spam comment back to the state it had before it got there; to pending if
   * it was created there.
   */
  Comment restore(Comment current, ModerationState from, Actor actor) {
    if (current.state() != from) {
      throw new IllegalTransitionException(current.id(), current.state(), current.state());
    }
    ModerationState previous = null;
    List<AuditEntry> trail = store.auditTrail(current.id());
    for (int i = trail.size() - 1; i >= 0; i--) {
      if (trail.get(i).changesState() && trail.get(i).to() == from) {
        previous = trail.get(i).from();
        break;
      }
    }
    ModerationState target =
        previous == null || previous == from ? ModerationState.PENDING : previous;
    return change(current, target, actor, Reasons.RESTORED);
  }

  BulkResult bulk(Collection<CommentId> ids, ModerationState target, Actor actor, String reason) {
    List<Comment> changed = new ArrayList<>();
    Map<CommentId, RejoinderException> failed = new LinkedHashMap<>();
    for (CommentId id : new LinkedHashSet<>(ids)) {
      try {
        Comment current = store.findComment(id).orElseThrow(() -> new NotFoundException("comment", id));
        changed.add(change(current, target, actor, reason));
      } catch (NotFoundException | IllegalTransitionException | ConcurrentUpdateException e) {
        failed.put(id, e);
      }
    }
    return new BulkResult(changed, failed);
  }

  /**
   * Holds an approved comment once enough readers have reported it since a moderator last
   * approved it. Retries when another change comes first; gives up once the comment is no
   * longer approved.
   */
  void holdIfReported(CommentId id) {
    for (int attempt = 0; attempt < HOLD_ATTEMPTS; attempt++) {
      Comment current = store.findComment(id).orElse(null);
      if (current == null
          || current.state() != ModerationState.APPROVED
          || reportsSinceApproval(id) < reportsToHold) {
        return;
      }
      try {
        change(current, ModerationState.PENDING, Actor.SYSTEM, Reasons.REPORTED);
        return;
      } catch (ConcurrentUpdateException e) {
        // someone else changed it first: look again
      }
    }
  }

  private long reportsSinceApproval(CommentId id) {
    Instant approved = Instant.MIN;
    for (AuditEntry entry : store.auditTrail(id)) {
      if (entry.changesState()
          && entry.to() == ModerationState.APPROVED
          && !entry.actor().equals(Actor.SYSTEM)) {
        approved = entry.at();
      }
    }
    long count = 0;
    for (Report report : store.reports(id)) {
      if (report.at().isAfter(approved)) {
        count++;
      }
    }
    return count;
  }
}
