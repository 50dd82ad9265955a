package org.rejoinder.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Hands out comment ids from the {@code rejoinder_id} row: one more than both the last id handed
 * out and the largest stored id, so that ids never repeat, even after explicit ids were imported.
 */
public final class CommentIds {
  private static final String READ = "SELECT last_id FROM rejoinder_id WHERE name = 'comment'";
  /**
   * The largest stored id above the row's last id, 0 if none: what moves the row past explicit
   * ids. Asking only above the last id keeps the index walk short when another transaction holds
   * many uncommitted comments with ids the row handed out (an import): a walk down from the
   * largest id would step over each of them, as invisible to this transaction.
   */
  private static final String STORED_ABOVE =
      "(SELECT COALESCE(MAX(c.id), 0) FROM rejoinder_comment c WHERE c.id > rejoinder_id.last_id)";
  private static final String RESERVE =
      "UPDATE rejoinder_id SET last_id = ? + GREATEST(last_id, " + STORED_ABOVE + ")"
          + " WHERE name = 'comment'";
  /** {@link #RESERVE} returning the id it reached, in PostgreSQL's words. */
  private static final String RESERVE_RETURNING = RESERVE + " RETURNING last_id";
  /** {@link #RESERVE} returning the id it reached, in H2's words. */
  private static final String RESERVE_FINAL = "SELECT last_id FROM FINAL TABLE (" + RESERVE + ")";
  private static final String LAST =
      "SELECT GREATEST(last_id, " + STORED_ABOVE + ") FROM rejoinder_id WHERE name = 'comment'";
  private static final String RAISE =
      "UPDATE rejoinder_id SET last_id = GREATEST(last_id, ?) WHERE name = 'comment'";

  private CommentIds() {}

  /** Returns the largest id handed out or stored, 0 if none. */
  public static long last(Connection connection) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(LAST);
        ResultSet row = statement.executeQuery()) {
      return row.next() ? row.getLong(1) : 0;
    }
  }

  /** Makes sure no id up to {@code id} is handed out from now on. */
  public static void raise(Connection connection, long id) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(RAISE)) {
      statement.setLong(1, id);
      statement.executeUpdate();
    }
  }

  /**
   * Reserves {@code count} consecutive ids and returns the last of them: on PostgreSQL and H2 with
   * one statement, which advances the row and returns it, run on its own in auto-commit mode or
   * in the caller's transaction; on SQLite with the update and a read of the row, in the caller's
   * write transaction.
   */
  public static long reserve(Connection connection, Dialect dialect, int count)
      throws SQLException {
    String sql = switch (dialect) {
      case H2 -> RESERVE_FINAL;
      case POSTGRESQL -> RESERVE_RETURNING;
      case SQLITE -> RESERVE;
    };
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setLong(1, count);
      if (dialect == Dialect.SQLITE) {
        if (statement.executeUpdate() != 1) {
          throw missingRow();
        }
      } else {
        try (ResultSet row = statement.executeQuery()) {
          if (!row.next()) {
            throw missingRow();
          }
          return row.getLong(1);
        }
      }
    }
    try (PreparedStatement statement = connection.prepareStatement(READ);
        ResultSet row = statement.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  private static SQLException missingRow() {
    return new SQLException("The rejoinder_id table has no 'comment' row; run migrate()");
  }
}
