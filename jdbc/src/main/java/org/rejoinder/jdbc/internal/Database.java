package org.rejoinder.jdbc.internal;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.rejoinder.error.StorageException;
import org.rejoinder.error.StorageException.Outcome;
import org.rejoinder.model.CommentId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs units of work on connections from the application's {@link DataSource}: one transaction
 * per unit, committed when it returns and rolled back when it throws, with the connection's
 * settings restored before it goes back to the pool.
 *
 * <p>Failures keep their cause: a database error becomes a {@link StorageException} whose cause
 * is that error, whose message gives its SQL state, and whose {@link StorageException#outcome()}
 * says {@link Outcome#UNKNOWN} when the error came from the commit itself (the database may have
 * kept the write) and {@link Outcome#NOT_APPLIED} otherwise. Errors while rolling back or
 * restoring the connection's settings never replace the first failure: they are added to it as
 * suppressed exceptions. A connection that failed that way, or whose error says it is broken, is
 * aborted before it is given back, so that the pool drops it instead of lending it again.
 *
 * <p>The isolation level the pool's connections come with is asked of the first connection and
 * remembered, so that a transaction at that level asks nothing more; the store expects the pool
 * to hand out every connection at one level, and sets a connection back to that level after a
 * transaction at another.
 *
 * <p>On PostgreSQL, the write of a new comment is sent as one statement text holding its
 * transaction ({@link #script}): one round trip, begun and committed by the server.
 *
 * <p>SQLite takes its write lock when a transaction starts ({@code BEGIN IMMEDIATE}), so that
 * concurrent writers wait for each other instead of failing when the first of them commits, and
 * its SQL is adapted by {@link SqliteConnection}.
 *
 * <p>A serialized span ({@link #serialized}) binds a connection holding identity locks to its
 * thread: until the span's new comment is stored, the work of this runner on that thread ({@link
 * #read}, {@link #snapshot}, {@link #single}, {@link #write}, {@link #run}, {@link #script}) runs
 * on it instead of borrowing a connection of its own, so a submission holds one connection, never
 * one while it waits for another. On H2 and SQLite the span is one transaction, which the write
 * of the comment commits; on PostgreSQL each piece of work runs as it would outside the span (see
 * {@link IdentitySpan}). {@link #open} never joins: an import holds a transaction of its own.
 */
public final class Database {
  /** A unit of work on one connection. */
  @FunctionalInterface
  public interface Work<T> {
    /** Runs the work. */
    T run(Connection connection) throws SQLException;
  }

  /**
   * Explains a failed write when it can: throws the exception a caller expects (a taken id, a
   * missing row), read on a connection of its own once the write was rolled back.
   */
  @FunctionalInterface
  interface Explanation {
    /** Throws what {@code failure} means, or returns if it is none of the expected ones. */
    void explain(Connection connection, SQLException failure) throws SQLException;
  }

  /** A unit of write work with no result. */
  @FunctionalInterface
  public interface Action {
    /** Runs the work. */
    void run(Connection connection) throws SQLException;
  }

  private static final Logger LOG = LoggerFactory.getLogger(Database.class);

  private final DataSource dataSource;
  private final @Nullable Dialect dialect;
  /** The isolation level of the pool's connections, -1 until the first transaction asks. */
  private final AtomicInteger pooledIsolation;
  /** The serialized span each thread is in, if any. */
  private final ThreadLocal<IdentitySpan> spans;

  /** Creates a runner over {@code dataSource} whose dialect is not known yet. */
  public Database(DataSource dataSource) {
    this(dataSource, null, new AtomicInteger(-1), new ThreadLocal<>());
  }

  private Database(DataSource dataSource, @Nullable Dialect dialect, AtomicInteger pooledIsolation,
      ThreadLocal<IdentitySpan> spans) {
    this.dataSource = requireNonNull(dataSource, "dataSource must not be null");
    this.dialect = dialect;
    this.pooledIsolation = pooledIsolation;
    this.spans = spans;
  }

  /**
   * Returns the dialect this runner speaks.
   *
   * @throws IllegalStateException if it is not known yet
   */
  public Dialect dialect() {
    if (dialect == null) {
      throw new IllegalStateException("the dialect is not known yet");
    }
    return dialect;
  }

  /** Returns a runner over the same data source that speaks {@code dialect}. */
  public Database forDialect(Dialect dialect) {
    return new Database(
        dataSource, requireNonNull(dialect, "dialect must not be null"), pooledIsolation, spans);
  }

  /**
   * Runs {@code work} in a serialized span: on a connection of its own, holding the locks of
   * {@code keys} (see {@link IdentitySpan} for each database's), on which this runner's calls on
   * this thread run until a comment's write ends the span. When {@code work} returns, an H2 or
   * SQLite transaction still open is committed; when it throws, rolled back; PostgreSQL's locks
   * still held are released either way.
   *
   * @throws IllegalStateException if this thread is in a span of this runner already
   */
  public <T> T serialized(String what, Collection<String> keys, Supplier<T> work) {
    if (dialect == null) {
      throw new IllegalStateException("the dialect must be known to serialize");
    }
    if (spans.get() != null) {
      throw new IllegalStateException("serialized spans of one store do not nest");
    }
    Connection connection = borrow(what);
    IdentitySpan span;
    try {
      span = IdentitySpan.begin(connection, dialect, keys, pooledIsolation);
    } catch (SQLException e) {
      giveBack(what, connection, e);
      throw SqlErrors.storageFailure(what, e, Outcome.NOT_APPLIED, null);
    } catch (RuntimeException | Error e) {
      giveBack(what, connection, e);
      throw e;
    }
    spans.set(span);
    Throwable failure = null;
    try {
      T result = work.get();
      span.finish();
      return result;
    } catch (SQLException e) {
      failure = e;
      span.abandon(e);
      throw SqlErrors.storageFailure(what, e, Outcome.UNKNOWN, null);
    } catch (RuntimeException | Error e) {
      failure = e;
      span.abandon(e);
      throw e;
    } finally {
      spans.remove();
      try {
        span.restore(failure);
      } catch (SQLException e) {
        failure = restoreFailed(what, failure, e);
      }
      giveBack(what, connection, failure);
    }
  }

  /** Returns this thread's span if its transaction is open for a call to join, else null. */
  private @Nullable IdentitySpan joinable() {
    IdentitySpan span = spans.get();
    return span != null && span.open() ? span : null;
  }

  /**
   * Runs {@code work} on the connection of {@code span}: in its transaction on H2 and SQLite,
   * which the span ends, and in auto-commit mode on PostgreSQL.
   */
  private static <T> T joined(String what, IdentitySpan span, @Nullable CommentId subject, Work<T> work) {
    try {
      return work.run(span.connection());
    } catch (SQLException e) {
      throw SqlErrors.storageFailure(what, e, Outcome.NOT_APPLIED, subject);
    }
  }

  /**
   * Runs a write in one read-committed transaction (on SQLite, one that holds the database's
   * write lock). Rows it updates are locked until it ends.
   *
   * @param what what the work does, for the message of a {@link StorageException}
   */
  public <T> T write(String what, Work<T> work) {
    return transaction(what, Mode.WRITE, null, work);
  }

  /** Runs a write with no result in one read-committed transaction, like {@link #write}. */
  public void run(String what, Action action) {
    run(what, null, action);
  }

  /**
   * Runs a write that stores the new comment {@code subject}, like {@link #write}: a {@link
   * StorageException} names the comment's id, so that a caller told {@link Outcome#UNKNOWN} can
   * look it up.
   */
  public void run(String what, @Nullable CommentId subject, Action action) {
    transaction(what, Mode.WRITE, subject, connection -> {
      action.run(connection);
      return Boolean.TRUE;
    });
  }

  /**
   * Runs one statement that writes, on its own: in auto-commit mode, where the statement is its
   * own transaction, or committed after it on a connection the pool hands out with auto-commit
   * off. Not for SQLite, whose writes must begin with its write lock ({@link #write}).
   */
  public <T> T single(String what, Work<T> work) {
    IdentitySpan span = joinable();
    if (span != null) {
      return joined(what, span, null, work);
    }
    Connection connection = borrow(what);
    Throwable failure = null;
    try {
      T result = work.run(connection);
      if (!connection.getAutoCommit()) {
        connection.commit();
      }
      return result;
    } catch (SQLException e) {
      failure = e;
      throw SqlErrors.storageFailure(what, e,
          SqlErrors.isBroken(e, connection) ? Outcome.UNKNOWN : Outcome.NOT_APPLIED, null);
    } catch (RuntimeException | Error e) {
      failure = e;
      throw e;
    } finally {
      try {
        if (failure != null && !connection.getAutoCommit()) {
          connection.rollback();
        }
      } catch (SQLException e) {
        failure = restoreFailed(what, failure, e);
      }
      giveBack(what, connection, failure);
    }
  }

  /**
   * Runs the statements of {@code script} as one read-committed write transaction that stores
   * the new comment {@code subject}, like {@link #run(String, CommentId, Action)}. On PostgreSQL
   * the transaction is one statement text, {@code BEGIN} to {@code COMMIT}, sent in one round
   * trip; elsewhere the statements run one by one in a transaction begun as {@link #write}
   * begins them. A failure is first given to {@code explanation}, which may throw what it means.
   *
   * <p>On PostgreSQL a failure whose connection broke has an {@link Outcome#UNKNOWN unknown}
   * outcome, for the commit may have been reached; any other failure was reported by the server
   * before the commit, and nothing was kept.
   */
  void script(String what, @Nullable CommentId subject, Script script, Explanation explanation) {
    IdentitySpan span = joinable();
    if (span != null) {
      endSpan(span, what, subject, script, explanation);
      return;
    }
    if (dialect != Dialect.POSTGRESQL) {
      try {
        run(what, subject, script::runEach);
      } catch (StorageException e) {
        if (e.getCause() instanceof SQLException failure && SqlErrors.isConstraintViolation(failure)) {
          explain(what, explanation, failure, e);
        }
        throw e;
      }
      return;
    }
    Connection connection = borrow(what);
    Throwable failure = null;
    boolean autoCommit = true;
    try {
      autoCommit = connection.getAutoCommit();
      if (!autoCommit) {
        connection.setAutoCommit(true);
      }
      postgresTransaction(script).runTogether(connection);
    } catch (SQLException e) {
      failure = e;
      if (SqlErrors.isBroken(e, connection)) {
        throw SqlErrors.storageFailure(what, e, Outcome.UNKNOWN, subject);
      }
      throw rolledBack(connection, what, subject, e, explanation);
    } catch (RuntimeException | Error e) {
      failure = failure == null ? e : failure;
      throw e;
    } finally {
      if (!autoCommit) {
        try {
          connection.setAutoCommit(false);
        } catch (SQLException e) {
          failure = restoreFailed(what, failure, e);
        }
      }
      giveBack(what, connection, failure);
    }
  }

  /**
   * Returns {@code write} as one PostgreSQL transaction, {@code BEGIN} to {@code COMMIT}, whose
   * statements run on the plans their prepared statements made once ({@code plan_cache_mode =
   * force_generic_plan}) and are never compiled ({@code jit = off}), both for this transaction
   * alone ({@code SET LOCAL}). PostgreSQL otherwise plans a statement again at each run while it
   * judges a plan for the run's values cheaper than its general one, as it judges for the
   * numbering statements, whose planning took longer than their run; a general plan of a large
   * post can look costly enough to be compiled at every run, which would take milliseconds. The
   * write's statements are written so that their general plans read the rows they need through
   * the post's index ({@link ResponseNumbers#NEW_NUMBER_POSTGRESQL}, {@link
   * ResponseNumbers#shiftAfterNew}).
   */
  static Script postgresTransaction(Script write) {
    return new Script()
        .add("BEGIN ISOLATION LEVEL READ COMMITTED", s -> { })
        .add("SET LOCAL plan_cache_mode = force_generic_plan", s -> { })
        .add("SET LOCAL jit = off", s -> { })
        .then(write)
        .then(new Script().add("COMMIT", s -> { }));
  }

  /**
   * Runs {@code script} as the write that ends {@code span}'s transaction, committing it: on
   * PostgreSQL in one round trip, with {@code BEGIN} and the locks in front if nothing was sent
   * yet; elsewhere one by one, then the commit. Failures are told as {@link #script} tells them.
   */
  private void endSpan(IdentitySpan span, String what, @Nullable CommentId subject, Script script,
      Explanation explanation) {
    Connection connection = span.connection();
    if (span.postgres()) {
      try {
        span.endingWrite(script).runTogether(connection);
        return;
      } catch (SQLException e) {
        if (SqlErrors.isBroken(e, connection)) {
          // The connection is aborted when the span gives it back, which ends its locks.
          throw SqlErrors.storageFailure(what, e, Outcome.UNKNOWN, subject);
        }
        span.releaseAfterFailure();
        throw rolledBack(connection, what, subject, e, explanation);
      }
    }
    boolean committing = false;
    try {
      script.runEach(connection);
      committing = true;
      span.commitWrite();
    } catch (SQLException e) {
      span.abandon(e);
      StorageException thrown = SqlErrors.storageFailure(
          what, e, committing ? Outcome.UNKNOWN : Outcome.NOT_APPLIED, subject);
      if (!committing && SqlErrors.isConstraintViolation(e)) {
        explain(what, explanation, e, thrown);
      }
      throw thrown;
    }
  }

  /**
   * Gives a write's {@code failure} to {@code explanation} on a connection of its own, after the
   * write was rolled back, so that it reads what is stored; a failure to read is added to {@code
   * thrown}, which is thrown when the explanation finds nothing.
   */
  /**
   * Rolls back a PostgreSQL statement text that failed on the server, which ended the text at its
   * first error and aborted the transaction, and returns the failure to throw: not applied, or
   * what a constraint's violation means to the caller ({@link #explain} throws that itself).
   */
  private StorageException rolledBack(Connection connection, String what, @Nullable CommentId subject,
      SQLException e, Explanation explanation) {
    try {
      Settings.execute(connection, "ROLLBACK");
    } catch (SQLException rollback) {
      e.addSuppressed(rollback);
      return SqlErrors.storageFailure(what, e, Outcome.NOT_APPLIED, subject);
    }
    StorageException notApplied = SqlErrors.storageFailure(what, e, Outcome.NOT_APPLIED, subject);
    if (SqlErrors.isConstraintViolation(e)) {
      explain(what, explanation, e, notApplied);
    }
    return notApplied;
  }

  private void explain(
      String what, Explanation explanation, SQLException failure, StorageException thrown) {
    try {
      read("explain why the write failed: " + what, connection -> {
        explanation.explain(connection, failure);
        return Boolean.TRUE;
      });
    } catch (StorageException reading) {
      thrown.addSuppressed(reading);
    }
  }

  /** Runs reads that must agree with each other in one repeatable-read transaction. */
  public <T> T snapshot(String what, Work<T> work) {
    IdentitySpan span = joinable();
    if (span != null) {
      return joined(what, span, null, work);
    }
    return transaction(what, Mode.SNAPSHOT, null, work);
  }

  /**
   * Runs a single read in auto-commit mode, or, on a connection the pool hands out with
   * auto-commit off, in a transaction it ends before giving the connection back.
   */
  public <T> T read(String what, Work<T> work) {
    IdentitySpan span = joinable();
    if (span != null) {
      return joined(what, span, null, work);
    }
    Connection connection = borrow(what);
    Throwable failure = null;
    try {
      return work.run(dialect == Dialect.SQLITE ? SqliteConnection.adapt(connection) : connection);
    } catch (SQLException e) {
      failure = e;
      throw SqlErrors.storageFailure(what, e, Outcome.NOT_APPLIED, null);
    } catch (RuntimeException | Error e) {
      failure = e;
      throw e;
    } finally {
      try {
        if (!connection.getAutoCommit()) {
          connection.rollback();
        }
      } catch (SQLException e) {
        failure = restoreFailed(what, failure, e);
      }
      giveBack(what, connection, failure);
    }
  }

  private enum Mode { WRITE, SNAPSHOT }

  /** Returns whether the database takes one writer at a time (SQLite): a held write blocks all others. */
  public boolean oneWriterAtATime() {
    return dialect == Dialect.SQLITE;
  }

  /**
   * Begins a write transaction that stays open across calls, for an import session: the same
   * settings, SQLite's lock and the same care for broken connections as {@link #write}. Its
   * owner commits or rolls back through it and must {@link Open#close() close} it.
   */
  public Open open(String what) {
    Connection connection = borrow(what);
    try {
      return new Open(what, connection, begin(connection, Mode.WRITE));
    } catch (SQLException e) {
      giveBack(what, connection, e);
      throw SqlErrors.storageFailure(what, e, Outcome.NOT_APPLIED, null);
    }
  }

  /** A write transaction held open; see {@link #open}. Used from one thread. */
  public static final class Open implements AutoCloseable {
    private final String what;
    private final Connection borrowed;
    private final Settings settings;
    private @Nullable Throwable failure;

    private Open(String what, Connection borrowed, Settings settings) {
      this.what = what;
      this.borrowed = borrowed;
      this.settings = settings;
    }

    /** Returns the connection the transaction runs on. */
    public Connection connection() {
      return settings.connection();
    }

    /** Commits; a failure is a storage failure whose outcome is unknown. */
    public void commit() {
      try {
        settings.commit();
      } catch (SQLException e) {
        failure = e;
        throw SqlErrors.storageFailure("commit " + what, e, Outcome.UNKNOWN, null);
      }
    }

    /** Rolls back after {@code cause}, which decides the connection's fate when it is closed. */
    public void rollback(Throwable cause) {
      failure = cause;
      settings.rollback(cause);
    }

    /** Restores the connection's settings and gives it back to the pool. */
    @Override
    public void close() {
      try {
        settings.restore();
      } catch (SQLException e) {
        failure = restoreFailed(what, failure, e);
      }
      giveBack(what, borrowed, failure);
    }
  }

  private <T> T transaction(String what, Mode mode, @Nullable CommentId subject, Work<T> work) {
    IdentitySpan span = joinable();
    if (span != null && !span.postgres()) {
      return joined(what, span, subject, work);
    }
    // On PostgreSQL a span's work is a transaction of its own on the span's connection, which
    // the span gives back; otherwise on a connection borrowed for it.
    Connection borrowed = span == null ? borrow(what) : null;
    Throwable failure = null;
    Settings settings = null;
    boolean committing = false;
    try {
      settings = begin(borrowed != null ? borrowed : requireNonNull(span).flushed(), mode);
      T result = work.run(settings.connection());
      committing = true;
      settings.commit();
      return result;
    } catch (SQLException e) {
      failure = e;
      if (settings != null) {
        settings.rollback(e);
      }
      throw SqlErrors.storageFailure(
          what, e, committing ? Outcome.UNKNOWN : Outcome.NOT_APPLIED, subject);
    } catch (RuntimeException | Error e) {
      failure = e;
      if (settings != null) {
        settings.rollback(e);
      }
      throw e;
    } finally {
      if (settings != null) {
        try {
          settings.restore();
        } catch (SQLException e) {
          failure = restoreFailed(what, failure, e);
        }
      }
      if (borrowed != null) {
        giveBack(what, borrowed, failure);
      }
    }
  }

  private Connection borrow(String what) {
    try {
      return dataSource.getConnection();
    } catch (SQLException e) {
      throw SqlErrors.storageFailure(what, e, Outcome.NOT_APPLIED, null);
    }
  }

  /**
   * Records a failure to restore a connection's settings: added to the first failure if there
   * was one, logged otherwise, for the work itself succeeded. Returns the failure that decides
   * the connection's fate: a borrowed one is discarded.
   */
  private static Throwable restoreFailed(String what, @Nullable Throwable failure, SQLException e) {
    if (failure != null) {
      failure.addSuppressed(e);
      return failure;
    }
    LOG.warn("Could not restore the settings of a connection after work that succeeded ({})", what, e);
    return e;
  }

  /**
   * Gives a connection back to the pool, first aborting it if it failed in a way that leaves it
   * unusable, so that the pool drops it. Errors while closing are added to the failure.
   */
  private static void giveBack(String what, Connection connection, @Nullable Throwable failure) {
    if (failure != null && SqlErrors.isBroken(failure, connection)) {
      try {
        connection.abort(Runnable::run);
      } catch (SQLException | RuntimeException e) {
        failure.addSuppressed(e);
      }
    }
    try {
      connection.close();
    } catch (SQLException e) {
      if (failure != null) {
        failure.addSuppressed(e);
      } else {
        LOG.warn("Could not give a connection back to its pool after {}", what, e);
      }
    }
  }

  private Settings begin(Connection connection, Mode mode) throws SQLException {
    return dialect == Dialect.SQLITE
        ? SqliteConnection.begin(connection, mode == Mode.WRITE)
        : Settings.begin(connection, mode == Mode.WRITE
            ? Connection.TRANSACTION_READ_COMMITTED
            : Connection.TRANSACTION_REPEATABLE_READ, pooledIsolation);
  }

  /**
   * A transaction begun on a connection, and how to end it and restore the connection's settings
   * as they were.
   */
  static class Settings {
    private final Connection connection;
    private final boolean autoCommit;
    private final int previousIsolation;
    private final int isolation;

    Settings(Connection connection, boolean autoCommit, int previousIsolation, int isolation) {
      this.connection = connection;
      this.autoCommit = autoCommit;
      this.previousIsolation = previousIsolation;
      this.isolation = isolation;
    }

    /**
     * Begins a transaction at {@code isolation}; {@code pooled} holds the level connections come
     * with, asked of this one if it is not known yet.
     */
    static Settings begin(Connection connection, int isolation, AtomicInteger pooled)
        throws SQLException {
      boolean autoCommit = connection.getAutoCommit();
      int previousIsolation = pooled.get();
      if (previousIsolation < 0) {
        previousIsolation = connection.getTransactionIsolation();
        pooled.set(previousIsolation);
      }
      Settings settings = new Settings(connection, autoCommit, previousIsolation, isolation);
      if (autoCommit) {
        connection.setAutoCommit(false);
      }
      if (previousIsolation != isolation) {
        connection.setTransactionIsolation(isolation);
      }
      return settings;
    }

    /** Returns the connection the work runs on. */
    Connection connection() {
      return connection;
    }

    void commit() throws SQLException {
      connection.commit();
    }

    /** Rolls back, adding a failure to do so to {@code cause}. */
    void rollback(Throwable cause) {
      try {
        connection.rollback();
      } catch (SQLException e) {
        cause.addSuppressed(e);
      }
    }

    /** Restores the settings the connection had, trying each even if another fails. */
    void restore() throws SQLException {
      SQLException failure = null;
      if (previousIsolation != isolation) {
        try {
          connection.setTransactionIsolation(previousIsolation);
        } catch (SQLException e) {
          failure = e;
        }
      }
      if (autoCommit) {
        try {
          connection.setAutoCommit(true);
        } catch (SQLException e) {
          if (failure == null) {
            failure = e;
          } else {
            failure.addSuppressed(e);
          }
        }
      }
      if (failure != null) {
        throw failure;
      }
    }

    /** Runs one statement of SQL text. */
    static void execute(Connection connection, String sql) throws SQLException {
      try (Statement statement = connection.createStatement()) {
        statement.execute(sql);
      }
    }
  }
}
