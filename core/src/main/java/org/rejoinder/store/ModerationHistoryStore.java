package org.rejoinder.store;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.rejoinder.error.NotFoundException;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.ConcurrentUpdateException;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.QueueItem;
import org.rejoinder.model.QueuePage;
import org.rejoinder.model.Report;
import org.rejoinder.model.Revision;

/**
 * The capability of keeping a comment's moderation history beyond its audit trail: the trail of
 * each actor, the revisions edits leave, readers' reports, purging, and the moderation queue
 * built from them.
 *
 * <p>{@code ModerationHistoryStoreContract} in the test-jar of {@code rejoinder-core} checks a
 * store against this interface.
 *
 * @since 0.2.0
 */
public interface ModerationHistoryStore extends DiscussionStore {

  /**
   * Returns the audit entries made by one actor, on every comment: newest first (by {@link
   * AuditEntry#at()} descending, and in reverse storage order within the same millisecond), after
   * skipping {@code offset} entries, at most {@code limit} of them.
   *
   * @param actorKey the actor's {@link org.rejoinder.model.Actor#key() key}
   * @param offset how many entries to skip, at least 0
   * @param limit how many to return at most, at least 1
   * @throws IllegalArgumentException if {@code offset} or {@code limit} is out of range (see
   *     {@link StoreChecks#checkPage})
   */
  List<AuditEntry> auditTrailByActor(String actorKey, int offset, int limit);

  /**
   * Replaces a comment with its edited next version, together with the revision that keeps the
   * previous text and, when the edit also changed the state, the audit entry of that change. All
   * of it is stored, or none of it.
   *
   * @param next the new value; {@code next.version()} must be one more than the stored version,
   *     and its id, post, parent, author and creation time unchanged
   * @param revision the edit: its comment id is {@code next}'s, and its previous body is the
   *     stored comment's body
   * @param entry the record of a state change ({@code from} the stored state, {@code to} {@code
   *     next}'s), or {@code null} when the edit keeps the state
   * @throws NotFoundException if no comment has that id
   * @throws ConcurrentUpdateException if the stored version is not {@code next.version() - 1}
   * @throws IllegalArgumentException if {@code next} changes what may not change, or {@code
   *     revision} or {@code entry} does not describe this edit (see {@link StoreChecks#checkEdit})
   */
  void editComment(Comment next, Revision revision, @Nullable AuditEntry entry);

  /** Returns a comment's revisions in storage order (oldest first); empty for an unknown comment. */
  List<Revision> revisions(CommentId id);

  /**
   * Stores a reader's report, unless the same reader already reported the same comment. The
   * check and the write are one atomic step: concurrent reports by one reader store one report.
   *
   * @return {@code true} if the report was stored, {@code false} if {@code
   *     report.reporterKey()} had already reported the comment (nothing changes)
   * @throws NotFoundException if no comment has that id
   */
  boolean addReport(Report report);

  /** Returns a comment's reports in storage order (oldest first); empty for an unknown comment. */
  List<Report> reports(CommentId id);

  /**
   * Purges a trashed comment for good, in one atomic step:
   *
   * <ul>
   *   <li>if no stored comment replies to it, deletes it together with its audit trail, revisions,
   *       reports and votes, and returns {@link PurgeOutcome#DELETED};
   *   <li>otherwise, if it is in {@link ModerationState#TRASH}, replaces it with its tombstone,
   *       {@code stored.toTombstone(entry.at())} (see {@link Comment#toTombstone}), deletes its
   *       revisions, reports and votes, keeps its audit trail, appends {@code entry}, and returns
   *       {@link PurgeOutcome#TOMBSTONED};
   *   <li>otherwise (a tombstone, {@link ModerationState#PURGED}, that still has replies) changes
   *       nothing and returns {@link PurgeOutcome#KEPT}.
   * </ul>
   *
   * @param id the comment, in state {@link ModerationState#TRASH} or {@link
   *     ModerationState#PURGED}
   * @param expectedVersion the version the caller read; the purge happens only if it is still the
   *     stored one
   * @param entry the record of the purge: its comment id is {@code id} and its {@code to} is
   *     {@link ModerationState#PURGED}; used only when the comment becomes a tombstone
   * @return what was done
   * @throws NotFoundException if no comment has that id
   * @throws ConcurrentUpdateException if the stored version is not {@code expectedVersion}
   * @throws IllegalArgumentException if the comment is neither trashed nor a tombstone, or {@code
   *     entry} does not describe its purge
   */
  PurgeOutcome purgeComment(CommentId id, long expectedVersion, AuditEntry entry);

  /**
   * Returns a page of the moderation queue: the pending comments of every post, oldest first (by
   * creation time, then id), after skipping {@code offset}, at most {@code limit} of them; each
   * with its latest audit entry that changed its state (the one that made it pending; an
   * entry that kept the state, such as an unpin, does not count), and its reports in storage order;
   * and how many comments are pending in all.
   *
   * <p>A store should answer with a number of queries that does not grow with the page. This
   * default reads the page with {@link #find}, then the trail and the reports of each comment
   * ({@code 2N + 2} reads for {@code N} comments), without a snapshot: a comment changed between
   * the reads is left out.
   *
   * @param offset how many pending comments to skip, at least 0
   * @param limit how many to return at most, at least 1
   * @throws IllegalArgumentException if {@code offset} or {@code limit} is out of range
   */
  default QueuePage moderationQueue(int offset, int limit) {
    StoreChecks.checkPage(offset, limit);
    CommentQuery pending = CommentQuery.all().withStates(ModerationState.PENDING);
    List<QueueItem> items = new ArrayList<>();
    for (Comment c : find(pending.withPage(offset, limit))) {
      AuditEntry held = null;
      for (AuditEntry entry : auditTrail(c.id())) {
        if (entry.changesState()) {
          held = entry; // the latest change of state, not a later pin
        }
      }
      if (held == null || held.to() != ModerationState.PENDING) {
        continue; // changed, or purged, since the page was read
      }
      items.add(new QueueItem(c, held, reports(c.id())));
    }
    return new QueuePage(items, count(pending), offset);
  }
}
