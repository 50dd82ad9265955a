package org.rejoinder.jdbc.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * A serialized span ({@link Database#serialized}): a connection of its own holding the locks of
 * the span's identities, on which the store's calls on the span's thread run until the new
 * comment's insert ends it, ids included, so that a submission never holds one pooled connection
 * while it waits for another.
 *
 * <p>An identity's lock is named by a 64-bit hash of its key (the first eight bytes of its
 * SHA-256), so that any key takes a lock of one size; two keys that share a hash only wait for
 * each other. The locks are taken in the order of their hashes, the same order in every process,
 * so that two spans never wait for each other in a circle. Each database locks in its own way:
 *
 * <ul>
 *   <li>PostgreSQL: session-level advisory locks, {@code pg_advisory_lock(int, int)} with the
 *       hash's two halves (a key space apart from the one-key form the migrations lock with).
 *       The span is no transaction: its statements run in auto-commit mode as they would
 *       outside it, each reading what was committed before it, the id committed on its own as
 *       ever, while the locks are held. The locks are not sent on their own: they go in front of
 *       the span's first statement, in its round trip ({@link Script#prepareBefore}), and the
 *       comment's write, {@code BEGIN} to {@code COMMIT}, releases them in its own round trip. A
 *       span that ends otherwise releases them with one statement; if that fails the connection
 *       is aborted, which ends the session and its locks with it, so that no pooled connection
 *       keeps a lock. With the locks the span sets {@code plan_cache_mode} to {@code
 *       force_generic_plan} for its session, and resets it where it releases them, before the
 *       write's {@code BEGIN}: the span's reads (the post, the parent, the moderation history, the
 *       subscriptions) then reuse the plans their prepared statements made once, instead of
 *       being planned again at every submission, which PostgreSQL otherwise does for the
 *       history's query, whose planning took longer than its run. The write sets the same for
 *       its own transaction ({@link Database#postgresTransaction}).
 *   <li>H2: one row per hash in {@code rejoinder_identity_lock}, written by one {@code MERGE}
 *       whose rows are in the order of their hashes, in a transaction that holds the span's
 *       reads, id and write; H2 locks the rows a transaction inserts or updates until it ends,
 *       and makes a second writer of the same key wait, also through a server shared by several
 *       processes. The id row stays locked from the id to the commit, so H2's submissions take
 *       turns for that short while.
 *   <li>SQLite: a transaction holding the span's reads, id and write, begun with {@code BEGIN
 *       IMMEDIATE}: the write lock of the whole database, which processes sharing the file see as
 *       well; the identities need no lock of their own.
 * </ul>
 */
final class IdentitySpan {
  private static final Set<String> MAKES_STATEMENTS =
      Set.of("createStatement", "prepareStatement", "prepareCall");
  /** Sent with PostgreSQL's locks: the span's reads keep the plans made once (see the class). */
  private static final String GENERIC_PLANS = "SET plan_cache_mode = force_generic_plan";
  /** Sent where PostgreSQL's locks are released, before anything else. */
  private static final String DEFAULT_PLANS = "RESET plan_cache_mode";

  private final Connection connection;
  private final Dialect dialect;
  private final Database.@Nullable Settings settings;
  private final boolean autoCommit;
  private final long[] hashes;
  /** PostgreSQL's locks while they wait for the span's first statement. */
  private @Nullable Script pending;
  /** Whether PostgreSQL's locks were sent and not released yet. */
  private boolean locked;
  private boolean ended;

  private IdentitySpan(Connection connection, Dialect dialect, Database.@Nullable Settings settings,
      boolean autoCommit, long[] hashes, @Nullable Script pending) {
    this.connection = connection;
    this.dialect = dialect;
    this.settings = settings;
    this.autoCommit = autoCommit;
    this.hashes = hashes;
    this.pending = pending;
  }

  /** Begins a span on {@code connection} that locks {@code keys}, as the class describes. */
  static IdentitySpan begin(Connection connection, Dialect dialect, Collection<String> keys,
      AtomicInteger pooledIsolation) throws SQLException {
    long[] hashes = hashes(keys);
    switch (dialect) {
      case POSTGRESQL -> {
        boolean autoCommit = connection.getAutoCommit();
        if (!autoCommit) {
          connection.setAutoCommit(true); // each statement commits, the write is begun and ended by its own
        }
        return new IdentitySpan(connection, dialect, null, autoCommit, hashes, hashes.length == 0
            ? null
            : new Script().add(GENERIC_PLANS, s -> { }).then(advisory("pg_advisory_lock", hashes)));
      }
      case H2 -> {
        Database.Settings settings =
            Database.Settings.begin(connection, Connection.TRANSACTION_READ_COMMITTED, pooledIsolation);
        IdentitySpan span = new IdentitySpan(connection, dialect, settings, false, hashes, null);
        if (hashes.length > 0) {
          try (PreparedStatement merge = connection.prepareStatement(
              "MERGE INTO rejoinder_identity_lock KEY (key_hash) VALUES "
                  + "(?), ".repeat(hashes.length - 1) + "(?)")) {
            for (int i = 0; i < hashes.length; i++) {
              merge.setLong(i + 1, hashes[i]);
            }
            merge.execute();
          } catch (SQLException | RuntimeException e) {
            span.abandon(e);
            span.restore(e);
            throw e;
          }
        }
        return span;
      }
      case SQLITE -> {
        return new IdentitySpan(
            connection, dialect, SqliteConnection.begin(connection, true), false, hashes, null);
      }
      default -> throw new IllegalStateException("unknown dialect " + dialect);
    }
  }

  /** Returns the statements that release PostgreSQL's locks and reset the span's setting. */
  private Script releasing() {
    return new Script().add(DEFAULT_PLANS, s -> { }).then(advisory("pg_advisory_unlock", hashes));
  }

  /** Returns statements calling {@code function} with each hash's two halves, in order. */
  private static Script advisory(String function, long[] hashes) {
    Script script = new Script();
    for (long hash : hashes) {
      script.add("SELECT " + function + "(?, ?)", s -> {
        s.setInt(1, (int) (hash >>> 32));
        s.setInt(2, (int) hash);
      });
    }
    return script;
  }

  /** Returns the keys' hashes, each once, in ascending order: the order their locks are taken. */
  static long[] hashes(Collection<String> keys) {
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    long[] hashes = new long[keys.size()];
    int i = 0;
    for (String key : keys) {
      if (key == null) {
        throw new NullPointerException("identityKeys must not contain null");
      }
      hashes[i++] = ByteBuffer.wrap(sha256.digest(key.getBytes(StandardCharsets.UTF_8))).getLong();
    }
    return Arrays.stream(hashes).sorted().distinct().toArray();
  }

  /** Returns whether the span's transaction is still open for the store's calls to join. */
  boolean open() {
    return !ended;
  }

  /** Returns whether this is a PostgreSQL span, whose write ends with its commit in one text. */
  boolean postgres() {
    return dialect == Dialect.POSTGRESQL;
  }

  /**
   * Returns the connection the store's calls run on. On PostgreSQL, until the first statement is
   * prepared, a view of it that puts {@code BEGIN} and the locks in front of that statement.
   */
  Connection connection() {
    if (settings != null) {
      return settings.connection();
    }
    if (pending == null) {
      return connection;
    }
    return (Connection) Proxy.newProxyInstance(
        Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          Script locks = pending;
          if (locks != null && MAKES_STATEMENTS.contains(method.getName())) {
            pending = null;
            locked = true;
            if (method.getName().equals("prepareStatement") && args.length == 1) {
              return locks.prepareBefore(connection, (String) args[0]);
            }
            locks.runTogether(connection);
          }
          try {
            return method.invoke(connection, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  /**
   * Returns the connection with PostgreSQL's locks sent, for work that runs a transaction of its
   * own on it.
   */
  Connection flushed() throws SQLException {
    Connection c = connection();
    Script locks = pending;
    if (locks != null) {
      pending = null;
      locked = true;
      locks.runTogether(connection);
    }
    return c;
  }

  /**
   * Returns the PostgreSQL statements that go around a write that ends the span: the reset of
   * the span's setting, {@code BEGIN}, the write, {@code COMMIT}, then the release of the locks,
   * the first and the last if the locks were taken (locks never sent were never needed: nothing
   * was read under them). Marks the span ended and its locks released, as they are once the
   * statements succeed; {@link #releaseAfterFailure} takes that back.
   */
  Script endingWrite(Script write) {
    Script all = new Script();
    if (locked) {
      all.add(DEFAULT_PLANS, s -> { });
    }
    all = all.then(Database.postgresTransaction(write));
    if (locked) {
      all = all.then(advisory("pg_advisory_unlock", hashes));
    }
    pending = null;
    locked = false;
    ended = true;
    return all;
  }

  /** Records that an ending write failed before it released PostgreSQL's locks. */
  void releaseAfterFailure() {
    locked = true;
  }

  /** Commits a write that ends an H2 or SQLite span. */
  void commitWrite() throws SQLException {
    if (settings == null) {
      throw new IllegalStateException("PostgreSQL spans end with their write's own statements");
    }
    settings.commit();
    ended = true;
  }

  /**
   * Ends the span whose work returned: commits the H2 or SQLite transaction if still open;
   * releases PostgreSQL's locks if still held.
   */
  void finish() throws SQLException {
    if (settings != null) {
      if (!ended) {
        settings.commit();
      }
    } else if (locked) {
      release();
    }
    pending = null;
    ended = true;
  }

  /**
   * Ends the span whose work failed with {@code cause}: rolls the H2 or SQLite transaction back
   * if still open; releases PostgreSQL's locks if still held. Failures are added to {@code cause}.
   */
  void abandon(Throwable cause) {
    if (settings != null) {
      if (!ended) {
        settings.rollback(cause);
      }
    } else if (locked) {
      try {
        release();
      } catch (SQLException e) {
        cause.addSuppressed(e);
      }
    }
    pending = null;
    ended = true;
  }

  /**
   * Releases PostgreSQL's locks; if that fails, aborts the connection, so that its session ends
   * and takes the locks with it, and throws.
   */
  private void release() throws SQLException {
    locked = false;
    try {
      releasing().runTogether(connection);
    } catch (SQLException e) {
      try {
        connection.abort(Runnable::run);
      } catch (SQLException | RuntimeException aborting) {
        e.addSuppressed(aborting);
      }
      throw e;
    }
  }

  /** Restores the connection's settings; a failure is added to {@code failure} if there is one. */
  void restore(@Nullable Throwable failure) throws SQLException {
    try {
      if (settings != null) {
        settings.restore();
      } else if (!autoCommit) {
        connection.setAutoCommit(false);
      }
    } catch (SQLException e) {
      if (failure == null) {
        throw e;
      }
      failure.addSuppressed(e);
    }
  }
}
