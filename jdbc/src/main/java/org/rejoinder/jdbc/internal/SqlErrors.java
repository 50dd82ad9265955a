package org.rejoinder.jdbc.internal;

import java.sql.SQLException;
import org.rejoinder.error.StorageException;

/** Reads the SQL states of the errors the store tells apart, in H2 and PostgreSQL. */
final class SqlErrors {
  private SqlErrors() {}

  /** Returns whether {@code e} reports a duplicate primary or unique key. */
  static boolean isUniqueViolation(SQLException e) {
    return "23505".equals(e.getSQLState());
  }

  /**
   * Returns whether {@code e} reports a new row whose foreign key names a missing row: state
   * 23503 in PostgreSQL (the standard's), 23506 in H2.
   */
  static boolean isMissingReference(SQLException e) {
    return "23503".equals(e.getSQLState()) || "23506".equals(e.getSQLState());
  }

  /** Returns the failure to throw for an unexpected database error. */
  static StorageException storageFailure(String what, SQLException e) {
    return new StorageException(
        "Could not " + what + ": the database reported SQL state " + e.getSQLState(), e);
  }
}
