package org.rejoinder.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.rejoinder.error.NotFoundException;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.Report;

/**
 * Rows of {@code rejoinder_report}: readers' reports, at most one per reader and comment, which
 * the unique key {@code (comment_id, reporter_key)} enforces, so that concurrent reports by one
 * reader store one whichever transaction commits first.
 */
public final class ReportTable {
  private static final String INSERT =
      "INSERT INTO rejoinder_report (comment_id, reporter_key, reported_at, reason)"
          + " VALUES (?, ?, ?, ?)";
  /**
   * PostgreSQL ends a transaction at its first error, so a second report by the same reader must
   * not fail there: it inserts nothing instead, after waiting for a concurrent first report to
   * commit or roll back.
   */
  private static final String INSERT_UNLESS_REPORTED =
      INSERT + " ON CONFLICT (comment_id, reporter_key) DO NOTHING";
  /** The columns a report is read from. */
  static final String COLUMNS = "comment_id, reporter_key, reported_at, reason";
  private static final String OF_COMMENT =
      "SELECT " + COLUMNS + " FROM rejoinder_report WHERE comment_id = ? ORDER BY seq";
  private static final String DELETE = "DELETE FROM rejoinder_report WHERE comment_id = ?";

  private ReportTable() {}

  /**
   * Stores a report unless its reader already reported the comment.
   *
   * @return whether it was stored
   * @throws NotFoundException if the comment does not exist
   */
  public static boolean add(Connection connection, Dialect dialect, Report report)
      throws SQLException {
    String sql = dialect == Dialect.POSTGRESQL ? INSERT_UNLESS_REPORTED : INSERT;
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setLong(1, report.commentId().value());
      statement.setString(2, report.reporterKey());
      Times.bind(statement, 3, report.at());
      statement.setString(4, report.reason());
      return statement.executeUpdate() == 1;
    } catch (SQLException e) {
      if (SqlErrors.isUniqueViolation(e)) {
        return false;
      }
      if (SqlErrors.isMissingReference(e)) {
        throw new NotFoundException("comment", report.commentId());
      }
      throw e;
    }
  }

  /** Returns a comment's reports, oldest first. */
  public static List<Report> of(Connection connection, CommentId id) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(OF_COMMENT)) {
      statement.setLong(1, id.value());
      return readAll(statement);
    }
  }

  /** Runs a query selecting {@link #COLUMNS} and reads every row. */
  static List<Report> readAll(PreparedStatement statement) throws SQLException {
    List<Report> reports = new ArrayList<>();
    try (ResultSet row = statement.executeQuery()) {
      while (row.next()) {
        reports.add(
            new Report(
                CommentId.of(row.getLong("comment_id")),
                row.getString("reporter_key"),
                Times.read(row, "reported_at"),
                row.getString("reason")));
      }
    }
    return reports;
  }

  /** Deletes a comment's reports. */
  static void deleteAll(Connection connection, CommentId id) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(DELETE)) {
      statement.setLong(1, id.value());
      statement.executeUpdate();
    }
  }
}
