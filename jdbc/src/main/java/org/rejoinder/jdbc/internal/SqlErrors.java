package org.rejoinder.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.rejoinder.error.StorageException;
import org.rejoinder.error.StorageException.Outcome;
import org.rejoinder.model.CommentId;

/**
 * Reads the errors the store tells apart, in H2, PostgreSQL and SQLite. The SQLite driver gives
 * no SQL state: its errors are told apart by their result code, which it puts in the message.
 */
final class SqlErrors {
  private SqlErrors() {}

  /** Returns whether {@code e} reports a duplicate primary or unique key. */
  static boolean isUniqueViolation(SQLException e) {
    return "23505".equals(e.getSQLState())
        || sqliteResult(e, "SQLITE_CONSTRAINT_UNIQUE")
        || sqliteResult(e, "SQLITE_CONSTRAINT_PRIMARYKEY");
  }

  /**
   * Returns whether {@code e} reports a new row whose foreign key names a missing row: state
   * 23503 in PostgreSQL (the standard's), 23506 in H2.
   */
  static boolean isMissingReference(SQLException e) {
    return "23503".equals(e.getSQLState())
        || "23506".equals(e.getSQLState())
        || sqliteResult(e, "SQLITE_CONSTRAINT_FOREIGNKEY");
  }

  /**
   * Returns whether {@code e} reports a broken constraint: SQL state class 23 (a duplicate key, a
   * missing reference, a NULL where none may be), or SQLite's constraint result codes.
   */
  static boolean isConstraintViolation(SQLException e) {
    String state = e.getSQLState();
    String message = e.getMessage();
    return state != null ? state.startsWith("23")
        : message != null && message.startsWith("[SQLITE_CONSTRAINT");
  }

  private static boolean sqliteResult(SQLException e, String resultCode) {
    String message = e.getMessage();
    return e.getSQLState() == null && message != null && message.startsWith("[" + resultCode + "]");
  }

  /**
   * Returns whether a failure says that its connection can no longer be used: an error of SQL
   * state class 08 (connection exception) or 57P (the server shut down), a connection error by
   * its type, anywhere among its causes and suppressed exceptions, or a connection already
   * closed.
   */
  static boolean isBroken(Throwable failure, Connection connection) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Throwable> pending = new ArrayDeque<>();
    pending.push(failure);
    while (!pending.isEmpty()) {
      Throwable t = pending.pop();
      if (!seen.add(t)) {
        continue;
      }
      if (t instanceof SQLNonTransientConnectionException
          || t instanceof SQLTransientConnectionException
          || t instanceof SQLRecoverableException) {
        return true;
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
        return true;
      }
      if (t.getCause() != null) {
        pending.push(t.getCause());
      }
      for (Throwable suppressed : t.getSuppressed()) {
        pending.push(suppressed);
      }
    }
    try {
      return connection.isClosed();
    } catch (SQLException e) {
      return true;
    }
  }

  /**
   * Returns the failure to throw for an unexpected database error: its message names what
   * failed, the SQL state and vendor code of the database's error (not its message, which may
   * quote stored values; that stays in the cause) and, if the outcome is unknown, says so.
   */
  static StorageException storageFailure(
      String what, SQLException e, Outcome outcome, @Nullable CommentId subject) {
    String message = "Could not " + what + ": the database reported SQL state " + e.getSQLState()
        + ", error code " + e.getErrorCode()
        + (outcome == Outcome.UNKNOWN
            ? "; the failure came at the commit, so the change may have been kept" : "");
    return subject == null
        ? new StorageException(message, e, outcome)
        : new StorageException(message, e, outcome, subject.value());
  }
}
