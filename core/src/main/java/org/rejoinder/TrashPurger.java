package org.rejoinder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.rejoinder.error.NotFoundException;
import org.rejoinder.model.Actor;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.ConcurrentUpdateException;
import org.rejoinder.model.ModerationState;
import org.rejoinder.moderation.PurgeResult;
import org.rejoinder.moderation.Reasons;
import org.rejoinder.store.CommentQuery;
import org.rejoinder.store.CommentStore;
import org.rejoinder.store.PurgeOutcome;

/**
 * Empties the trash of comments older than the retention period. Newest first, so that a trashed
 * reply goes before its trashed parent, which then has no reply left and is deleted too.
 */
final class TrashPurger {
  private static final int BATCH = 200;

  private final CommentStore store;
  private final Clock clock;
  private final Duration retention;

  TrashPurger(CommentStore store, Clock clock, Duration retention) {
    this.store = store;
    this.clock = clock;
    this.retention = retention;
  }

  PurgeResult purge(Actor actor) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS); // as stored times are
    CommentQuery old =
        CommentQuery.all()
            .withStates(ModerationState.TRASH, ModerationState.PURGED)
            // trashed at least `retention` ago; times are kept to the millisecond
            .withUpdatedBefore(now.minus(retention).plusMillis(1))
            .withNewestFirst();
    int deleted = 0;
    int tombstoned = 0;
    int kept = 0;
    Set<CommentId> seen = new HashSet<>();
    while (true) {
      List<Comment> batch = store.find(old.withPage(kept, BATCH));
      if (batch.isEmpty()) {
        return new PurgeResult(deleted, tombstoned);
      }
      for (Comment c : batch) {
        if (!seen.add(c.id())) {
          kept++; // still old and still here: it stays, step over it
          continue;
        }
        AuditEntry entry =
            new AuditEntry(c.id(), now, actor, c.state(), ModerationState.PURGED, Reasons.PURGED);
        try {
          PurgeOutcome outcome = store.purgeComment(c.id(), c.version(), entry);
          if (outcome == PurgeOutcome.DELETED) {
            deleted++;
          } else if (outcome == PurgeOutcome.TOMBSTONED) {
            tombstoned++;
          } else {
            kept++;
          }
        } catch (ConcurrentUpdateException | NotFoundException e) {
          // restored, edited or purged meanwhile: no longer this purge's business
        }
      }
    }
  }
}
