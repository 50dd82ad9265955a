package org.rejoinder.jdbc.internal;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Runs units of work on connections from the application's {@link DataSource}: one transaction
 * per unit, committed when it returns and rolled back when it throws, with the connection's
 * settings restored before it goes back to the pool.
 */
public final class Database {
  /** A unit of work on one connection. */
  @FunctionalInterface
  public interface Work<T> {
    /** Runs the work. */
    T run(Connection connection) throws SQLException;
  }

  /** A unit of write work with no result. */
  @FunctionalInterface
  public interface Action {
    /** Runs the work. */
    void run(Connection connection) throws SQLException;
  }

  private final DataSource dataSource;

  /** Creates a runner over {@code dataSource}. */
  public Database(DataSource dataSource) {
    this.dataSource = requireNonNull(dataSource, "dataSource must not be null");
  }

  /**
   * Runs a write in one read-committed transaction. Rows it updates are locked until it ends.
   *
   * @param what what the work does, for the message of a {@link org.rejoinder.error.StorageException}
   */
  public <T> T write(String what, Work<T> work) {
    return transaction(what, Connection.TRANSACTION_READ_COMMITTED, work);
  }

  /** Runs a write with no result in one read-committed transaction, like {@link #write}. */
  public void run(String what, Action action) {
    write(what, connection -> {
      action.run(connection);
      return Boolean.TRUE;
    });
  }

  /** Runs reads that must agree with each other in one repeatable-read transaction. */
  public <T> T snapshot(String what, Work<T> work) {
    return transaction(what, Connection.TRANSACTION_REPEATABLE_READ, work);
  }

  /**
   * Runs a single read in auto-commit mode, or, on a connection the pool hands out with
   * auto-commit off, in a transaction it ends before giving the connection back.
   */
  public <T> T read(String what, Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      try {
        return work.run(connection);
      } finally {
        if (!connection.getAutoCommit()) {
          connection.rollback();
        }
      }
    } catch (SQLException e) {
      throw SqlErrors.storageFailure(what, e);
    }
  }

  private <T> T transaction(String what, int isolation, Work<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      int previousIsolation = connection.getTransactionIsolation();
      if (autoCommit) {
        connection.setAutoCommit(false);
      }
      if (previousIsolation != isolation) {
        connection.setTransactionIsolation(isolation);
      }
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        rollback(connection, e);
        throw e;
      } finally {
        if (previousIsolation != isolation) {
          connection.setTransactionIsolation(previousIsolation);
        }
        if (autoCommit) {
          connection.setAutoCommit(true);
        }
      }
    } catch (SQLException e) {
      throw SqlErrors.storageFailure(what, e);
    }
  }

  private static void rollback(Connection connection, Throwable cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }
}
