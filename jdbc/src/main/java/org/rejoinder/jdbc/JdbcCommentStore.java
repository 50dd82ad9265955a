package org.rejoinder.jdbc;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.rejoinder.error.AlreadyExistsException;
import org.rejoinder.error.NotFoundException;
import org.rejoinder.error.StorageException;
import org.rejoinder.jdbc.internal.Activity;
import org.rejoinder.jdbc.internal.Archives;
import org.rejoinder.jdbc.internal.AuditTable;
import org.rejoinder.jdbc.internal.BulkInsert;
import org.rejoinder.jdbc.internal.CommentFinder;
import org.rejoinder.jdbc.internal.CommentIds;
import org.rejoinder.jdbc.internal.CommentTable;
import org.rejoinder.jdbc.internal.CommentWrites;
import org.rejoinder.jdbc.internal.Database;
import org.rejoinder.jdbc.internal.ImportTransaction;
import org.rejoinder.jdbc.internal.H2Files;
import org.rejoinder.jdbc.internal.IdBlock;
import org.rejoinder.jdbc.internal.Migrations;
import org.rejoinder.jdbc.internal.Sources;
import org.rejoinder.jdbc.internal.SubscriptionTable;
import org.rejoinder.jdbc.internal.ModerationQueue;
import org.rejoinder.jdbc.internal.ModerationLists;
import org.rejoinder.jdbc.internal.OutboxTable;
import org.rejoinder.jdbc.internal.PersonalData;
import org.rejoinder.jdbc.internal.PostTable;
import org.rejoinder.jdbc.internal.ReadRouting;
import org.rejoinder.jdbc.internal.ReportTable;
import org.rejoinder.jdbc.internal.RevisionTable;
import org.rejoinder.jdbc.internal.SqliteSettings;
import org.rejoinder.jdbc.internal.ThreadPages;
import org.rejoinder.jdbc.internal.VoteTable;
import org.rejoinder.model.Actor;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Author;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.InvalidParentException;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.QueuePage;
import org.rejoinder.model.Report;
import org.rejoinder.model.Revision;
import org.rejoinder.model.Vote;
import org.rejoinder.model.VoteChange;
import org.rejoinder.model.VoteDirection;
import org.rejoinder.model.SourceId;
import org.rejoinder.moderation.Ban;
import org.rejoinder.moderation.KeywordList;
import org.rejoinder.moderation.ModerationListStore;
import org.rejoinder.store.CommentQueries;
import org.rejoinder.store.CommentQuery;
import org.rejoinder.store.ArchivedComment;
import org.rejoinder.store.CommentStore;
import org.rejoinder.store.ErasureRecord;
import org.rejoinder.store.ImportSession;
import org.rejoinder.store.MigrationStore;
import org.rejoinder.store.PurgeOutcome;
import org.rejoinder.store.RecentCommentsQuery;
import org.rejoinder.store.StoreChecks;
import org.rejoinder.subscription.Notification;
import org.rejoinder.subscription.Subscription;
import org.rejoinder.subscription.SubscriptionId;
import org.rejoinder.thread.ThreadPageRequest;
import org.rejoinder.thread.ThreadSlice;

/**
 * A {@link CommentStore} in a relational database reached through the application's {@link
 * DataSource}: SQLite (embedded, a file), PostgreSQL, or H2 (in memory, for tests). It has every
 * capability of the store SPI natively: imports in batches ({@link #insertAll}), pages of threads
 * from an index ({@link #threadPage}), the moderation queue in a fixed number of queries ({@link
 * #moderationQueue}).
 *
 * <p>Once a write has returned it is kept through a crash of the application on SQLite (WAL
 * mode, {@code synchronous=FULL}, which {@link Builder#build()} checks) and on PostgreSQL, and
 * through a crash of the server on PostgreSQL. An H2 file database does not keep it when several
 * connections write (see {@link JdbcDialect#H2}).
 *
 * <pre>{@code
 * JdbcCommentStore store = JdbcCommentStore.builder(dataSource).build(); // dialect detected
 * store.migrate();                                                       // create or upgrade
 * Rejoinder rejoinder = Rejoinder.builder().store(store).build();
 * }</pre>
 *
 * <p>The application owns the {@code DataSource} and its pooling; the store borrows one connection
 * per call and gives it back with its auto-commit and isolation settings as they were. Every
 * write is one transaction: a comment with its audit entry, its revision and its counters, or
 * nothing. Updates, edits and purges are optimistic (a {@code version} column) and lock the
 * comment's row while they run, so of two moderators acting on one version exactly one wins.
 * Every SQL statement is fixed text with bind parameters. Database errors become a {@link
 * StorageException}, except the ones the {@link CommentStore} contract names (a taken id, a
 * missing parent); a mistake in how the store is called or configured is an {@link
 * IllegalArgumentException}. A {@code StorageException}'s cause is the driver's exception, its
 * message gives the SQL state, and its {@link StorageException#outcome() outcome} is {@link
 * StorageException.Outcome#UNKNOWN UNKNOWN} when the error came from the commit, when the write
 * may have been kept ({@link StorageException#commentId()} then names a new comment to look
 * up), and {@link StorageException.Outcome#NOT_APPLIED NOT_APPLIED} otherwise. A connection that
 * broke is aborted before it goes back, so that the pool drops it.
 *
 * <p>The schema is created and upgraded by {@link #migrate()} from the scripts shipped under
 * {@link JdbcDialect#migrationFolder()}; an application that runs Flyway may point it at {@link
 * JdbcDialect#migrationLocation()} instead. Tables are named {@code rejoinder_*} and live in the
 * connection's current schema. Comments are stored as trees (parent, top-level ancestor, depth)
 * with per-thread counters, so that {@link #threadPage(ThreadPageRequest)} reads one page of a
 * discussion with indexed queries whose cost grows with the page, not with the post. Revisions,
 * readers' reports (one per reader, by a unique key) and the audit trail (indexed by actor as
 * well as by comment) have tables of their own; purging deletes a comment with all of them, or
 * leaves its tombstone in place while replies remain.
 *
 * <p>Safe for use by many threads.
 *
 * @since 0.1.0
 */
