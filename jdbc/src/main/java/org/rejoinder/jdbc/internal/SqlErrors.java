package org.rejoinder.jdbc.internal;

import java.sql.SQLException;
import org.rejoinder.StorageException;

/** Reads SQL states, the same in H2 and PostgreSQL for the errors the store tells apart. */
final class SqlErrors {
  private SqlErrors() {}

  /** Returns whether {@code e} reports a duplicate primary or unique key. */
  static boolean isUniqueViolation(SQLException e) {
    return "23505".equals(e.getSQLState());
  }

  /** Returns the failure to throw for an unexpected database error. */
  static StorageException storageFailure(String what, SQLException e) {
    return new StorageException(
        "Could not " + what + ": the database reported SQL state " + e.getSQLState(), e);
  }
}
