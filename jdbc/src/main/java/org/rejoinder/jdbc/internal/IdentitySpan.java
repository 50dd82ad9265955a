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
 * The transaction of a serialized span ({@link Database#serialized}): begun on a connection of its
 * own with the locks of the span's identities, joined by the store's calls on the span's thread
 * until the new comment's insert commits it.
 *
 * <p>An identity's lock is named by a 64-bit hash of its key (the first eight bytes of its
 * SHA-256), so that any key takes a lock of one size; two keys that share a hash only wait for
 * each other. The locks are taken in the order of their hashes, the same order in every process,
 * so that two spans never wait for each other in a circle. Each database locks in its own way:
 *
 * <ul>
 *   <li>PostgreSQL: {@code pg_advisory_xact_lock(int, int)} with the hash's two halves, held until
 *       the transaction ends. The two-key form is a key space apart from the one-key form the
 *       migrations lock with. {@code BEGIN} and the locks are not sent on their own: they go in
 *       front of the span's first statement, in its round trip ({@link Script#prepareBefore}).
 *       The transaction is read-committed, so each statement after the locks reads what was
 *       committed before they were granted.
 *   <li>H2: one row per hash in {@code rejoinder_identity_lock}, written by one {@code MERGE}
 *       whose rows are in the order of their hashes; H2 locks the rows a transaction inserts or
 *       updates until it ends, and makes a second writer of the same key wait, also through a
 *       server shared by several processes.
 *   <li>SQLite: the write lock of the whole database, taken by {@code BEGIN IMMEDIATE}, which
 *       processes sharing the file see as well; the identities need no lock of their own.
 * </ul>
 */
final class IdentitySpan {
  private static final Set<String> MAKES_STATEMENTS =
      Set.of("createStatement", "prepareStatement", "prepareCall");

  private final Connection connection;
  private final Dialect dialect;
  private final Database.@Nullable Settings settings;
  private final boolean autoCommit;
  /** PostgreSQL's {@code BEGIN} and locks while they wait for the span's first statement. */
  private @Nullable Script pending;
  private boolean ended;

  private IdentitySpan(Connection connection, Dialect dialect, Database.@Nullable Settings settings,
      boolean autoCommit, @Nullable Script pending) {
    this.connection = connection;
    this.dialect = dialect;
    this.settings = settings;
    this.autoCommit = autoCommit;
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
          connection.setAutoCommit(true); // the transaction is begun and ended by its statements
        }
        Script locks = new Script().add("BEGIN ISOLATION LEVEL READ COMMITTED", s -> { });
        for (long hash : hashes) {
          locks.add("SELECT pg_advisory_xact_lock(?, ?)", s -> {
            s.setInt(1, (int) (hash >>> 32));
            s.setInt(2, (int) hash);
          });
        }
        return new IdentitySpan(connection, dialect, null, autoCommit, locks);
      }
      case H2 -> {
        Database.Settings settings =
            Database.Settings.begin(connection, Connection.TRANSACTION_READ_COMMITTED, pooledIsolation);
        IdentitySpan span = new IdentitySpan(connection, dialect, settings, false, null);
        if (hashes.length > 0) {
          try (PreparedStatement merge = connection.prepareStatement(
              "MERGE INTO rejoinder_identity_lock KEY (key_hash) VALUES "
                  + "(?), ".repeat(hashes.length - 1) + "(?)")) {
            for (int i = 0; i < hashes.length; i++) {
              merge.setLong(i + 1, hashes[i]);
            }
            merge.execute();
          } catch (SQLException | RuntimeException e) {
            span.rollback(e);
            span.restore(e);
            throw e;
          }
        }
        return span;
      }
      case SQLITE -> {
        return new IdentitySpan(
            connection, dialect, SqliteConnection.begin(connection, true), false, null);
      }
      default -> throw new IllegalStateException("unknown dialect " + dialect);
    }
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
            if (method.getName().equals("prepareStatement") && args.length == 1) {
              return locks.prepareBefore(connection, (String) args[0]);
            }
            locks.runTogether(connection, null, null);
          }
          try {
            return method.invoke(connection, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  /**
   * Returns the statements still to be sent before a PostgreSQL write that ends the span ({@code
   * BEGIN} and the locks, if nothing was sent yet), and marks them sent.
   */
  @Nullable Script takePending() {
    Script locks = pending;
    pending = null;
    return locks;
  }

  /** Records that the span's transaction ended with a statement of the write that ended it. */
  void ended() {
    ended = true;
  }

  /** Commits, if the transaction is still open. */
  void commit() throws SQLException {
    if (ended) {
      return;
    }
    if (settings != null) {
      settings.commit();
    } else if (pending == null) {
      Database.Settings.execute(connection, "COMMIT");
    }
    pending = null;
    ended = true;
  }

  /** Rolls back, if the transaction is still open, adding a failure to do so to {@code cause}. */
  void rollback(Throwable cause) {
    if (ended) {
      return;
    }
    ended = true;
    if (settings != null) {
      settings.rollback(cause);
    } else if (pending == null) {
      try {
        Database.Settings.execute(connection, "ROLLBACK");
      } catch (SQLException e) {
        cause.addSuppressed(e);
      }
    }
    pending = null;
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