public final class JdbcCommentStore implements CommentStore, MigrationStore, ModerationListStore {
  /** The schema version this code reads and writes; {@link #migrate()} brings a database there. */
  public static final int SCHEMA_VERSION = Migrations.LATEST;

  /** Serialises migrations in this process; PostgreSQL also takes a lock across processes. */
  private static final ReentrantLock MIGRATION = new ReentrantLock();

  /** How many comment ids a PostgreSQL store reserves at a time. */
  private static final int ID_BLOCK = 100;

  private final Database database;
  private final ReadRouting reads;
  private final JdbcDialect dialect;
  private final int batchSize;
  private final int partitionsByPost;
  /** PostgreSQL's ids, reserved ahead; null elsewhere, where each id is taken when asked. */
  private final @Nullable IdBlock ids;

  private JdbcCommentStore(Database database, ReadRouting reads, JdbcDialect dialect, int batchSize,
      int partitionsByPost) {
    this.database = database;
    this.reads = reads;
    this.dialect = dialect;
    this.batchSize = batchSize;
    this.partitionsByPost = partitionsByPost;
    this.ids = dialect == JdbcDialect.POSTGRESQL
        ? new IdBlock(ID_BLOCK, count -> database.single(
            "reserve comment ids", c -> CommentIds.reserve(c, dialect.internal(), count)))
        : null;
  }

  /**
   * Returns a builder for a store on {@code dataSource}, which the application keeps owning: the
   * store never closes it.
   */
  public static Builder builder(DataSource dataSource) {
    return new Builder(requireNonNull(dataSource, "dataSource must not be null"));
  }

  /** Returns the database dialect this store speaks. */
  public JdbcDialect dialect() {
    return dialect;
  }

  // Several application processes

  /**
   * {@inheritDoc}
   *
   * <p>Here the span borrows one connection, on which the store's calls on this thread run until
   * the new comment is stored, the comment's id included, so that a submission never holds one
   * pooled connection while it waits for another. Each database locks in its own way:
   *
   * <ul>
   *   <li>PostgreSQL: one session-level advisory lock per identity, {@code pg_advisory_lock(int,
   *       int)} keyed by a 64-bit hash of the identity (the migrations' one-key lock is a key
   *       space apart), sent in front of the span's first statement, and released by the
   *       comment's write, {@code BEGIN} to {@code COMMIT}, in its own round trip: the span costs
   *       no round trip of its own. The span is no transaction: each call runs as it would outside
   *       it (the reads in auto-commit mode, each write its own transaction), and no transaction
   *       stays open while the policy runs. A span that stores nothing releases its locks with one
   *       statement; if that fails the connection is aborted, which releases them. Advisory locks
   *       are the database's, not the schema's: stores in several schemas of one database only
   *       wait for each other when two identities share a hash. They belong to the server session,
   *       so they do not hold behind a pooler in transaction mode (PgBouncer's {@code pool_mode =
   *       transaction}): connect directly or through a pool in session mode.
   *   <li>H2: a row per identity hash in {@code rejoinder_identity_lock}, written at the start of a
   *       transaction that holds the span's reads, id and write, and so locked until it ends; this
   *       matters for H2 in server mode, where several processes share one database. The id row
   *       stays locked from the id to the commit.
   *   <li>SQLite: a transaction that holds the span's reads, id and write, begun with {@code BEGIN
   *       IMMEDIATE}: the database's write lock, which every process opening the file sees; while
   *       a span runs, other writers wait for it, within the connection's {@code busy_timeout}.
   * </ul>
   *
   * <p>On H2 and SQLite a {@code work} that throws keeps nothing it wrote through the store; on
   * PostgreSQL each write it made before is kept, as outside a span. The locks stay held while
   * {@code work} runs, the moderation policy's rules included: an external spam checker's answer
   * is waited for inside the span (on SQLite with the database's write lock held, so give such a
   * checker a short timeout there).
   *
   * @throws IllegalStateException if called inside {@code work} of this store on this thread
   * @throws StorageException if the locks cannot be taken, or on H2 and SQLite the transaction
   *     cannot end
   * @since 0.2.0
   */
  @Override
  public <T> T serialized(Collection<String> identityKeys, Supplier<T> work) {
    List<String> keys = List.copyOf(requireNonNull(identityKeys, "identityKeys must not be null"));
    requireNonNull(work, "work must not be null");
    // The keys (addresses among them) stay out of the message.
    return database.serialized("serialize the submissions of " + keys.size() + " identities", keys, work);
  }

  // Schema

