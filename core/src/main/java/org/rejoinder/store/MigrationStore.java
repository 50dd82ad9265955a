package org.rejoinder.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.rejoinder.error.AlreadyExistsException;
import org.rejoinder.error.NotFoundException;
import org.rejoinder.model.Actor;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SourceId;

/**
 * The capability of moving whole discussions in and out of a store: imports from other systems
 * in one unit ({@link #beginImport}), lookups of imported comments by their {@linkplain
 * org.rejoinder.model.Comment#source() source ids}, and reading and writing everything a store
 * keeps, for exports and lossless backups ({@link #posts}, {@link #archive}, {@link #restore}).
 * The {@code rejoinder-interop} module works through it. The in-memory and JDBC stores have it;
 * it is not part of {@link CommentStore}, so a store of the application's need not.
 *
 * <p>{@code MigrationStoreContract} in the test-jar of {@code rejoinder-core} checks a store
 * against this interface.
 *
 * @since 0.2.0
 */
public interface MigrationStore extends ModerationHistoryStore, BulkInsertStore {

  /**
   * Begins an import whose posts and comments are stored together at {@link
   * ImportSession#commit()}, or not at all. Each comment gets a creation entry by {@code actor}
   * for {@code reason}, as {@link #insertAll} gives them.
   *
   * @throws org.rejoinder.error.InvalidInputException if the reason is longer than an audit
   *     entry's
   */
  ImportSession beginImport(Actor actor, String reason);

  /**
   * Returns the ids of the stored comments that have these source ids; source ids no comment has
   * are left out.
   */
  Map<SourceId, CommentId> commentIdsBySource(Collection<SourceId> sources);

  /**
   * Returns stored posts in the order of their ids (the store's order, the same at every call):
   * at most {@code limit} of them, after the post {@code after} ({@code null} for the first).
   *
   * @throws IllegalArgumentException if {@code limit} is below 1
   */
  List<Post> posts(@Nullable PostId after, int limit);

  /**
   * Returns a post's comments with everything kept about each, parents before their replies: by
   * {@linkplain ArchivedComment#depth() depth}, then id. At most {@code limit} of them, after
   * {@code after}, the last one of the previous page ({@code null} for the first page). Empty
   * for an unknown post.
   *
   * @throws IllegalArgumentException if {@code limit} is below 1
   */
  List<ArchivedComment> archive(PostId post, @Nullable ArchivedComment after, int limit);

  /**
   * Stores archived comments as they were: ids, versions, times, states, pins, mentions, trails,
   * revisions, reports and votes, each comment's counts counted from its votes and the numbers
   * of approved comments by time. All of them or none. Ids handed out afterwards are larger than
   * every restored id.
   *
   * @param comments comments whose posts are stored, each after its parent (stored or given
   *     earlier in the list), as {@link #archive} gives them
   * @throws AlreadyExistsException if an id or a source id is taken
   * @throws NotFoundException if a post or a parent is missing
   * @throws IllegalArgumentException if a comment's depth is not its parent's plus one
   */
  void restore(List<ArchivedComment> comments);

  /** Returns the largest comment id this store handed out or stores, 0 if none. */
  long lastCommentId();

  /**
   * Makes the store hand out only ids above {@code id} from now on, for a restore that must not
   * reuse the ids of comments deleted before the backup.
   *
   * @throws IllegalArgumentException if {@code id} is negative
   */
  void reserveCommentIdsThrough(long id);
}
