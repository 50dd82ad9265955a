package org.rejoinder.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.rejoinder.model.CommentId;

/**
 * Hands out comment ids from the {@code rejoinder_id} row: one more than both the last id handed
 * out and the largest stored id, so that ids never repeat, even after explicit ids were imported.
 */
public final class CommentIds {
  private static final String ADVANCE =
      "UPDATE rejoinder_id SET last_id = 1 + GREATEST(last_id,"
          + " (SELECT COALESCE(MAX(id), 0) FROM rejoinder_comment)) WHERE name = 'comment'";
  private static final String READ = "SELECT last_id FROM rejoinder_id WHERE name = 'comment'";

  private CommentIds() {}

  /** Returns the next id; run in its own short write transaction. */
  public static CommentId next(Connection connection) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(ADVANCE)) {
      if (statement.executeUpdate() != 1) {
        throw new SQLException("The rejoinder_id table has no 'comment' row; run migrate()");
      }
    }
    try (PreparedStatement statement = connection.prepareStatement(READ);
        ResultSet row = statement.executeQuery()) {
      row.next();
      return CommentId.of(row.getLong(1));
    }
  }
}