  /**
   * Creates the schema, or upgrades it to {@link #SCHEMA_VERSION}, by running the migration
   * scripts the database has not had yet, oldest first, and recording each in the table {@code
   * rejoinder_schema_version}. Running it again is a no-op, so an application may call it at every
   * start. On PostgreSQL the migration is one transaction, and concurrent callers, in any
   * process, take turns; H2 commits each DDL statement, and its scripts are written so that an
   * interrupted migration completes when run again.
   *
   * <p>A store built with {@link Builder#partitionByPost(int)} creates the comment tables
   * partitioned by post, before the scripts run, in a database that has no schema yet.
   *
   * @return how many migrations were applied, 0 if the schema was current
   * @throws StorageException if the database has a newer schema than this code knows, or cannot
   *     be migrated
   * @throws IllegalStateException if the store was built with {@link Builder#partitionByPost(int)}
   *     and the database has comment tables that are not partitioned
   */
  public int migrate() {
    MIGRATION.lock();
    try {
      return database.write("migrate the schema",
          c -> Migrations.migrate(c, dialect.internal(), partitionsByPost));
    } finally {
      MIGRATION.unlock();
    }
  }

  /**
   * Returns the schema version recorded in the database: 0 if none was installed, {@link
   * #SCHEMA_VERSION} once {@link #migrate()} ran.
   *
   * @throws StorageException if the database cannot be read
   */
  public int schemaVersion() {
    return database.read("read the schema version", Migrations::currentVersion);
  }

  // Posts

  @Override
  public void insertPost(Post post) {
    requireNonNull(post, "post must not be null");
    database.run("insert post " + post.id(), c -> PostTable.insert(c, post));
    reads.wrote(post.id());
  }

  @Override
  public Optional<Post> findPost(PostId id) {
    requireNonNull(id, "id must not be null");
    Database from = reads.forPost(id);
    Optional<Post> post = from.read("read post " + id, c -> PostTable.find(c, id));
    if (post.isEmpty() && from != database) { // created on another node, not replicated yet
      return database.read("read post " + id, c -> PostTable.find(c, id));
    }
    return post;
  }

  @Override
  public void updatePost(Post post) {
    requireNonNull(post, "post must not be null");
    database.run("update post " + post.id(), c -> PostTable.update(c, post));
    reads.wrote(post.id());
  }

  // Comments

  /**
   * {@inheritDoc}
   *
   * <p>On PostgreSQL ids are reserved 100 at a time, each block by one statement
   * committed on its own, and handed out from memory, so a new comment's id costs no round trip;
   * ids of a block this store does not hand out before it is dropped are never used. On H2 one
   * statement advances the id row and returns it, in the caller's transaction when a submission
   * is {@link #serialized} (else committed on its own); on SQLite a short write transaction.
   */
  @Override
  public CommentId nextCommentId() {
    if (ids != null) {
      return CommentId.of(ids.next());
    }
    Database.Work<CommentId> allocate = c -> CommentId.of(CommentIds.reserve(c, dialect.internal(), 1));
    return dialect == JdbcDialect.SQLITE
        ? database.write("allocate a comment id", allocate)
        : database.single("allocate a comment id", allocate);
  }

