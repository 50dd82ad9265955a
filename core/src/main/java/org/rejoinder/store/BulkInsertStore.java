package org.rejoinder.store;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.List;
import org.rejoinder.error.AlreadyExistsException;
import org.rejoinder.error.NotFoundException;
import org.rejoinder.model.Actor;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Comment;
import org.rejoinder.model.InvalidParentException;

/**
 * The capability of storing many comments at once, for imports from another system. Every store
 * has it: the default stores the comments one by one, parents before replies; a store that can
 * write them in one transaction, or in batches, does so.
 *
 * <p>{@code BulkInsertContract} in the test-jar of {@code rejoinder-core} checks a store against
 * this interface.
 *
 * @since 0.2.0
 */
public interface BulkInsertStore extends DiscussionStore {

  /**
   * Stores many new comments, in any order, each with an audit entry of its creation by {@code
   * actor}, dated at the comment's creation time. States are kept as given, not judged again. A
   * reply may name a parent given in the same call, in any position, or one already stored.
   * Comment ids handed out afterwards by {@link #nextCommentId()} are larger than every imported
   * id.
   *
   * <p>Every comment is checked before any is stored, so bad input stores nothing. This default
   * then stores them one by one with {@link #insertComment}, parents before replies: a concurrent
   * writer taking one of the ids, or a failure of the storage, can leave the comments stored
   * before it. A store that can, stores all of them or none (the in-memory and JDBC stores do).
   *
   * @param comments new comments, in any order
   * @param actor who imports them, recorded in their audit entries
   * @param reason why, recorded in their audit entries, for example {@code "imported"}
   * @throws AlreadyExistsException if an id or a source id is given twice or is already stored
   * @throws NotFoundException if a post, or a parent neither given nor stored, does not exist
   * @throws InvalidParentException if a parent belongs to another post
   * @throws IllegalArgumentException if given comments reply to each other in a cycle
   * @throws org.rejoinder.error.InvalidInputException if the reason is longer than an audit
   *     entry's
   */
  default void insertAll(Collection<Comment> comments, Actor actor, String reason) {
    List<Comment> all = List.copyOf(requireNonNull(comments, "comments must not be null"));
    requireNonNull(actor, "actor must not be null");
    requireNonNull(reason, "reason must not be null");
    List<AuditEntry> entries = ImportOrder.creationEntries(all, actor, reason);
    for (int i : ImportOrder.parentsFirst(all, this::findComment, id -> findPost(id).isPresent())) {
      insertComment(all.get(i), entries.get(i));
    }
  }
}
