package org.rejoinder.store;

import java.util.ArrayList;
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
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;

/**
 * The capability every store has: posts, and their comments with the audit entry of each change
 * of state. The other capabilities ({@link ModerationHistoryStore}, {@link BulkInsertStore},
 * {@link ThreadPageStore}) extend it, and {@link CommentStore} is all of them.
 *
 * <p>What every method of every capability guarantees:
 *
 * <ul>
 *   <li>it is atomic: it happens completely or not at all;
 *   <li>a reply's parent exists and belongs to the same post, so no reply is ever orphaned;
 *   <li>a {@linkplain Comment#source() source id} names at most one comment, so that an import
 *       run twice adds nothing the second time;
 *   <li>updates are optimistic: an update based on a stale version fails with {@link
 *       ConcurrentUpdateException} and changes nothing;
 *   <li>it is safe to call from many threads.
 * </ul>
 *
 * <p>"Storage order" means the order in which a store accepted writes; a store keeps it, for
 * example with an ascending row id, so that entries made in the same millisecond still come back
 * in the order they were made. A store checks the contract of its callers with {@link
 * StoreChecks} and throws {@link IllegalArgumentException} when a caller breaks it.
 *
 * <p>{@code DiscussionStoreContract} in the test-jar of {@code rejoinder-core} checks a store
 * against this interface.
 *
 * @since 0.2.0
 */
public interface DiscussionStore {

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
   * @throws AlreadyExistsException if a comment with the same id, or the same {@linkplain
   *     Comment#source() source id}, exists
   * @throws NotFoundException if the post, or the parent comment, does not exist
   * @throws InvalidParentException if the parent belongs to another post
   * @throws IllegalArgumentException if {@code created} does not record this comment in its state
   */
  void insertComment(Comment comment, AuditEntry created);

  /** Returns the comment with this id, if stored. */
  Optional<Comment> findComment(CommentId id);

  /**
   * Returns a comment's audit entries in storage order (oldest first), from its creation on;
   * empty for an unknown comment.
   */
  List<AuditEntry> auditTrail(CommentId id);

  /**
   * Replaces a comment with its next version, together with an audit entry when its state
   * changed. {@code next.version()} must be one more than the stored version.
   *
   * @param next the new value; its id, post, parent, author and creation time must be unchanged
   * @param entry the record of a state change, or {@code null} for a change that keeps the state
   * @throws NotFoundException if no comment has that id
   * @throws ConcurrentUpdateException if the stored version is not {@code next.version() - 1}
   * @throws IllegalArgumentException if {@code next} changes what may not change (see {@link
   *     StoreChecks#checkSameIdentity}), or {@code entry} does not describe {@code next}
   */
  void updateComment(Comment next, @Nullable AuditEntry entry);

  /**
   * Returns all comments of a post, in every state, ordered by creation time and then id.
   * Returns an empty list for an unknown post. A store that builds the list as a {@link
   * org.rejoinder.thread.PostComments}, adding each comment as it makes it, lets thread assembly
   * read the comments' ids, parents, times and states from arrays (Rejoinder's stores do);
   * any other list assembles the same thread.
   */
  List<Comment> commentsOf(PostId postId);

  /**
   * Returns the comments matching a query, ordered by creation time and then id (descending if
   * the query says newest first), after skipping {@code offset} and at most {@code limit}.
   */
  List<Comment> find(CommentQuery query);

  /** Returns how many comments match a query, ignoring its offset and limit. */
  long count(CommentQuery query);

  /**
   * Answers several queries at once, as {@link #count} and {@link #find} would one by one: what
   * {@code Rejoinder} asks before it judges a comment. A store on a database answers them with
   * one statement; the default asks them one by one.
   *
   * @return one count per counted query and one list per found query, in the order given
   * @since 0.2.0
   */
  default CommentQueries.Answers answer(CommentQueries queries) {
    List<Long> counts = new ArrayList<>();
    for (CommentQuery query : queries.counts()) {
      counts.add(count(query));
    }
    List<List<Comment>> found = new ArrayList<>();
    for (CommentQuery query : queries.finds()) {
      found.add(find(query));
    }
    return new CommentQueries.Answers(counts, found);
  }
}
