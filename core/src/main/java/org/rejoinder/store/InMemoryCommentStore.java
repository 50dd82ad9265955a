package org.rejoinder.store;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.rejoinder.error.AlreadyExistsException;
import org.rejoinder.error.NotFoundException;
import org.rejoinder.model.Actor;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.ConcurrentUpdateException;
import org.rejoinder.model.InvalidParentException;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.QueueItem;
import org.rejoinder.model.QueuePage;
import org.rejoinder.model.Report;
import org.rejoinder.model.Revision;

/**
 * A {@link CommentStore} in memory: for tests, demos and small applications that keep comments
 * elsewhere between runs. Safe for use by many threads (one read-write lock). Comments are indexed
 * by post, author key, email address and IP address, so the queries moderation makes for each new
 * comment (flood, duplicates) read only that person's comments; other queries (the moderation
 * queue, purging) scan the comments they filter. {@link #insertAll} stores all comments or none,
 * and {@link #moderationQueue} reads a page of the queue under one lock; pages of threads are cut
 * from the post's comments ({@link ThreadPageStore}'s default).
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
  private final Map<String, List<CommentId>> commentsByAuthorKey = new HashMap<>();
  private final Map<String, List<CommentId>> commentsByEmail = new HashMap<>();
  private final Map<String, List<CommentId>> commentsByIp = new HashMap<>();
  private final Map<CommentId, List<AuditEntry>> audit = new HashMap<>();
  private final Map<String, List<AuditEntry>> auditByActor = new HashMap<>();
  private final Map<CommentId, List<Revision>> revisions = new HashMap<>();
  private final Map<CommentId, List<Report>> reports = new HashMap<>();
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
    StoreChecks.checkEntry(comment, created);
    write(
        () -> {
          insert(comment, created);
          return null;
        });
  }

  /** {@inheritDoc} All of them or none: every check is made before the first is stored. */
  @Override
  public void insertAll(Collection<Comment> newComments, Actor actor, String reason) {
    List<Comment> all = List.copyOf(requireNonNull(newComments, "comments must not be null"));
    requireNonNull(actor, "actor must not be null");
    requireNonNull(reason, "reason must not be null");
    List<AuditEntry> entries = ImportOrder.creationEntries(all, actor, reason);
    write(
        () -> {
          List<Integer> order =
              ImportOrder.parentsFirst(
                  all, id -> Optional.ofNullable(comments.get(id)), posts::containsKey);
          for (int i : order) {
            insert(all.get(i), entries.get(i));
          }
          return null;
        });
  }

  /** Stores a comment and its creation entry; the write lock is held. */
  private void insert(Comment comment, AuditEntry created) {
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
    index(comment);
    record(created);
    lastId = Math.max(lastId, comment.id().value());
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
      StoreChecks.checkEntry(next, entry);
    }
    write(
        () -> {
          Comment current = current(next.id(), next.version() - 1);
          StoreChecks.checkSameIdentity(current, next);
          comments.put(next.id(), next);
          if (entry != null) {
            record(entry);
          }
          return null;
        });
  }

  @Override
  public void editComment(Comment next, Revision revision, @Nullable AuditEntry entry) {
    requireNonNull(next, "next must not be null");
    requireNonNull(revision, "revision must not be null");
    write(
        () -> {
          Comment current = current(next.id(), next.version() - 1);
          StoreChecks.checkSameIdentity(current, next);
          StoreChecks.checkEdit(current, next, revision, entry);
          comments.put(next.id(), next);
          revisions.computeIfAbsent(next.id(), k -> new ArrayList<>(2)).add(revision);
          if (entry != null) {
            record(entry);
          }
          return null;
        });
  }

  @Override
  public List<Revision> revisions(CommentId id) {
    requireNonNull(id, "id must not be null");
    return read(() -> List.copyOf(revisions.getOrDefault(id, List.of())));
  }

  @Override
  public boolean addReport(Report report) {
    requireNonNull(report, "report must not be null");
    return write(
        () -> {
          if (!comments.containsKey(report.commentId())) {
            throw new NotFoundException("comment", report.commentId());
          }
          List<Report> list = reports.computeIfAbsent(report.commentId(), k -> new ArrayList<>(2));
          for (Report earlier : list) {
            if (earlier.reporterKey().equals(report.reporterKey())) {
              return false;
            }
          }
          return list.add(report);
        });
  }

  @Override
  public List<Report> reports(CommentId id) {
    requireNonNull(id, "id must not be null");
    return read(() -> List.copyOf(reports.getOrDefault(id, List.of())));
  }

  @Override
  public List<AuditEntry> auditTrailByActor(String actorKey, int offset, int limit) {
    requireNonNull(actorKey, "actorKey must not be null");
    StoreChecks.checkPage(offset, limit);
    return read(
        () -> {
          List<AuditEntry> newestFirst = new ArrayList<>(auditByActor.getOrDefault(actorKey, List.of()));
          Collections.reverse(newestFirst);
          // Stable: entries stored later but stamped earlier (a slow writer) still sort by time.
          newestFirst.sort(Comparator.comparing(AuditEntry::at).reversed());
          return newestFirst.stream().skip(offset).limit(limit).toList();
        });
  }

  @Override
  public PurgeOutcome purgeComment(CommentId id, long expectedVersion, AuditEntry entry) {
    requireNonNull(id, "id must not be null");
    requireNonNull(entry, "entry must not be null");
    return write(
        () -> {
          Comment current = current(id, expectedVersion);
          StoreChecks.checkPurge(current, entry);
          boolean hasReplies =
              postComments(current.postId()).stream()
                  .anyMatch(other -> id.equals(stored(other).parentId()));
          if (hasReplies && current.state() == ModerationState.PURGED) {
            return PurgeOutcome.KEPT;
          }
          revisions.remove(id);
          reports.remove(id);
          unindex(current);
          if (hasReplies) {
            Comment tombstone = current.toTombstone(entry.at());
            comments.put(id, tombstone);
            index(tombstone);
            record(entry);
            return PurgeOutcome.TOMBSTONED;
          }
          comments.remove(id);
          postComments(current.postId()).remove(id);
          List<AuditEntry> trail = audit.remove(id);
          for (AuditEntry gone : trail == null ? List.<AuditEntry>of() : trail) {
            String actorKey = gone.actor().key();
            List<AuditEntry> byActor = actorKey == null ? null : auditByActor.get(actorKey);
            if (byActor != null) {
              byActor.remove(gone);
            }
          }
          return PurgeOutcome.DELETED;
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

  /** {@inheritDoc} Read under one lock: the page, its entries and reports, and the total agree. */
  @Override
  public QueuePage moderationQueue(int offset, int limit) {
    StoreChecks.checkPage(offset, limit);
    CommentQuery pending = CommentQuery.all().withStates(ModerationState.PENDING);
    return read(
        () -> {
          List<Comment> page =
              matching(pending).sorted(CREATION).skip(offset).limit(limit).toList();
          List<QueueItem> items = new ArrayList<>(page.size());
          for (Comment c : page) {
            List<AuditEntry> trail = requireNonNull(audit.get(c.id()), "every comment has a trail");
            items.add(
                new QueueItem(
                    c, trail.get(trail.size() - 1), List.copyOf(reports.getOrDefault(c.id(), List.of()))));
          }
          return new QueuePage(items, matching(pending).count(), offset);
        });
  }

  @Override
  public long count(CommentQuery query) {
    requireNonNull(query, "query must not be null");
    return read(() -> matching(query).count());
  }

  /** Returns the comments matching {@code query}, read through the narrowest index it allows. */
  private Stream<Comment> matching(CommentQuery query) {
    List<CommentId> ids =
        query.authorKey() != null ? commentsByAuthorKey.getOrDefault(query.authorKey(), List.of())
            : query.ip() != null ? commentsByIp.getOrDefault(query.ip(), List.of())
            : query.authorEmail() != null ? commentsByEmail.getOrDefault(query.authorEmail(), List.of())
            : query.postId() != null ? commentsByPost.getOrDefault(query.postId(), List.of())
            : null;
    Stream<Comment> candidates =
        ids == null ? comments.values().stream() : ids.stream().map(comments::get);
    return candidates.filter(query::matches);
  }

  /** Adds a comment to the indexes by author key, email address and IP address. */
  private void index(Comment c) {
    add(commentsByAuthorKey, c.author().key(), c.id());
    String email = c.author().email();
    if (email != null) {
      add(commentsByEmail, email.toLowerCase(Locale.ROOT), c.id());
    }
    if (c.client().ip() != null) {
      add(commentsByIp, c.client().ip(), c.id());
    }
  }

  private void unindex(Comment c) {
    remove(commentsByAuthorKey, c.author().key(), c.id());
    String email = c.author().email();
    if (email != null) {
      remove(commentsByEmail, email.toLowerCase(Locale.ROOT), c.id());
    }
    if (c.client().ip() != null) {
      remove(commentsByIp, c.client().ip(), c.id());
    }
  }

  private static void add(Map<String, List<CommentId>> index, String key, CommentId id) {
    index.computeIfAbsent(key, k -> new ArrayList<>(2)).add(id);
  }

  private static void remove(Map<String, List<CommentId>> index, String key, CommentId id) {
    List<CommentId> ids = index.get(key);
    if (ids != null && ids.remove(id) && ids.isEmpty()) {
      index.remove(key);
    }
  }

  @Override
  public List<AuditEntry> auditTrail(CommentId id) {
    requireNonNull(id, "id must not be null");
    return read(() -> List.copyOf(audit.getOrDefault(id, List.of())));
  }

  /** Returns a comment known to be stored; the lock is held. */
  private Comment stored(CommentId id) {
    return requireNonNull(comments.get(id), "indexed comment is stored");
  }

  /** Returns the ids of a post's comments, for a post known to have some; the lock is held. */
  private List<CommentId> postComments(PostId postId) {
    return requireNonNull(commentsByPost.get(postId), "a stored comment's post has a list");
  }

  /** Returns the stored comment, checking that it exists at the expected version. */
  private Comment current(CommentId id, long expectedVersion) {
    Comment current = comments.get(id);
    if (current == null) {
      throw new NotFoundException("comment", id);
    }
    if (current.version() != expectedVersion) {
      throw new ConcurrentUpdateException(id, expectedVersion);
    }
    return current;
  }

  private void record(AuditEntry entry) {
    audit.computeIfAbsent(entry.commentId(), k -> new ArrayList<>(2)).add(entry);
    if (entry.actor().key() != null) {
      auditByActor.computeIfAbsent(entry.actor().key(), k -> new ArrayList<>()).add(entry);
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
