package org.rejoinder.store;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.rejoinder.AlreadyExistsException;
import org.rejoinder.ConcurrentUpdateException;
import org.rejoinder.InvalidParentException;
import org.rejoinder.NotFoundException;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;

/**
 * A {@link CommentStore} in memory: for tests, demos and small applications that keep comments
 * elsewhere between runs. Safe for use by many threads (one read-write lock); queries scan the
 * comments they filter, so it suits thousands of comments, not millions of queries.
 *
 * <p>Comment ids are handed out from 1 upwards, above any id inserted explicitly.
 *
 * @since 0.1.0
 */
public final class InMemoryCommentStore implements CommentStore {
  private static final Comparator<Comment> CREATION =
      Comparator.comparing(Comment::createdAt).thenComparing(Comment::id);

  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final Map<PostId, Post> posts = new HashMap<>();
  private final Map<CommentId, Comment> comments = new HashMap<>();
  private final Map<PostId, List<CommentId>> commentsByPost = new HashMap<>();
  private final Map<CommentId, List<AuditEntry>> audit = new HashMap<>();
  private long lastId;

  /** Creates an empty store. */
  public InMemoryCommentStore() {}

  @Override
  public CommentId nextCommentId() {
    return write(() -> CommentId.of(++lastId));
  }

  @Override
  public void insertPost(Post post) {
    requireNonNull(post, "post must not be null");
    write(
        () -> {
          if (posts.putIfAbsent(post.id(), post) != null) {
            throw new AlreadyExistsException("post", post.id());
          }
          return null;
        });
  }

  @Override
  public Optional<Post> findPost(PostId id) {
    requireNonNull(id, "id must not be null");
    return read(() -> Optional.ofNullable(posts.get(id)));
  }

  @Override
  public void updatePost(Post post) {
    requireNonNull(post, "post must not be null");
    write(
        () -> {
          if (posts.replace(post.id(), post) == null) {
            throw new NotFoundException("post", post.id());
          }
          return null;
        });
  }

  @Override
  public void insertComment(Comment comment, AuditEntry created) {
    requireNonNull(comment, "comment must not be null");
    requireNonNull(created, "created must not be null");
    checkEntry(comment, created);
    write(
        () -> {
          if (comments.containsKey(comment.id())) {
            throw new AlreadyExistsException("comment", comment.id());
          }
          if (!posts.containsKey(comment.postId())) {
            throw new NotFoundException("post", comment.postId());
          }
          if (comment.parentId() != null) {
            Comment parent = comments.get(comment.parentId());
            if (parent == null) {
              throw new NotFoundException("comment", comment.parentId());
            }
            if (!parent.postId().equals(comment.postId())) {
              throw new InvalidParentException(parent.id(), InvalidParentException.Reason.OTHER_POST);
            }
          }
          comments.put(comment.id(), comment);
          commentsByPost.computeIfAbsent(comment.postId(), k -> new ArrayList<>()).add(comment.id());
          audit.computeIfAbsent(comment.id(), k -> new ArrayList<>(2)).add(created);
          lastId = Math.max(lastId, comment.id().value());
          return null;
        });
  }

  @Override
  public Optional<Comment> findComment(CommentId id) {
    requireNonNull(id, "id must not be null");
    return read(() -> Optional.ofNullable(comments.get(id)));
  }

  @Override
  public void updateComment(Comment next, @Nullable AuditEntry entry) {
    requireNonNull(next, "next must not be null");
    if (entry != null) {
      checkEntry(next, entry);
    }
    write(
        () -> {
          Comment current = comments.get(next.id());
          if (current == null) {
            throw new NotFoundException("comment", next.id());
          }
          if (current.version() != next.version() - 1) {
            throw new ConcurrentUpdateException(next.id(), next.version() - 1);
          }
          StoreChecks.checkSameIdentity(current, next);
          comments.put(next.id(), next);
          if (entry != null) {
            audit.get(next.id()).add(entry);
          }
          return null;
        });
  }

  @Override
  public List<Comment> commentsOf(PostId postId) {
    requireNonNull(postId, "postId must not be null");
    return read(
        () -> {
          List<CommentId> ids = commentsByPost.getOrDefault(postId, List.of());
          List<Comment> result = new ArrayList<>(ids.size());
          for (CommentId id : ids) {
            result.add(comments.get(id));
          }
          result.sort(CREATION);
          return result;
        });
  }

  @Override
  public List<Comment> find(CommentQuery query) {
    requireNonNull(query, "query must not be null");
    return read(
        () ->
            matching(query)
                .sorted(query.newestFirst() ? CREATION.reversed() : CREATION)
                .skip(query.offset())
                .limit(query.limit())
                .toList());
  }

  @Override
  public long count(CommentQuery query) {
    requireNonNull(query, "query must not be null");
    return read(() -> matching(query).count());
  }

  private Stream<Comment> matching(CommentQuery query) {
    Stream<Comment> candidates =
        query.postId() == null
            ? comments.values().stream()
            : commentsByPost.getOrDefault(query.postId(), List.of()).stream().map(comments::get);
    return candidates.filter(query::matches);
  }

  @Override
  public List<AuditEntry> auditTrail(CommentId id) {
    requireNonNull(id, "id must not be null");
    return read(() -> List.copyOf(audit.getOrDefault(id, List.of())));
  }

  private static void checkEntry(Comment comment, AuditEntry entry) {
    if (!entry.commentId().equals(comment.id()) || entry.to() != comment.state()) {
      throw new IllegalArgumentException(
          "Audit entry " + entry + " does not describe comment " + comment.id() + " in state "
              + comment.state());
    }
  }

  private <T> T read(Supplier<T> action) {
    lock.readLock().lock();
    try {
      return action.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  private <T> T write(Supplier<T> action) {
    lock.writeLock().lock();
    try {
      return action.get();
    } finally {
      lock.writeLock().unlock();
    }
  }
}