  /** Makes ids handed out from now on larger than {@code id}, which was stored or reserved. */
  private void passed(long id) {
    if (ids != null) {
      ids.passed(id);
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>Here one transaction with the comment's thread row, number and counters; on PostgreSQL
   * one statement text from {@code BEGIN} to {@code COMMIT}, sent in one round trip.
   */
  @Override
  public void insertComment(Comment comment, AuditEntry created) {
    requireNonNull(comment, "comment must not be null");
    requireNonNull(created, "created must not be null");
    StoreChecks.checkEntry(comment, created);
    CommentWrites.insert(database, dialect.internal(), comment, created, List.of(), List.of());
    passed(comment.id().value());
    reads.wrote(comment.postId());
  }

  /**
   * {@inheritDoc}
   *
   * <p>Here all comments are stored in one transaction, or none is, with the posts' and threads'
   * counters updated; rows go to the database in JDBC batches of {@link Builder#batchSize(int)}.
   * With PostgreSQL, add {@code reWriteBatchedInserts=true} to the JDBC URL for the fastest
   * imports.
   *
   * @throws AlreadyExistsException if an id is given twice or is already stored
   * @throws NotFoundException if a post, or a parent neither given nor stored, does not exist
   * @throws InvalidParentException if a parent belongs to another post
   * @throws IllegalArgumentException if given comments reply to each other in a cycle
   * @throws org.rejoinder.error.InvalidInputException if the reason is longer than an audit
   *     entry's
   * @throws StorageException if the database fails; nothing is stored
   */
  @Override
  public void insertAll(Collection<Comment> comments, Actor actor, String reason) {
    List<Comment> all = List.copyOf(requireNonNull(comments, "comments must not be null"));
    requireNonNull(actor, "actor must not be null");
    requireNonNull(reason, "reason must not be null");
    if (all.isEmpty()) {
      return;
    }
    database.run(
        "insert " + all.size() + " comments",
        c -> BulkInsert.insert(c, dialect.internal(), all, actor, reason, batchSize));
    passed(all.stream().mapToLong(comment -> comment.id().value()).max().orElseThrow());
    reads.wrote(all.stream().map(Comment::postId).distinct().toList());
  }

  @Override
  public Optional<Comment> findComment(CommentId id) {
    requireNonNull(id, "id must not be null");
    return database.read("read comment " + id, c -> CommentTable.find(c, id));
  }

  @Override
  public void updateComment(Comment next, @Nullable AuditEntry entry) {
    requireNonNull(next, "next must not be null");
    if (entry != null) {
      StoreChecks.checkEntry(next, entry);
    }
    database.run("update comment " + next.id(),
        c -> CommentWrites.update(c, dialect.internal(), next, entry));
    reads.wrote(next.postId());
  }

  @Override
  public void editComment(Comment next, Revision revision, @Nullable AuditEntry entry) {
    requireNonNull(next, "next must not be null");
    requireNonNull(revision, "revision must not be null");
    database.run("edit comment " + next.id(),
        c -> CommentWrites.edit(c, dialect.internal(), next, revision, entry));
    reads.wrote(next.postId());
  }

  @Override
  public List<Revision> revisions(CommentId id) {
    requireNonNull(id, "id must not be null");
    return database.read("read the revisions of comment " + id, c -> RevisionTable.of(c, id));
  }

  /**
   * {@inheritDoc}
   *
   * <p>A unique key on comment and reader makes the check and the write one step, also between
   * processes sharing the database.
   */
  @Override
  public boolean addReport(Report report) {
    requireNonNull(report, "report must not be null");
    return database.write(
        "report comment " + report.commentId(), c -> ReportTable.add(c, dialect.internal(), report));
  }

  @Override
  public List<Report> reports(CommentId id) {
    requireNonNull(id, "id must not be null");
    return database.read("read the reports of comment " + id, c -> ReportTable.of(c, id));
  }

  @Override
  public PurgeOutcome purgeComment(CommentId id, long expectedVersion, AuditEntry entry) {
    requireNonNull(id, "id must not be null");
    requireNonNull(entry, "entry must not be null");
    return database.write(
        "purge comment " + id, c -> CommentWrites.purge(c, id, expectedVersion, entry));
  }

  @Override
  public List<Comment> commentsOf(PostId postId) {
    requireNonNull(postId, "postId must not be null");
    return reads.forPost(postId)
        .read("read the comments of post " + postId, c -> CommentTable.ofPost(c, postId));
  }

  @Override
  public List<Comment> find(CommentQuery query) {
    requireNonNull(query, "query must not be null");
    return database.read("find comments", c -> CommentFinder.find(c, query));
  }

  @Override
  public long count(CommentQuery query) {
    requireNonNull(query, "query must not be null");
    return database.read("count comments", c -> CommentFinder.count(c, query));
  }

  /** {@inheritDoc} Here with one statement, whatever the number of queries. */
  @Override
  public CommentQueries.Answers answer(CommentQueries queries) {
    requireNonNull(queries, "queries must not be null");
    if (queries.isEmpty()) {
      return new CommentQueries.Answers(List.of(), List.of());
    }
    return database.read("answer comment queries", c -> CommentFinder.answer(c, queries));
  }

  /**
   * Reads the posts' response counters: on PostgreSQL one query, elsewhere one for up to 500
   * posts.
   */
  @Override
  public Map<PostId, Integer> responseCounts(Collection<PostId> posts) {
    requireNonNull(posts, "posts must not be null");
    if (posts.isEmpty()) {
      return Map.of();
    }
    return reads.forPosts(posts).read("read response counts",
        c -> Activity.responseCounts(c, dialect.internal(), posts));
  }

  /** Reads recent comments with one query through the index of approved comments by time. */
  @Override
  public List<Comment> recentComments(RecentCommentsQuery query, Instant at) {
    requireNonNull(query, "query must not be null");
    requireNonNull(at, "at must not be null");
    return reads.forSite()
        .read("read recent comments", c -> Activity.recent(c, dialect.internal(), query, at));
  }

  @Override
  public List<AuditEntry> auditTrail(CommentId id) {
    requireNonNull(id, "id must not be null");
    return database.read("read the audit trail of comment " + id, c -> AuditTable.trail(c, id));
  }

  /** {@inheritDoc} One indexed query on the actor's key. */
  @Override
  public List<AuditEntry> auditTrailByActor(String actorKey, int offset, int limit) {
    requireNonNull(actorKey, "actorKey must not be null");
    StoreChecks.checkPage(offset, limit);
    // The key stays out of the message: it may hold an email address.
    return database.read(
        "read the audit trail of an actor", c -> AuditTable.byActor(c, actorKey, offset, limit));
  }

  /**
   * {@inheritDoc}
   *
   * <p>Here with four queries in one repeatable-read transaction, however long the page: the
   * page of pending comments, the latest audit entry of each, their reports, and the total.
   */
  @Override
  public QueuePage moderationQueue(int offset, int limit) {
    StoreChecks.checkPage(offset, limit);
    return database.snapshot(
        "read the moderation queue", c -> ModerationQueue.read(c, offset, limit));
  }

  /**
   * {@inheritDoc}
   *
   * <p>Here, for the time orders, with three indexed queries in one repeatable-read transaction:
   * the post's counters, the approved comments before the page, and the page's comments joined
   * through their top-level comment. Pages of a {@linkplain
   * org.rejoinder.thread.CommentOrder#ranked ranked} order are cut from the post's comments, read
   * in the same transaction.
   */
  @Override
  public ThreadSlice threadPage(ThreadPageRequest request) {
    requireNonNull(request, "request must not be null");
    return reads.forPost(request.postId()).snapshot(
        "read page " + request.page() + " of post " + request.postId(),
        c -> ThreadPages.read(c, request));
  }

  // Votes, pins, mentions

  /**
   * {@inheritDoc}
   *
   * <p>Here one transaction locks the comment's row, reads the reader's earlier vote, writes the
   * vote (unique per reader and comment by the primary key of {@code rejoinder_vote}), the
   * comment's counts and, for a top-level comment, the scores its thread is paged by.
   */
  @Override
  public VoteChange vote(Vote vote) {
    requireNonNull(vote, "vote must not be null");
    return database.write("vote on comment " + vote.commentId(), c -> VoteTable.vote(c, vote));
  }

  @Override
  public VoteChange unvote(CommentId commentId, String voterKey) {
    requireNonNull(commentId, "commentId must not be null");
    requireNonNull(voterKey, "voterKey must not be null");
    return database.write(
        "take back a vote on comment " + commentId, c -> VoteTable.unvote(c, commentId, voterKey));
  }

  /**
   * {@inheritDoc}
   *
   * <p>Here in one transaction, in JDBC batches of {@link Builder#batchSize(int)}, each voted
   * comment counted again from its votes.
   */
  @Override
  public void insertVotes(Collection<Vote> votes) {
    List<Vote> all = List.copyOf(requireNonNull(votes, "votes must not be null"));
    if (all.isEmpty()) {
      return;
    }
    database.run("insert " + all.size() + " votes", c -> VoteTable.insertAll(c, all, batchSize));
  }

  @Override
  public List<Vote> votes(CommentId commentId) {
    requireNonNull(commentId, "commentId must not be null");
    return database.read("read the votes on comment " + commentId, c -> VoteTable.of(c, commentId));
  }

  @Override
  public Map<CommentId, VoteDirection> votesBy(String voterKey, PostId postId) {
    requireNonNull(voterKey, "voterKey must not be null");
    requireNonNull(postId, "postId must not be null");
    // The key stays out of the message: it may hold an email address.
    return database.read(
        "read a reader's votes on post " + postId, c -> VoteTable.by(c, voterKey, postId));
  }

  /**
   * {@inheritDoc}
   *
   * <p>Here the post's row is locked while its pins are counted, so pins of one post take turns,
   * also between processes.
   */
  @Override
  public boolean pinComment(Comment next, AuditEntry entry, int maxPinned) {
    requireNonNull(next, "next must not be null");
    requireNonNull(entry, "entry must not be null");
    if (maxPinned < 1) {
      throw new IllegalArgumentException("maxPinned must be at least 1 but was " + maxPinned);
    }
    boolean pinned = database.write(
        "pin comment " + next.id(),
        c -> CommentWrites.pin(c, dialect.internal(), next, entry, maxPinned));
    reads.wrote(next.postId());
    return pinned;
  }

  @Override
  public List<Comment> pinnedOf(PostId postId) {
    requireNonNull(postId, "postId must not be null");
    return reads.forPost(postId).read(
        "read the pinned comments of post " + postId, c -> CommentTable.pinnedOf(c, postId));
  }

  /** {@inheritDoc} One indexed query on the post and the first word of its authors' names. */
  @Override
  public List<Comment> latestByFirstName(PostId postId, String firstNameKey, Instant notAfter) {
    requireNonNull(postId, "postId must not be null");
    requireNonNull(firstNameKey, "firstNameKey must not be null");
    requireNonNull(notAfter, "notAfter must not be null");
    return database.read("find the authors a comment names on post " + postId,
        c -> CommentTable.latestByFirstName(c, postId, firstNameKey, notAfter));
  }

  // Subscriptions and the outbox

  /**
   * {@inheritDoc} One transaction: the comment, its counters, subscriptions and outbox rows; on
   * PostgreSQL one round trip.
   */
  @Override
  public void insertComment(
      Comment comment,
      AuditEntry created,
      Collection<Subscription> subscriptions,
      Collection<Notification> notifications) {
    requireNonNull(comment, "comment must not be null");
    requireNonNull(created, "created must not be null");
    List<Subscription> subs = List.copyOf(subscriptions);
    List<Notification> messages = List.copyOf(notifications);
    StoreChecks.checkEntry(comment, created);
    for (Subscription sub : subs) {
      if (!sub.postId().equals(comment.postId())) {
        throw new IllegalArgumentException(
            "subscription " + sub.id() + " must be to post " + comment.postId());
      }
    }
    CommentWrites.insert(database, dialect.internal(), comment, created, subs, messages);
    passed(comment.id().value());
    reads.wrote(comment.postId());
  }

  /** {@inheritDoc} One transaction: the comment, its audit entry and outbox rows. */
  @Override
  public void updateComment(
      Comment next, @Nullable AuditEntry entry, Collection<Notification> notifications) {
    requireNonNull(next, "next must not be null");
    List<Notification> messages = List.copyOf(notifications);
    if (entry != null) {
      StoreChecks.checkEntry(next, entry);
    }
    database.run(
        "update comment " + next.id(),
        c -> {
          CommentWrites.update(c, dialect.internal(), next, entry);
          OutboxTable.insert(c, dialect.internal(), messages);
        });
    reads.wrote(next.postId());
  }

  @Override
  public void insertSubscription(Subscription subscription, Collection<Notification> notifications) {
    requireNonNull(subscription, "subscription must not be null");
    List<Notification> messages = List.copyOf(notifications);
    database.run(
        "insert subscription " + subscription.id(),
        c -> {
          if (PostTable.find(c, subscription.postId()).isEmpty()) {
            throw new NotFoundException("post", subscription.postId());
          }
          CommentId comment = subscription.commentId();
          if (comment != null && CommentTable.find(c, comment).isEmpty()) {
            throw new NotFoundException("comment", comment);
          }
          SubscriptionTable.insert(c, subscription);
          OutboxTable.insert(c, dialect.internal(), messages);
        });
  }

  @Override
  public Optional<Subscription> findSubscription(SubscriptionId id) {
    requireNonNull(id, "id must not be null");
    return database.read("read subscription " + id, c -> SubscriptionTable.find(c, id));
  }

  /** {@inheritDoc} One indexed query. */
  @Override
  public List<Subscription> activeSubscriptions(PostId post, @Nullable CommentId parent) {
    requireNonNull(post, "post must not be null");
    return database.read("read the subscriptions of post " + post, c -> SubscriptionTable.active(c, post, parent));
  }

  @Override
  public Optional<Subscription> activateSubscription(SubscriptionId id) {
    requireNonNull(id, "id must not be null");
    return database.write("activate subscription " + id, c -> SubscriptionTable.activate(c, id));
  }

  @Override
  public Optional<Subscription> changeDelivery(SubscriptionId id, Subscription.Delivery delivery) {
    requireNonNull(id, "id must not be null");
    requireNonNull(delivery, "delivery must not be null");
    return database.write("change the delivery of subscription " + id,
        c -> SubscriptionTable.changeDelivery(c, id, delivery));
  }

  @Override
  public boolean deleteSubscription(SubscriptionId id) {
    requireNonNull(id, "id must not be null");
    return database.write("delete subscription " + id, c -> SubscriptionTable.delete(c, id));
  }

  /** {@inheritDoc} One query through the index of due notifications. */
  @Override
  public List<Notification> dueNotifications(Instant now, int limit) {
    requireNonNull(now, "now must not be null");
    StoreChecks.checkPage(0, limit);
    return database.read("read due notifications", c -> OutboxTable.due(c, now, limit));
  }

  /** {@inheritDoc} One query through the index of notifications by subscription. */
  @Override
  public List<Notification> digestNotifications(SubscriptionId subscription, Instant dueAt, int limit) {
    requireNonNull(subscription, "subscription must not be null");
    requireNonNull(dueAt, "dueAt must not be null");
    StoreChecks.checkPage(0, limit);
    return database.read("read the notifications of a digest",
        c -> OutboxTable.digest(c, subscription, dueAt, limit));
  }

  @Override
  public boolean markSent(String key, Instant at) {
    requireNonNull(key, "key must not be null");
    requireNonNull(at, "at must not be null");
    return database.write("mark a notification sent", c -> OutboxTable.markSent(c, key, at));
  }

  /** {@inheritDoc} One transaction. */
  @Override
  public int markSent(Collection<String> keys, Instant at) {
    List<String> all = List.copyOf(requireNonNull(keys, "keys must not be null"));
    requireNonNull(at, "at must not be null");
    return database.write("mark notifications sent", c -> {
      int marked = 0;
      for (String key : all) {
        if (OutboxTable.markSent(c, key, at)) {
          marked++;
        }
      }
      return marked;
    });
  }

  @Override
  public boolean markFailed(String key, int attempts, @Nullable Instant retryAt, String error) {
    requireNonNull(key, "key must not be null");
    requireNonNull(error, "error must not be null");
    return database.write(
        "mark a notification failed", c -> OutboxTable.markFailed(c, key, attempts, retryAt, error));
  }

  @Override
  public Optional<OutboxEntry> outboxEntry(String key) {
    requireNonNull(key, "key must not be null");
    return database.read("read a notification", c -> OutboxTable.find(c, key));
  }

  // Personal data

  /** {@inheritDoc} One indexed query. */
  @Override
  public List<Report> reportsBy(String reporterKey) {
    requireNonNull(reporterKey, "reporterKey must not be null");
    return database.read("read the reports of a reader", c -> PersonalData.reportsBy(c, reporterKey));
  }

  /** {@inheritDoc} One indexed query. */
  @Override
  public List<Subscription> subscriptionsOf(String email) {
    requireNonNull(email, "email must not be null");
    String address = email.trim().toLowerCase(Locale.ROOT);
    return database.read("read the subscriptions of an address", c -> SubscriptionTable.ofEmail(c, address));
  }

  /** {@inheritDoc} One indexed query. */
  @Override
  public List<Vote> votesByVoter(String voterKey) {
    requireNonNull(voterKey, "voterKey must not be null");
    return database.read("read the votes of a reader", c -> PersonalData.votesBy(c, voterKey));
  }

  /**
   * {@inheritDoc}
   *
   * <p>Here in one transaction: the batch's comments updated in a JDBC batch, the mentioning
   * comments of their posts read and rewritten, then reports, votes, audit entries and revisions
   * through indexes on their keys, subscriptions by address, and the erasure's row in {@code
   * rejoinder_erasure} inserted or added to.
   */
  @Override
  public Erased erasePersonalData(String email, Author replacement, int limit, ErasureRecord erasure) {
    requireNonNull(email, "email must not be null");
    requireNonNull(replacement, "replacement must not be null");
    requireNonNull(erasure, "erasure must not be null");
    if (replacement.email() != null || replacement.website() != null) {
      throw new IllegalArgumentException("replacement must have no email address or website");
    }
    StoreChecks.checkPage(0, limit);
    String address = email.trim().toLowerCase(Locale.ROOT);
    // The address stays out of the message.
    return database.write("erase personal data",
        c -> PersonalData.erase(c, address, replacement, limit, erasure));
  }

  /** {@inheritDoc} One indexed query. */
  @Override
  public List<ErasureRecord> erasures(int offset, int limit) {
    StoreChecks.checkPage(offset, limit);
    return database.read("read the records of erasures", c -> PersonalData.records(c, offset, limit));
  }

  // Bans and keyword lists

  /** {@inheritDoc} One query. */
  @Override
  public List<Ban> bans() {
    return database.read("read the bans", ModerationLists::bans);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Here in one transaction, which first locks the row of the bans in {@code
   * rejoinder_moderation_list}, so that writers of bans on every node take turns.
   */
  @Override
  public void putBan(Ban ban) {
    requireNonNull(ban, "ban must not be null");
    database.run("store a ban", c -> ModerationLists.put(c, ban));
  }

  /** {@inheritDoc} In one transaction, like {@link #putBan}. */
  @Override
  public boolean liftBan(Ban ban) {
    requireNonNull(ban, "ban must not be null");
    return database.write("lift a ban", c -> ModerationLists.lift(c, ban));
  }

  /** {@inheritDoc} One query. */
  @Override
  public List<String> keywords(KeywordList.Kind kind) {
    requireNonNull(kind, "kind must not be null");
    return database.read("read a keyword list", c -> ModerationLists.keywords(c, kind));
  }

  /**
   * {@inheritDoc}
   *
   * <p>Here in one transaction that locks the list's row in {@code rejoinder_moderation_list},
   * deletes the list's rows and inserts the new ones in a JDBC batch.
   */
  @Override
  public void replaceKeywords(KeywordList.Kind kind, List<String> keywords) {
    requireNonNull(kind, "kind must not be null");
    List<String> checked = KeywordList.checked(keywords);
    database.run("replace a keyword list", c -> ModerationLists.replace(c, kind, checked));
  }

  // Migration

  /**
   * {@inheritDoc}
   *
   * <p>Here the session is one database transaction on a connection it holds until it ends, so
   * a large import keeps one connection of the pool busy and, until it commits, the rows of the
   * posts it adds comments to locked. Its comment ids come from blocks of 1,000 reserved in
   * short transactions of their own, so other writers never wait for them; ids of a session
   * that does not commit are never used.
   */
  @Override
  public ImportSession beginImport(Actor actor, String reason) {
    requireNonNull(actor, "actor must not be null");
    requireNonNull(reason, "reason must not be null");
    // The entries the session will write check the reason; one made now refuses it at once.
    new AuditEntry(CommentId.of(1), Instant.EPOCH, actor, null, ModerationState.APPROVED, reason);
    return ImportTransaction.begin(database, actor, reason, batchSize, this::passed);
  }

  /** {@inheritDoc} One indexed query per {@link Builder#batchSize(int)} source ids. */
  @Override
  public Map<SourceId, CommentId> commentIdsBySource(Collection<SourceId> sources) {
    List<SourceId> all = List.copyOf(requireNonNull(sources, "sources must not be null"));
    return database.read("find comments by source", c -> Sources.find(c, all, batchSize));
  }

  @Override
  public List<Post> posts(@Nullable PostId after, int limit) {
    StoreChecks.checkPage(0, limit);
    return database.read("read posts", c -> PostTable.page(c, after, limit));
  }

  /** {@inheritDoc} Five queries in one repeatable-read transaction, whatever the page's size. */
  @Override
  public List<ArchivedComment> archive(PostId post, @Nullable ArchivedComment after, int limit) {
    requireNonNull(post, "post must not be null");
    StoreChecks.checkPage(0, limit);
    return database.snapshot("archive the comments of post " + post, c -> Archives.page(c, post, after, limit));
  }

  /** {@inheritDoc} One transaction, rows in JDBC batches of {@link Builder#batchSize(int)}. */
  @Override
  public void restore(List<ArchivedComment> comments) {
    List<ArchivedComment> all = List.copyOf(requireNonNull(comments, "comments must not be null"));
    if (!all.isEmpty()) {
      database.run("restore " + all.size() + " comments",
          c -> Archives.restore(c, dialect.internal(), all, batchSize));
      passed(all.stream().mapToLong(archived -> archived.comment().id().value()).max().orElseThrow());
    }
  }

  @Override
  public long lastCommentId() {
    return database.read("read the last comment id", CommentIds::last);
  }

  @Override
  public void reserveCommentIdsThrough(long id) {
    if (id < 0) {
      throw new IllegalArgumentException("id must not be negative but was " + id);
    }
    database.run("reserve comment ids", c -> CommentIds.raise(c, id));
    passed(id);
  }

  @Override
  public String toString() {
    return "JdbcCommentStore[" + dialect + "]";
  }

  /**
   * Builds a {@link JdbcCommentStore}. Every setting has a default; a setting given twice
   * replaces the earlier value. Mistakes in the settings are {@link IllegalArgumentException}s.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    /** The default {@link #batchSize(int)}: {@value}. */
    public static final int DEFAULT_BATCH_SIZE = 500;
    /**
     * The largest {@link #batchSize(int)}: {@value}.
     *
     * @since 0.2.0
     */
    public static final int MAX_BATCH_SIZE = 10_000;

    /**
     * The default {@link #readYourWrites(Duration)}: 10 seconds.
     *
     * @since 0.2.0
     */
    public static final Duration DEFAULT_READ_YOUR_WRITES = Duration.ofSeconds(10);

    /**
     * The largest {@link #partitionByPost(int)}: {@value}.
     *
     * @since 0.2.0
     */
    public static final int MAX_PARTITIONS_BY_POST = 1024;

    private final DataSource dataSource;
    private @Nullable DataSource replica;
    private Duration readYourWrites = DEFAULT_READ_YOUR_WRITES;
    private @Nullable JdbcDialect dialect;
    private int batchSize = DEFAULT_BATCH_SIZE;
    private int partitionsByPost;

    private Builder(DataSource dataSource) {
      this.dataSource = dataSource;
    }

    /**
     * Sets the database dialect. Default: detected by {@link #build()} from the product name the
     * driver reports, which needs a connection (as SQLite's settings check does anyway).
     */
    public Builder dialect(JdbcDialect dialect) {
      this.dialect = requireNonNull(dialect, "dialect must not be null");
      return this;
    }

    /**
     * Sets how many rows {@link JdbcCommentStore#insertAll} sends to the database at once, 1 to
     * 10,000. Default: {@value #DEFAULT_BATCH_SIZE}.
     *
     * @throws IllegalArgumentException if out of range
     */
    public Builder batchSize(int batchSize) {
      if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
        throw new IllegalArgumentException(
            "batchSize must be between 1 and " + MAX_BATCH_SIZE + " but was " + batchSize);
      }
      this.batchSize = batchSize;
      return this;
    }

    /**
     * Has {@link JdbcCommentStore#migrate()} create the comment tables of a new PostgreSQL
     * database hash-partitioned by post ({@code PARTITION BY HASH (post_id)}), with {@code
     * partitions} partitions each, 2 to {@value #MAX_PARTITIONS_BY_POST}: {@code
     * rejoinder_comment} and {@code rejoinder_thread}. Every comment of a post is then in one
     * partition. The store reads and writes a partitioned database as any other; what it
     * changes, and which queries read every partition, is told in the module's README.
     *
     * <p>Partitions are made when the tables are created: {@code migrate()} of a database with
     * unpartitioned comment tables throws {@link IllegalStateException}, and a database created
     * partitioned keeps the number it was created with. A store built without this setting
     * works on a partitioned database too. Default: the tables are not partitioned.
     *
     * @throws IllegalArgumentException if {@code partitions} is out of range
     * @since 0.2.0
     */
    public Builder partitionByPost(int partitions) {
      if (partitions < 2 || partitions > MAX_PARTITIONS_BY_POST) {
        throw new IllegalArgumentException("partitions must be between 2 and "
            + MAX_PARTITIONS_BY_POST + " but was " + partitions);
      }
      this.partitionsByPost = partitions;
      return this;
    }

    /**
     * Sends the reads that show a thread to {@code replica}, a read-only copy of the database
     * (a streaming replica of PostgreSQL, say), to take them off the primary: a post, its
     * comments, its pinned comments, pages of its thread, response counts and the site's recent
     * comments. Everything else reads from the primary given to {@link
     * JdbcCommentStore#builder(DataSource)}: writes, the history moderation rules judge a new
     * comment by (so flood and duplicate checks never miss a comment the replica has not
     * received yet), a comment by id, the moderation queue, subscriptions and exports.
     *
     * <p>A post this store wrote to within {@link #readYourWrites(Duration)} is read from the
     * primary, so whoever just commented, edited, moderated or pinned through this store sees
     * the result on the next page. Vote counts, imports, restores, purges and erasures reach
     * thread pages once the replica has them. The replica must have the primary's
     * schema: {@link JdbcCommentStore#migrate()} migrates the primary only, and replication
     * carries the schema over. Default: no replica; every read from the primary.
     *
     * @since 0.2.0
     */
    public Builder readReplica(DataSource replica) {
      this.replica = requireNonNull(replica, "replica must not be null");
      return this;
    }

    /**
     * Sets how long after this store writes to a post it reads that post from the primary
     * rather than the {@link #readReplica(DataSource) replica}: longer than the replica's lag.
     * Zero sends every thread read to the replica. Default: {@link #DEFAULT_READ_YOUR_WRITES}.
     *
     * @throws IllegalArgumentException if negative
     * @since 0.2.0
     */
    public Builder readYourWrites(Duration window) {
      requireNonNull(window, "window must not be null");
      if (window.isNegative()) {
        throw new IllegalArgumentException("window must not be negative but was " + window);
      }
      this.readYourWrites = window;
      return this;
    }

    /**
     * Returns a new store. It does not create or check the schema: call {@link
     * JdbcCommentStore#migrate()}. It checks the settings of a SQLite database, given or
     * detected, and logs a warning for a detected H2 file database (see {@link JdbcDialect#H2});
     * otherwise a given dialect needs no connection.
     *
     * @throws StorageException if the dialect must be detected, or the SQLite settings checked,
     *     and no connection can be had
     * @throws IllegalArgumentException if the detected database is not one of {@link
     *     JdbcDialect}'s, or if a SQLite file database is not set up to keep what it acknowledged
     *     (see {@link JdbcDialect#SQLITE})
     * @throws IllegalStateException if {@link #partitionByPost(int)} is set and the database,
     *     given or detected, is not PostgreSQL
     */
    public JdbcCommentStore build() {
      Database database = new Database(dataSource);
      JdbcDialect chosen = dialect != null ? dialect : database.read("detect the database", Builder::detect);
      if (partitionsByPost > 0 && chosen != JdbcDialect.POSTGRESQL) {
        throw new IllegalStateException("partitionByPost(" + partitionsByPost
            + ") is for PostgreSQL only, but the database is " + chosen);
      }
      if (chosen == JdbcDialect.SQLITE) {
        database.read("check the SQLite settings", SqliteSettings::check);
      } else if (chosen == JdbcDialect.H2 && dialect == null) {
        database.read("check the H2 database", H2Files::warnIfFile);
      }
      Database primary = database.forDialect(chosen.internal());
      ReadRouting reads = replica == null
          ? ReadRouting.primaryOnly(primary)
          : ReadRouting.withReplica(
              primary, new Database(replica).forDialect(chosen.internal()), readYourWrites);
      return new JdbcCommentStore(primary, reads, chosen, batchSize, partitionsByPost);
    }

    private static JdbcDialect detect(Connection connection) throws SQLException {
      String product = connection.getMetaData().getDatabaseProductName();
      return JdbcDialect.forProductName(product)
          .orElseThrow(() -> new IllegalArgumentException(
              "Unsupported database " + product + ": the JDBC store supports SQLite, H2 and PostgreSQL"));
    }
  }
}
