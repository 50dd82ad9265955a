package org.rejoinder.store;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.rejoinder.error.AlreadyExistsException;
import org.rejoinder.error.NotFoundException;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.ConcurrentUpdateException;
import org.rejoinder.model.InvalidParentException;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.Report;
import org.rejoinder.model.Revision;
import org.rejoinder.thread.ThreadPageRequest;
import org.rejoinder.thread.ThreadSlice;

/**
 * Where posts, comments and their moderation history are kept: the storage SPI.
 *
 * <p>Rejoinder ships an in-memory store ({@link InMemoryCommentStore}) and a JDBC store (module
 * {@code rejoinder-jdbc}); both pass the same contract tests, which an application's own store
 * should run too. The service ({@link org.rejoinder.Rejoinder}) validates input and enforces
 * moderation rules; the store keeps data consistent:
 *
 * <ul>
 *   <li>every method is atomic: it happens completely or not at all;
 *   <li>a reply's parent exists and belongs to the same post, so no reply is ever orphaned;
 *   <li>updates are optimistic: an update based on a stale version fails with {@link
 *       ConcurrentUpdateException} and changes nothing;
 *   <li>implementations are safe for use by many threads.
 * </ul>
 *
 * <p>"Storage order" below means the order in which a store accepted writes; a store keeps it,
 * for example with an ascending row id, so that entries made in the same millisecond still come
 * back in the order they were made.
 *
 * @since 0.1.0
 */
public interface CommentStore {

  /** Returns a comment id never returned before and not used by a stored comment. */
  CommentId nextCommentId();

  /**
   * Stores a new post.
   *
   * @throws AlreadyExistsException if a post with the same id exists
   */
  void insertPost(Post post);

  /** Returns the post with this id, if stored. */
  Optional<Post> findPost(PostId id);

  /**
   * Replaces a stored post with a new value of the same id.
   *
   * @throws NotFoundException if no post has that id
   */
  void updatePost(Post post);

  /**
   * Stores a new comment together with the audit entry of its creation.
   *
   * @throws AlreadyExistsException if a comment with the same id exists
   * @throws NotFoundException if the post, or the parent comment, does not exist
   * @throws InvalidParentException if the parent belongs to another post
   */
  void insertComment(Comment comment, AuditEntry created);

  /** Returns the comment with this id, if stored. */
  Optional<Comment> findComment(CommentId id);

  /**
   * Replaces a comment with its next version, together with an audit entry when its state
   * changed. {@code next.version()} must be one more than the stored version.
   *
   * @param next the new value; its id, post, parent, author and creation time must be unchanged
   * @param entry the record of a state change, or {@code null} for an edit that keeps the state
   * @throws NotFoundException if no comment has that id
   * @throws ConcurrentUpdateException if the stored version is not {@code next.version() - 1}
   * @throws IllegalArgumentException if {@code next} changes what may not change (see {@link
   *     StoreChecks#checkSameIdentity}), or {@code entry} does not describe {@code next}
   */
  void updateComment(Comment next, @Nullable AuditEntry entry);

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
   *     revision} or {@code entry} does not describe this edit
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
   * Returns the audit entries made by one actor, on every comment: newest first (by {@link
   * AuditEntry#at()} descending, and in reverse storage order within the same millisecond), after
   * skipping {@code offset} entries, at most {@code limit} of them.
   *
   * @param actorKey the actor's {@link org.rejoinder.model.Actor#key() key}
   * @param offset how many entries to skip, at least 0
   * @param limit how many to return at most, at least 1
   * @throws org.rejoinder.error.InvalidInputException if {@code offset} or {@code limit} is out of
   *     range
   */
  List<AuditEntry> auditTrailByActor(String actorKey, int offset, int limit);

  /**
   * Purges a trashed comment for good, in one atomic step:
   *
   * <ul>
   *   <li>if no stored comment replies to it, deletes it together with its audit trail, revisions
   *       and reports, and returns {@link PurgeOutcome#DELETED};
   *   <li>otherwise, if it is in {@link ModerationState#TRASH}, replaces it with its tombstone,
   *       {@code stored.toTombstone(entry.at())} (see {@link Comment#toTombstone}), deletes its
   *       revisions and reports, keeps its audit trail, appends {@code entry}, and returns {@link
   *       PurgeOutcome#TOMBSTONED};
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
   * Returns all comments of a post, in every state, ordered by creation time and then id.
   * Returns an empty list for an unknown post.
   */
  List<Comment> commentsOf(PostId postId);

  /**
   * Returns the comments matching a query, ordered by creation time and then id (descending if
   * the query says newest first), after skipping {@code offset} and at most {@code limit}.
   */
  List<Comment> find(CommentQuery query);

  /** Returns how many comments match a query, ignoring its offset and limit. */
  long count(CommentQuery query);

  /** Returns a comment's audit entries, oldest first; empty for an unknown comment. */
  List<AuditEntry> auditTrail(CommentId id);

  /**
   * Returns one page of a post's top-level threads as one viewer sees them: every comment of
   * those threads, in any state, ordered by creation time and then id, and where they sit in the
   * whole discussion. Returns an empty slice for an unknown post or a page after the last.
   *
   * <p>A store should answer with indexed queries whose cost grows with the page, not with the
   * post. This default cuts the page out of {@link #commentsOf(PostId)}.
   *
   * @since 0.1.0
   */
  default ThreadSlice threadPage(ThreadPageRequest request) {
    requireNonNull(request, "request must not be null");
    return ThreadSlice.cut(commentsOf(request.postId()), request);
  }
}
