package org.rejoinder.store;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Set;
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
import org.rejoinder.internal.Checks;
import org.rejoinder.model.Actor;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Author;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.ConcurrentUpdateException;
import org.rejoinder.model.InvalidParentException;
import org.rejoinder.model.Mention;
import org.rejoinder.model.Limits;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.QueueItem;
import org.rejoinder.model.QueuePage;
import org.rejoinder.model.Report;
import org.rejoinder.model.Revision;
import org.rejoinder.model.Vote;
import org.rejoinder.model.VoteChange;
import org.rejoinder.model.VoteDirection;
import org.rejoinder.model.Votes;
import org.rejoinder.model.SourceId;
import org.rejoinder.subscription.Notification;
import org.rejoinder.subscription.Subscription;
import org.rejoinder.subscription.SubscriptionId;
import org.rejoinder.thread.PostComments;

/**
 * A {@link CommentStore} in memory: for tests, demos and small applications that keep comments
 * elsewhere between runs. Safe for use by many threads (one read-write lock). Comments are indexed
 * by post, author key, email address and IP address, so the queries moderation makes for each new
 * comment (flood, duplicates) read only that person's comments, and by the first word of their
 * author's name per post, so resolving mentions reads only the comments of people so named;
 * other queries (the moderation queue, purging) scan the comments they filter. {@link #insertAll}
 * and {@link #insertVotes} store all or nothing, and {@link #moderationQueue} reads a page of the
 * queue under one lock; pages of threads are cut from the post's comments ({@link
 * ThreadPageStore}'s default), for every order.
 *
 * <p>Comment ids are handed out from 1 upwards, above any id inserted explicitly.
 *
 * <p>Comments are kept compactly, each with its audit trail, and the {@link Comment} values a
 * read returns are made from them: equal to what was stored, but new objects. A comment costs
 * little beyond its text (about 1.2 times the text's UTF-8 size in all, for bodies of 800 bytes).
 *
 * <p>It is also a {@link MigrationStore}: an {@link ImportSession} keeps its writes until it
 * commits, then stores them under one lock, all or none.
 *
 * @since 0.1.0
 */
