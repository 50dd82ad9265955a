package org.rejoinder.store;

import java.util.Collection;
import org.rejoinder.error.AlreadyExistsException;
import org.rejoinder.error.NotFoundException;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.InvalidParentException;
import org.rejoinder.model.Post;

/**
 * An import in progress: posts and comments written as one unit, visible to readers when {@link
 * #commit()} returns, or never. Got from {@link MigrationStore#beginImport}; use it from one
 * thread, in a try-with-resources block:
 *
 * <pre>{@code
 * try (ImportSession session = store.beginImport(Actor.SYSTEM, "imported from WordPress")) {
 *   session.insertPost(post);
 *   session.insertAll(firstBatch);
 *   session.insertAll(secondBatch);  // replies may name parents of earlier batches
 *   session.commit();
 * }                                  // closing without commit stores nothing
 * }</pre>
 *
 * <p>A store checks each write either when it is made or at {@link #commit()}; either way a
 * failure stores nothing of the session. Comments get a creation entry each, by the session's
 * actor for its reason, dated at their creation time, and keep their states.
 *
 * @since 0.2.0
 */
public interface ImportSession extends AutoCloseable {

  /**
   * Returns a comment id never returned before, by this session or the store, and not used by a
   * stored comment: ids of a session that does not commit are simply never used.
   */
  CommentId nextCommentId();

  /**
   * Adds a new post.
   *
   * @throws AlreadyExistsException if a post with the same id exists, here or at commit
   */
  void insertPost(Post post);

  /**
   * Adds new comments, in any order. A reply may name a parent given in the same call, in an
   * earlier call of this session, or already stored.
   *
   * @throws AlreadyExistsException if an id or a source id is given twice or already stored,
   *     here or at commit
   * @throws NotFoundException if a post or a parent does not exist, here or at commit
   * @throws InvalidParentException if a parent belongs to another post, here or at commit
   */
  void insertAll(Collection<Comment> comments);

  /**
   * Stores everything this session was given, at once.
   *
   * @throws IllegalStateException if the session was committed or closed already
   * @throws org.rejoinder.error.RejoinderException if a write is refused (see {@link #insertAll})
   *     or the storage fails: then nothing of the session is stored
   */
  void commit();

  /** Ends the session; without {@link #commit()}, nothing of it is stored. */
  @Override
  void close();
}