public final class InMemoryCommentStore implements CommentStore, MigrationStore {
  /** Rows by their comments' creation time, then id, read without making their comments. */
  private static final Comparator<CommentRow> ROW_CREATION =
      (a, b) -> a == b ? 0 : a.isAfter(b) ? 1 : -1;

  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private final Map<PostId, Post> posts = new HashMap<>();
  /** The comments, each kept as a row (see {@link CommentRow}), with its audit trail. */
  private final CommentRowTable comments = new CommentRowTable();
  private final Map<PostId, List<CommentRow>> commentsByPost = new HashMap<>();
  private final Map<String, List<CommentRow>> commentsByAuthorKey = new HashMap<>();
  private final Map<String, List<CommentRow>> commentsByEmail = new HashMap<>();
  private final Map<String, List<CommentRow>> commentsByIp = new HashMap<>();
  private final Map<SourceId, CommentId> commentsBySource = new HashMap<>();
  /**
   * Each actor's audit entries, in the order recorded, as the rows whose trails hold them: a row
   * once per entry of the actor, so the n-th time a row appears stands for its n-th entry by the
   * actor.
   */
  private final Map<String, List<CommentRow>> auditByActor = new HashMap<>();
  private final Map<CommentId, List<Revision>> revisions = new HashMap<>();
  private final Map<CommentId, List<Report>> reports = new HashMap<>();
  /** Each comment's votes by voter key, in the order first cast. */
  private final Map<CommentId, Map<String, Vote>> votes = new HashMap<>();
  /** Each voter's votes, by comment. */
  private final Map<String, Map<CommentId, Vote>> votesByVoter = new HashMap<>();
  /** Each post's comments by the first word of their author's name ({@link Mention#firstNameKey}). */
  private final Map<PostId, Map<String, List<CommentRow>>> commentsByFirstName = new HashMap<>();
  private final Map<SubscriptionId, Subscription> subscriptions = new LinkedHashMap<>();
  private final Map<String, OutboxEntry> outbox = new LinkedHashMap<>();
  private long erasedReports;
  /** The records of erasures by request id, in the order they were stored. */
  private final Map<String, ErasureRecord> erasures = new LinkedHashMap<>();
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
          List<Integer> order = ImportOrder.parentsFirst(all, this::stored, posts::containsKey);
          for (Comment c : all) {
            requireSourceFree(c);
          }
          for (int i : order) {
            insert(all.get(i), entries.get(i));
          }
          return null;
        });
  }

  /** Returns the stored comment with {@code id}; the lock is held. */
  private Optional<Comment> stored(CommentId id) {
    CommentRow row = comments.get(id.value());
    return row == null ? Optional.empty() : Optional.of(row.toComment());
  }

  /** Stores a comment and its creation entry; the write lock is held. */
  private void insert(Comment comment, AuditEntry created) {
    if (comments.contains(comment.id().value())) {
      throw new AlreadyExistsException("comment", comment.id());
    }
    Post post = posts.get(comment.postId());
    if (post == null) {
      throw new NotFoundException("post", comment.postId());
    }
    CommentId parentId = comment.parentId();
    CommentRow parent = null;
    if (parentId != null) {
      parent = comments.get(parentId.value());
      if (parent == null) {
        throw new NotFoundException("comment", parentId);
      }
      if (!parent.post.equals(comment.postId())) {
        throw new InvalidParentException(parentId, InvalidParentException.Reason.OTHER_POST);
      }
    }
    requireSourceFree(comment);
    record(add(comment, parent, post), created);
  }

  /**
   * Adds a checked comment's row, without votes, to the table and the indexes; the write lock is
   * held.
   */
  private CommentRow add(Comment comment, @Nullable CommentRow parent, Post post) {
    CommentRow row = new CommentRow(comment, parent, post.id(), sharedAuthor(comment.author()));
    comments.add(row);
    if (comment.source() != null) {
      commentsBySource.put(comment.source(), comment.id());
    }
    commentsByPost.computeIfAbsent(post.id(), k -> new ArrayList<>()).add(row);
    index(row);
    lastId = Math.max(lastId, row.id);
    return row;
  }

  /**
   * Returns the author of the same key's latest comment if it equals {@code author}, else {@code
   * author}: comments by one person share one value.
   */
  private Author sharedAuthor(Author author) {
    List<CommentRow> byKey = commentsByAuthorKey.get(author.key());
    if (byKey != null && !byKey.isEmpty()) {
      Author latest = byKey.get(byKey.size() - 1).author();
      if (latest.equals(author)) {
        return latest;
      }
    }
    return author;
  }

  /** Refuses a comment whose source id another stored comment has; the write lock is held. */
  private void requireSourceFree(Comment comment) {
    SourceId source = comment.source();
    if (source != null && commentsBySource.containsKey(source)) {
      throw new AlreadyExistsException("comment source", source);
    }
  }

  @Override
  public Optional<Comment> findComment(CommentId id) {
    requireNonNull(id, "id must not be null");
    return read(() -> stored(id));
  }

  @Override
  public void updateComment(Comment next, @Nullable AuditEntry entry) {
    requireNonNull(next, "next must not be null");
    if (entry != null) {
      StoreChecks.checkEntry(next, entry);
    }
    write(
        () -> {
          CommentRow row = current(next.id(), next.version() - 1);
          StoreChecks.checkSameIdentity(row.toComment(), next);
          row.update(next);
          if (entry != null) {
            record(row, entry);
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
          CommentRow row = current(next.id(), next.version() - 1);
          Comment current = row.toComment();
          StoreChecks.checkSameIdentity(current, next);
          StoreChecks.checkEdit(current, next, revision, entry);
          row.update(next);
          revisions.computeIfAbsent(next.id(), k -> new ArrayList<>(2)).add(revision);
          if (entry != null) {
            record(row, entry);
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
          if (!comments.contains(report.commentId().value())) {
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
          List<CommentRow> rows = auditByActor.getOrDefault(actorKey, List.of());
          // The n-th time a row appears stands for its n-th entry by the actor.
          Map<CommentRow, Iterator<AuditEntry>> entriesOf = new IdentityHashMap<>();
          List<AuditEntry> newestFirst = new ArrayList<>(rows.size());
          for (CommentRow row : rows) {
            newestFirst.add(entriesOf.computeIfAbsent(row, r -> r.trail().stream()
                .filter(e -> actorKey.equals(e.actor().key())).iterator()).next());
          }
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
          CommentRow row = current(id, expectedVersion);
          Comment current = row.toComment();
          StoreChecks.checkPurge(current, entry);
          boolean hasReplies = false;
          for (CommentRow other : indexed(commentsByPost.get(row.post))) {
            if (other.parent == row) {
              hasReplies = true;
              break;
            }
          }
          if (hasReplies && current.state() == ModerationState.PURGED) {
            return PurgeOutcome.KEPT;
          }
          revisions.remove(id);
          reports.remove(id);
          removeVotes(id);
          unindex(row);
          if (hasReplies) {
            row.bury(current.toTombstone(entry.at()));
            index(row);
            record(row, entry);
            return PurgeOutcome.TOMBSTONED;
          }
          comments.remove(row.id);
          if (current.source() != null) {
            commentsBySource.remove(current.source());
          }
          indexed(commentsByPost.get(row.post)).remove(row);
          for (AuditEntry gone : row.trail()) {
            String actorKey = gone.actor().key();
            if (actorKey != null) {
              indexed(auditByActor.get(actorKey)).remove(row);
            }
          }
          return PurgeOutcome.DELETED;
        });
  }

  @Override
  public VoteChange vote(Vote vote) {
    requireNonNull(vote, "vote must not be null");
    return write(() -> cast(vote));
  }

  @Override
  public VoteChange unvote(CommentId commentId, String voterKey) {
    requireNonNull(commentId, "commentId must not be null");
    requireNonNull(voterKey, "voterKey must not be null");
    return write(
        () -> {
          CommentRow current = comments.get(commentId.value());
          if (current == null) {
            throw new NotFoundException("comment", commentId);
          }
          Map<String, Vote> onComment = votes.get(commentId);
          Vote earlier = onComment == null ? null : onComment.remove(voterKey);
          if (earlier == null) {
            return new VoteChange(commentId, voterKey, null, null, current.votes());
          }
          Map<CommentId, Vote> byVoter = votesByVoter.get(voterKey);
          if (byVoter != null) {
            byVoter.remove(commentId);
          }
          Votes counts = current.votes().minus(earlier.direction());
          current.votes(counts);
          return new VoteChange(commentId, voterKey, earlier.direction(), null, counts);
        });
  }

  /** {@inheritDoc} All of them or none: every comment is checked before the first is stored. */
  @Override
  public void insertVotes(Collection<Vote> newVotes) {
    List<Vote> all = List.copyOf(requireNonNull(newVotes, "votes must not be null"));
    write(
        () -> {
          for (Vote vote : all) {
            if (!comments.contains(vote.commentId().value())) {
              throw new NotFoundException("comment", vote.commentId());
            }
          }
          for (Vote vote : all) {
            cast(vote);
          }
          return null;
        });
  }

  /** Records a vote and its counts; the write lock is held. */
  private VoteChange cast(Vote vote) {
    CommentRow current = comments.get(vote.commentId().value());
    if (current == null) {
      throw new NotFoundException("comment", vote.commentId());
    }
    Map<String, Vote> onComment = votes.computeIfAbsent(vote.commentId(), k -> new LinkedHashMap<>());
    Vote earlier = onComment.get(vote.voterKey());
    VoteDirection before = earlier == null ? null : earlier.direction();
    if (before == vote.direction()) {
      return new VoteChange(vote.commentId(), vote.voterKey(), before, before, current.votes());
    }
    onComment.put(vote.voterKey(), vote);
    votesByVoter.computeIfAbsent(vote.voterKey(), k -> new HashMap<>()).put(vote.commentId(), vote);
    Votes counts = current.votes().plus(vote.direction());
    if (before != null) {
      counts = counts.minus(before);
    }
    current.votes(counts);
    return new VoteChange(vote.commentId(), vote.voterKey(), before, vote.direction(), counts);
  }

  private static final Comparator<Vote> VOTE_ORDER =
      Comparator.comparing(Vote::at).thenComparing(Vote::voterKey);

  @Override
  public List<Vote> votes(CommentId commentId) {
    requireNonNull(commentId, "commentId must not be null");
    return read(
        () -> {
          List<Vote> list = new ArrayList<>(votes.getOrDefault(commentId, Map.of()).values());
          list.sort(VOTE_ORDER);
          return List.copyOf(list);
        });
  }

  @Override
  public Map<CommentId, VoteDirection> votesBy(String voterKey, PostId postId) {
    requireNonNull(voterKey, "voterKey must not be null");
    requireNonNull(postId, "postId must not be null");
    return read(
        () -> {
          Map<CommentId, VoteDirection> mine = new HashMap<>();
          for (Vote vote : votesByVoter.getOrDefault(voterKey, Map.of()).values()) {
            CommentRow c = comments.get(vote.commentId().value());
            if (c != null && c.post.equals(postId)) {
              mine.put(vote.commentId(), vote.direction());
            }
          }
          return Map.copyOf(mine);
        });
  }

  /** Deletes a comment's votes; the write lock is held. */
  private void removeVotes(CommentId id) {
    Map<String, Vote> gone = votes.remove(id);
    if (gone == null) {
      return;
    }
    for (String voter : gone.keySet()) {
      Map<CommentId, Vote> byVoter = votesByVoter.get(voter);
      if (byVoter != null) {
        byVoter.remove(id);
        if (byVoter.isEmpty()) {
          votesByVoter.remove(voter);
        }
      }
    }
  }

  /** {@inheritDoc} The pinned comments are counted and the pin stored under one lock. */
  @Override
  public boolean pinComment(Comment next, AuditEntry entry, int maxPinned) {
    requireNonNull(next, "next must not be null");
    requireNonNull(entry, "entry must not be null");
    Checks.argumentRange("maxPinned", maxPinned, 1, Integer.MAX_VALUE);
    return write(
        () -> {
          CommentRow row = current(next.id(), next.version() - 1);
          StoreChecks.checkPin(row.toComment(), next, entry);
          if (next.pinned()) {
            long pinned =
                indexed(commentsByPost.get(row.post)).stream().filter(CommentRow::pinned).count();
            if (pinned >= maxPinned) {
              return false;
            }
          }
          row.update(next);
          record(row, entry);
          return true;
        });
  }

  @Override
  public List<Comment> pinnedOf(PostId postId) {
    requireNonNull(postId, "postId must not be null");
    return read(
        () -> {
          List<CommentRow> pinned = new ArrayList<>();
          for (CommentRow row : commentsByPost.getOrDefault(postId, List.of())) {
            if (row.pinned()) {
              pinned.add(row);
            }
          }
          return comments(pinned, ROW_CREATION);
        });
  }

  /** Returns the comments of {@code rows} in the given order; the lock is held. */
  private static List<Comment> comments(List<CommentRow> rows, Comparator<CommentRow> order) {
    rows.sort(order);
    List<Comment> result = new ArrayList<>(rows.size());
    for (CommentRow row : rows) {
      result.add(row.toComment());
    }
    return result;
  }

  /** {@inheritDoc} Read from an index of the post's comments by their author's first name. */
  @Override
  public List<Comment> latestByFirstName(PostId postId, String firstNameKey, Instant notAfter) {
    requireNonNull(postId, "postId must not be null");
    requireNonNull(firstNameKey, "firstNameKey must not be null");
    requireNonNull(notAfter, "notAfter must not be null");
    return read(
        () -> {
          Map<String, CommentRow> latest = new HashMap<>();
          List<CommentRow> named =
              commentsByFirstName.getOrDefault(postId, Map.of()).getOrDefault(firstNameKey, List.of());
          for (CommentRow row : named) {
            if (row.state() == ModerationState.APPROVED && !row.createdAt().isAfter(notAfter)) {
              latest.merge(row.author().key(), row, (a, b) -> a.isAfter(b) ? a : b);
            }
          }
          return comments(new ArrayList<>(latest.values()), ROW_CREATION.reversed());
        });
  }

  @Override
  public List<Comment> commentsOf(PostId postId) {
    requireNonNull(postId, "postId must not be null");
    return read(() -> {
      List<CommentRow> rows = new ArrayList<>(commentsByPost.getOrDefault(postId, List.of()));
      rows.sort(ROW_CREATION);
      PostComments.Builder comments = PostComments.builder(postId, rows.size());
      for (CommentRow row : rows) {
        comments.add(row.toComment());
      }
      return comments.build();
    });
  }

  @Override
  public List<Comment> find(CommentQuery query) {
    requireNonNull(query, "query must not be null");
    return read(
        () ->
            sorted(query, query.newestFirst() ? ROW_CREATION.reversed() : ROW_CREATION)
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
              sorted(pending, ROW_CREATION).skip(offset).limit(limit).toList();
          List<QueueItem> items = new ArrayList<>(page.size());
          for (Comment c : page) {
            List<AuditEntry> trail = indexed(comments.get(c.id().value())).trail();
            AuditEntry held = trail.get(trail.size() - 1);
            for (AuditEntry entry : trail) {
              if (entry.changesState()) {
                held = entry; // the latest change of state, not a later pin
              }
            }
            items.add(new QueueItem(c, held, List.copyOf(reports.getOrDefault(c.id(), List.of()))));
          }
          return new QueuePage(items, matching(pending).count(), offset);
        });
  }

  /** Counts each post's approved comments under one lock. */
  @Override
  public Map<PostId, Integer> responseCounts(Collection<PostId> wanted) {
    requireNonNull(wanted, "posts must not be null");
    return read(
        () -> {
          Map<PostId, Integer> counts = new HashMap<>();
          for (PostId post : wanted) {
            if (posts.containsKey(post)) {
              int approved = 0;
              for (CommentRow row : commentsByPost.getOrDefault(post, List.of())) {
                if (row.state() == ModerationState.APPROVED) {
                  approved++;
                }
              }
              counts.put(post, approved);
            }
          }
          return counts;
        });
  }

  /** Reads the approved comments of the posts the query selects under one lock, then sorts them. */
  @Override
  public List<Comment> recentComments(RecentCommentsQuery query, Instant at) {
    requireNonNull(query, "query must not be null");
    requireNonNull(at, "at must not be null");
    return read(
        () -> {
          Collection<PostId> selected = query.posts().isEmpty() ? posts.keySet() : query.posts();
          List<CommentRow> shown = new ArrayList<>();
          for (PostId postId : selected) {
            Post post = posts.get(postId);
            if (post == null || query.excludedPosts().contains(postId)
                || (query.openPostsOnly() && !post.acceptsCommentsAt(at))) {
              continue;
            }
            for (CommentRow row : commentsByPost.getOrDefault(postId, List.of())) {
              if (row.state() == ModerationState.APPROVED) {
                shown.add(row);
              }
            }
          }
          shown.sort(ROW_CREATION.reversed());
          return shown.stream()
              .skip(query.offset())
              .limit(query.limit())
              .map(CommentRow::toComment)
              .toList();
        });
  }

  @Override
  public long count(CommentQuery query) {
    requireNonNull(query, "query must not be null");
    return read(() -> matching(query).count());
  }

  /**
   * Returns the comments matching {@code query} in {@code order}: the rows are sorted first, and
   * a comment is made only for a row the stream reaches, so a page of a few comments makes a few,
   * however many rows match.
   */
  private Stream<Comment> sorted(CommentQuery query, Comparator<CommentRow> order) {
    return rows(query).sorted(order).map(CommentRow::toComment).filter(query::matches);
  }

  /** Returns the comments matching {@code query}, read through the narrowest index it allows. */
  private Stream<Comment> matching(CommentQuery query) {
    return rows(query).map(CommentRow::toComment).filter(query::matches);
  }

  /**
   * Returns the rows that may match {@code query}: its index's, of its post, place, states, text
   * and creation time, all read from the rows, so that a comment is made only for a row that can
   * match.
   */
  private Stream<CommentRow> rows(CommentQuery query) {
    List<CommentRow> rows =
        query.authorKey() != null ? commentsByAuthorKey.getOrDefault(query.authorKey(), List.of())
            : query.ip() != null ? commentsByIp.getOrDefault(query.ip(), List.of())
            : query.authorEmail() != null ? commentsByEmail.getOrDefault(query.authorEmail(), List.of())
            : query.postId() != null ? commentsByPost.getOrDefault(query.postId(), List.of())
            : comments.rows();
    PostId post = query.postId();
    Set<ModerationState> states = query.states();
    CommentId parentId = query.parentId();
    long parent = parentId == null ? 0 : parentId.value();
    boolean topLevelOnly = parentId == null && query.topLevelOnly();
    String text = query.bodyText();
    Instant from = query.createdFrom();
    long fromMillis = millisOrNone(from);
    return rows.stream()
        .filter(row -> (post == null || post.equals(row.post))
            && (states.isEmpty() || states.contains(row.state()))
            && (parentId == null || (row.parent != null && row.parent.id == parent))
            && (!topLevelOnly || row.parent == null)
            && (text == null || text.equals(row.body().text()))
            && (from == null || row.createdFrom(from, fromMillis)));
  }

  /** An instant's milliseconds since 1970, floored; {@link Long#MIN_VALUE} if none or too far. */
  private static long millisOrNone(@Nullable Instant at) {
    if (at == null) {
      return Long.MIN_VALUE;
    }
    try {
      return at.toEpochMilli();
    } catch (ArithmeticException tooFar) {
      return Long.MIN_VALUE;
    }
  }

  /** Adds a row to the indexes by author key, email address, IP address and name. */
  private void index(CommentRow row) {
    Author author = row.author();
    add(commentsByAuthorKey, author.key(), row);
    add(commentsByFirstName.computeIfAbsent(row.post, k -> new HashMap<>()),
        Mention.firstNameKey(author.displayName()), row);
    String email = author.email();
    if (email != null) {
      add(commentsByEmail, email.toLowerCase(Locale.ROOT), row);
    }
    String ip = row.client().ip();
    if (ip != null) {
      add(commentsByIp, ip, row);
    }
  }

  private void unindex(CommentRow row) {
    Author author = row.author();
    remove(commentsByAuthorKey, author.key(), row);
    Map<String, List<CommentRow>> byName = commentsByFirstName.get(row.post);
    if (byName != null) {
      remove(byName, Mention.firstNameKey(author.displayName()), row);
    }
    String email = author.email();
    if (email != null) {
      remove(commentsByEmail, email.toLowerCase(Locale.ROOT), row);
    }
    String ip = row.client().ip();
    if (ip != null) {
      remove(commentsByIp, ip, row);
    }
  }

  private static void add(Map<String, List<CommentRow>> index, String key, CommentRow row) {
    index.computeIfAbsent(key, k -> new ArrayList<>(2)).add(row);
  }

  private static void remove(Map<String, List<CommentRow>> index, String key, CommentRow row) {
    List<CommentRow> rows = index.get(key);
    if (rows != null && rows.remove(row) && rows.isEmpty()) {
      index.remove(key);
    }
  }

  @Override
  public List<AuditEntry> auditTrail(CommentId id) {
    requireNonNull(id, "id must not be null");
    return read(
        () -> {
          CommentRow row = comments.get(id.value());
          return row == null ? List.of() : List.copyOf(row.trail());
        });
  }

  /** Returns the stored comment's row, checking that it exists at the expected version. */
  private CommentRow current(CommentId id, long expectedVersion) {
    CommentRow current = comments.get(id.value());
    if (current == null) {
      throw new NotFoundException("comment", id);
    }
    if (current.version() != expectedVersion) {
      throw new ConcurrentUpdateException(id, expectedVersion);
    }
    return current;
  }

  /** Adds an entry to a row's trail and to its actor's entries; the write lock is held. */
  private void record(CommentRow row, AuditEntry entry) {
    String key = entry.actor().key();
    if (key == null) {
      row.record(entry, null);
      return;
    }
    List<CommentRow> byActor = auditByActor.computeIfAbsent(key, k -> new ArrayList<>());
    // The actor of the latest entry by the same key, shared when equal.
    Actor shared = byActor.isEmpty() ? null : byActor.get(byActor.size() - 1).firstActor();
    row.record(entry, shared);
    byActor.add(row);
  }

  @Override
  public ImportSession beginImport(Actor actor, String reason) {
    requireNonNull(actor, "actor must not be null");
    requireNonNull(reason, "reason must not be null");
    Checks.optionalLine("reason", reason, Limits.MAX_REASON_CHARS);
    return new BufferedImport(actor, reason);
  }

  @Override
  public Map<SourceId, CommentId> commentIdsBySource(Collection<SourceId> sources) {
    requireNonNull(sources, "sources must not be null");
    return read(() -> {
      Map<SourceId, CommentId> found = new HashMap<>();
      for (SourceId source : sources) {
        CommentId id = commentsBySource.get(source);
        if (id != null) {
          found.put(source, id);
        }
      }
      return found;
    });
  }

  @Override
  public List<Post> posts(@Nullable PostId after, int limit) {
    StoreChecks.checkPage(0, limit);
    return read(() -> posts.values().stream()
        .filter(p -> after == null || p.id().value().compareTo(after.value()) > 0)
        .sorted(Comparator.comparing(p -> p.id().value()))
        .limit(limit)
        .toList());
  }

  @Override
  public List<ArchivedComment> archive(PostId post, @Nullable ArchivedComment after, int limit) {
    requireNonNull(post, "post must not be null");
    StoreChecks.checkPage(0, limit);
    return read(() -> {
      List<CommentRow> rows = commentsByPost.getOrDefault(post, List.of());
      List<ArchivedComment> page = new ArrayList<>();
      Comparator<ArchivedComment> order = ARCHIVE_ORDER;
      Map<CommentRow, Integer> depths = depths(rows);
      for (CommentRow row : rows) {
        ArchivedComment archived = archived(row, requireNonNull(depths.get(row)));
        if (after == null || order.compare(archived, after) > 0) {
          page.add(archived);
        }
      }
      page.sort(order);
      return List.copyOf(page.subList(0, Math.min(limit, page.size())));
    });
  }

  private static final Comparator<ArchivedComment> ARCHIVE_ORDER =
      Comparator.comparingInt(ArchivedComment::depth).thenComparing(a -> a.comment().id());

  private ArchivedComment archived(CommentRow row, int depth) {
    Comment c = row.toComment();
    List<Vote> onComment = new ArrayList<>(votes.getOrDefault(c.id(), Map.of()).values());
    onComment.sort(VOTE_ORDER);
    return new ArchivedComment(c, depth, row.trail(),
        revisions.getOrDefault(c.id(), List.of()), reports.getOrDefault(c.id(), List.of()),
        onComment);
  }

  /** Returns the depth of each of a post's comments, walking up iteratively. */
  private Map<CommentRow, Integer> depths(List<CommentRow> postRows) {
    Map<CommentRow, Integer> depths = new IdentityHashMap<>(postRows.size() * 2);
    List<CommentRow> path = new ArrayList<>();
    for (CommentRow start : postRows) {
      CommentRow row = start;
      int base = 0;
      while (row != null && !depths.containsKey(row)) {
        path.add(row);
        row = row.parent;
      }
      if (row != null) {
        base = requireNonNull(depths.get(row));
      }
      for (int i = path.size() - 1; i >= 0; i--) {
        depths.put(path.get(i), ++base);
      }
      path.clear();
    }
    return depths;
  }

  @Override
  public void restore(List<ArchivedComment> archived) {
    List<ArchivedComment> all = List.copyOf(requireNonNull(archived, "comments must not be null"));
    write(() -> {
      Map<CommentId, Integer> given = new HashMap<>();
      Set<SourceId> sources = new HashSet<>();
      for (ArchivedComment a : all) {
        Comment c = a.comment();
        if (comments.contains(c.id().value()) || given.containsKey(c.id())) {
          throw new AlreadyExistsException("comment", c.id());
        }
        if (c.source() != null && (commentsBySource.containsKey(c.source()) || !sources.add(c.source()))) {
          throw new AlreadyExistsException("comment source", c.source());
        }
        if (!posts.containsKey(c.postId())) {
          throw new NotFoundException("post", c.postId());
        }
        CommentId parentId = c.parentId();
        if (parentId != null) {
          Integer parentDepth = given.get(parentId);
          if (parentDepth == null) {
            CommentRow parent = comments.get(parentId.value());
            if (parent == null) {
              throw new NotFoundException("comment", parentId);
            }
            if (!parent.post.equals(c.postId())) {
              throw new InvalidParentException(parentId, InvalidParentException.Reason.OTHER_POST);
            }
            parentDepth = requireNonNull(depths(List.of(parent)).get(parent));
          }
          if (a.depth() != parentDepth + 1) {
            throw new IllegalArgumentException("Comment " + c.id() + " is at depth " + a.depth()
                + " but its parent " + parentId + " is at depth " + parentDepth);
          }
        }
        given.put(c.id(), a.depth());
      }
      for (ArchivedComment a : all) {
        // The counts come from the votes, as the store keeps them.
        Comment c = a.comment();
        CommentId parentId = c.parentId();
        CommentRow parent = parentId == null ? null : indexed(comments.get(parentId.value()));
        CommentRow row = add(c, parent, indexed(posts.get(c.postId())));
        for (AuditEntry entry : a.trail()) {
          record(row, entry);
        }
        if (!a.revisions().isEmpty()) {
          revisions.put(c.id(), new ArrayList<>(a.revisions()));
        }
        if (!a.reports().isEmpty()) {
          reports.put(c.id(), new ArrayList<>(a.reports()));
        }
        a.votes().forEach(this::cast);
      }
      return null;
    });
  }

  @Override
  public long lastCommentId() {
    return read(() -> lastId);
  }

  @Override
  public void reserveCommentIdsThrough(long id) {
    checkArgument(id >= 0, "id must not be negative but was %s", id);
    write(() -> {
      lastId = Math.max(lastId, id);
      return null;
    });
  }

  /** An import kept aside until it commits, then stored under the write lock, all or none. */
  private final class BufferedImport implements ImportSession {
    private final Actor actor;
    private final String reason;
    private final List<Post> newPosts = new ArrayList<>();
    private final List<Comment> newComments = new ArrayList<>();
    private boolean open = true;

    BufferedImport(Actor actor, String reason) {
      this.actor = actor;
      this.reason = reason;
    }

    @Override
    public CommentId nextCommentId() {
      requireOpen();
      return InMemoryCommentStore.this.nextCommentId();
    }

    @Override
    public void insertPost(Post post) {
      requireNonNull(post, "post must not be null");
      requireOpen();
      newPosts.add(post);
    }

    @Override
    public void insertAll(Collection<Comment> batch) {
      requireNonNull(batch, "comments must not be null");
      requireOpen();
      newComments.addAll(batch);
    }

    @Override
    public void commit() {
      requireOpen();
      open = false;
      List<AuditEntry> entries = ImportOrder.creationEntries(newComments, actor, reason);
      write(() -> {
        Set<PostId> added = new HashSet<>();
        for (Post post : newPosts) {
          if (posts.containsKey(post.id()) || !added.add(post.id())) {
            throw new AlreadyExistsException("post", post.id());
          }
        }
        List<Integer> order = ImportOrder.parentsFirst(newComments, InMemoryCommentStore.this::stored,
            id -> posts.containsKey(id) || added.contains(id));
        for (Comment c : newComments) {
          requireSourceFree(c);
        }
        for (Post post : newPosts) {
          posts.put(post.id(), post);
        }
        for (int i : order) {
          insert(newComments.get(i), entries.get(i));
        }
        return null;
      });
    }

    @Override
    public void close() {
      open = false;
    }

    private void requireOpen() {
      if (!open) {
        throw new IllegalStateException("This import session was committed or closed already");
      }
    }
  }

  /** Returns what an index holds for a stored comment: always something, or the store is broken. */
  private static <T> T indexed(@Nullable T value) {
    return requireNonNull(value, "the store's indexes disagree with its comments");
  }

  // Personal data

  @Override
  public List<Report> reportsBy(String reporterKey) {
    requireNonNull(reporterKey, "reporterKey must not be null");
    return read(() -> reports.values().stream().flatMap(List::stream)
        .filter(r -> r.reporterKey().equals(reporterKey))
        .sorted(Comparator.comparing(Report::at)).toList());
  }

  @Override
  public List<Subscription> subscriptionsOf(String email) {
    requireNonNull(email, "email must not be null");
    String wanted = email.trim().toLowerCase(Locale.ROOT);
    return read(() -> subscriptions.values().stream()
        .filter(s -> s.normalizedEmail().equals(wanted)).toList());
  }

  @Override
  public List<Vote> votesByVoter(String voterKey) {
    requireNonNull(voterKey, "voterKey must not be null");
    return read(() -> votesByVoter.getOrDefault(voterKey, Map.of()).values().stream()
        .sorted(Comparator.comparing(Vote::at).thenComparing(v -> v.commentId().value()))
        .toList());
  }

  @Override
  public Erased erasePersonalData(String email, Author replacement, int limit, ErasureRecord erasure) {
    requireNonNull(email, "email must not be null");
    requireNonNull(replacement, "replacement must not be null");
    requireNonNull(erasure, "erasure must not be null");
    checkArgument(replacement.email() == null && replacement.website() == null,
        "replacement must have no email address or website");
    StoreChecks.checkPage(0, limit);
    String address = email.trim().toLowerCase(Locale.ROOT);
    String key = "email:" + address;
    return write(() -> {
      List<CommentRow> rows = new ArrayList<>(commentsByEmail.getOrDefault(address, List.of()));
      rows.sort(Comparator.comparingLong(row -> row.id));
      Set<CommentId> erasedIds = new HashSet<>();
      Set<PostId> postsTouched = new LinkedHashSet<>();
      for (CommentRow row : rows.subList(0, Math.min(limit, rows.size()))) {
        unindex(row);
        row.reassign(replacement, ClientInfo.NONE);
        index(row);
        erasedIds.add(CommentId.of(row.id));
        postsTouched.add(row.post);
      }
      int mentionsDropped = 0;
      for (PostId post : postsTouched) {
        for (CommentRow row : commentsByPost.getOrDefault(post, List.of())) {
          List<Mention> mentions = row.mentions();
          List<Mention> kept = mentions.stream()
              .filter(m -> m.kind() != Mention.Kind.NAME || !erasedIds.contains(m.commentId())).toList();
          if (kept.size() < mentions.size()) {
            mentionsDropped += mentions.size() - kept.size();
            row.mentions(kept);
          }
        }
      }
      int reKeyed = 0;
      for (Map.Entry<CommentId, List<Report>> e : reports.entrySet()) {
        List<Report> list = e.getValue();
        for (int i = 0; i < list.size(); i++) {
          Report r = list.get(i);
          if (r.reporterKey().equals(key)) {
            list.set(i, new Report(r.commentId(), "erased:" + (++erasedReports), r.at(), r.reason()));
            reKeyed++;
          }
        }
      }
      int votesReKeyed = 0;
      Map<CommentId, Vote> cast = votesByVoter.remove(key);
      if (cast != null) {
        String erasedVoter = "erased:" + erasure.requestId();
        Map<CommentId, Vote> reKeyedVotes = votesByVoter.computeIfAbsent(erasedVoter, k -> new HashMap<>());
        for (Vote v : cast.values()) {
          Vote anonymousVote = new Vote(v.commentId(), erasedVoter, v.direction(), v.at());
          Map<String, Vote> onComment = requireNonNull(votes.get(v.commentId()));
          onComment.remove(key);
          onComment.put(erasedVoter, anonymousVote);
          reKeyedVotes.put(v.commentId(), anonymousVote);
          votesReKeyed++;
        }
      }
      List<CommentRow> acted = auditByActor.remove(key);
      if (acted != null) {
        Set<CommentRow> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
        distinct.addAll(acted);
        for (CommentRow row : distinct) {
          row.replaceActors(a -> key.equals(a.key()) ? new Actor(null, a.role()) : a);
        }
      }
      int revisionsForgotten = 0;
      for (List<Revision> list : revisions.values()) {
        for (int i = 0; i < list.size(); i++) {
          Revision r = list.get(i);
          if (key.equals(r.editor().key())) {
            list.set(i, new Revision(r.commentId(), r.at(), new Actor(null, r.editor().role()), r.previous()));
            revisionsForgotten++;
          }
        }
      }
      int removed = 0;
      for (Iterator<Subscription> it = subscriptions.values().iterator(); it.hasNext(); ) {
        if (it.next().normalizedEmail().equals(address)) {
          it.remove();
          removed++;
        }
      }
      outbox.values().removeIf(e -> e.notification().recipient().trim().toLowerCase(Locale.ROOT).equals(address));
      Erased batch = new Erased(
          erasedIds.size(), revisionsForgotten, reKeyed, removed, votesReKeyed, mentionsDropped);
      ErasureRecord stored = erasures.get(erasure.requestId());
      erasures.put(erasure.requestId(), stored == null
          ? ErasureRecord.started(erasure.requestId(), erasure.requestedBy(), erasure.requestedAt()).plus(batch)
          : stored.plus(batch));
      return batch;
    });
  }

  @Override
  public List<ErasureRecord> erasures(int offset, int limit) {
    StoreChecks.checkPage(offset, limit);
    return read(() -> {
      List<ErasureRecord> all = new ArrayList<>(erasures.values());
      Collections.reverse(all);
      all.sort(Comparator.comparing(ErasureRecord::requestedAt).reversed());
      return List.copyOf(all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + limit)));
    });
  }

  // Subscriptions and the outbox

  @Override
  public void insertComment(
      Comment comment,
      AuditEntry created,
      Collection<Subscription> newSubscriptions,
      Collection<Notification> notifications) {
    requireNonNull(comment, "comment must not be null");
    requireNonNull(created, "created must not be null");
    List<Subscription> subs = List.copyOf(newSubscriptions);
    List<Notification> messages = List.copyOf(notifications);
    StoreChecks.checkEntry(comment, created);
    write(
        () -> {
          for (Subscription s : subs) {
            requireSubscriptionFree(s);
            checkArgument(s.postId().equals(comment.postId()),
                "subscription %s must be to post %s", s.id(), comment.postId());
          }
          insert(comment, created);
          for (Subscription s : subs) {
            subscriptions.put(s.id(), s);
          }
          enqueue(messages);
          return null;
        });
  }

  @Override
  public void updateComment(
      Comment next, @Nullable AuditEntry entry, Collection<Notification> notifications) {
    List<Notification> messages = List.copyOf(notifications);
    write(
        () -> {
          updateComment(next, entry);
          enqueue(messages);
          return null;
        });
  }

  @Override
  public void insertSubscription(Subscription subscription, Collection<Notification> notifications) {
    requireNonNull(subscription, "subscription must not be null");
    List<Notification> messages = List.copyOf(notifications);
    write(
        () -> {
          requireSubscriptionFree(subscription);
          if (!posts.containsKey(subscription.postId())) {
            throw new NotFoundException("post", subscription.postId());
          }
          CommentId commentId = subscription.commentId();
          if (commentId != null && !comments.contains(commentId.value())) {
            throw new NotFoundException("comment", commentId);
          }
          subscriptions.put(subscription.id(), subscription);
          enqueue(messages);
          return null;
        });
  }

  private void requireSubscriptionFree(Subscription subscription) {
    if (subscriptions.containsKey(subscription.id())) {
      throw new AlreadyExistsException("subscription", subscription.id());
    }
  }

  /** Adds notifications whose key is not stored yet; the write lock is held. */
  private void enqueue(List<Notification> messages) {
    for (Notification n : messages) {
      outbox.putIfAbsent(n.key(), new OutboxEntry(n, null, false));
    }
  }

  @Override
  public Optional<Subscription> findSubscription(SubscriptionId id) {
    requireNonNull(id, "id must not be null");
    return read(() -> Optional.ofNullable(subscriptions.get(id)));
  }

  @Override
  public List<Subscription> activeSubscriptions(PostId post, @Nullable CommentId parent) {
    requireNonNull(post, "post must not be null");
    return read(
        () ->
            subscriptions.values().stream()
                .filter(Subscription::isActive)
                .filter(s -> s.postId().equals(post))
                .filter(s -> s.scope() == Subscription.Scope.POST
                    || parent != null && parent.equals(s.commentId()))
                .toList());
  }

  @Override
  public Optional<Subscription> activateSubscription(SubscriptionId id) {
    requireNonNull(id, "id must not be null");
    return write(
        () -> {
          Subscription s = subscriptions.get(id);
          if (s == null) {
            return Optional.empty();
          }
          Subscription active = s.activated();
          subscriptions.put(id, active);
          return Optional.of(active);
        });
  }

  @Override
  public Optional<Subscription> changeDelivery(SubscriptionId id, Subscription.Delivery delivery) {
    requireNonNull(id, "id must not be null");
    requireNonNull(delivery, "delivery must not be null");
    return write(
        () -> {
          Subscription s = subscriptions.get(id);
          if (s == null) {
            return Optional.empty();
          }
          Subscription changed = s.withDelivery(delivery);
          subscriptions.put(id, changed);
          return Optional.of(changed);
        });
  }

  @Override
  public boolean deleteSubscription(SubscriptionId id) {
    requireNonNull(id, "id must not be null");
    return write(() -> subscriptions.remove(id) != null);
  }

  @Override
  public List<Notification> dueNotifications(Instant now, int limit) {
    requireNonNull(now, "now must not be null");
    StoreChecks.checkPage(0, limit);
    return read(
        () ->
            outbox.values().stream()
                .filter(e -> e.sentAt() == null && !e.gaveUp())
                .map(OutboxEntry::notification)
                .filter(n -> !n.nextAttemptAt().isAfter(now))
                .sorted(Comparator.comparing(Notification::nextAttemptAt)) // stable: storage order
                .limit(limit)
                .toList());
  }

  @Override
  public List<Notification> digestNotifications(SubscriptionId subscription, Instant dueAt, int limit) {
    requireNonNull(subscription, "subscription must not be null");
    requireNonNull(dueAt, "dueAt must not be null");
    StoreChecks.checkPage(0, limit);
    return read(
        () ->
            outbox.values().stream()
                .filter(e -> e.sentAt() == null && !e.gaveUp())
                .map(OutboxEntry::notification)
                .filter(n -> subscription.equals(n.subscriptionId()) && n.nextAttemptAt().equals(dueAt))
                .limit(limit)
                .toList());
  }

  @Override
  public boolean markSent(String key, Instant at) {
    requireNonNull(key, "key must not be null");
    requireNonNull(at, "at must not be null");
    return write(() -> markSentLocked(key, at));
  }

  @Override
  public int markSent(Collection<String> keys, Instant at) {
    List<String> all = List.copyOf(requireNonNull(keys, "keys must not be null"));
    requireNonNull(at, "at must not be null");
    return write(
        () -> {
          int marked = 0;
          for (String key : all) {
            if (markSentLocked(key, at)) {
              marked++;
            }
          }
          return marked;
        });
  }

  /** Marks one notification sent; the write lock is held. */
  private boolean markSentLocked(String key, Instant at) {
    OutboxEntry e = outbox.get(key);
    if (e == null || e.sentAt() != null || e.gaveUp()) {
      return false;
    }
    outbox.put(key, new OutboxEntry(e.notification(), at, false));
    return true;
  }

  @Override
  public boolean markFailed(String key, int attempts, @Nullable Instant retryAt, String error) {
    requireNonNull(key, "key must not be null");
    requireNonNull(error, "error must not be null");
    return write(
        () -> {
          OutboxEntry e = outbox.get(key);
          if (e == null || e.sentAt() != null || e.gaveUp()) {
            return false;
          }
          Notification n = e.notification();
          Notification failed = new Notification(n.key(), n.kind(), n.recipient(),
              n.subscriptionId(), n.postId(), n.commentId(), n.createdAt(), attempts,
              retryAt == null ? n.nextAttemptAt() : retryAt, error);
          outbox.put(key, new OutboxEntry(failed, null, retryAt == null));
          return true;
        });
  }

  @Override
  public Optional<OutboxEntry> outboxEntry(String key) {
    requireNonNull(key, "key must not be null");
    return read(() -> Optional.ofNullable(outbox.get(key)));
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
