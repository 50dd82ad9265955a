package org.rejoinder.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.rejoinder.model.Body;
import org.rejoinder.model.BodyFormat;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.Revision;

/**
 * Rows of {@code rejoinder_revision}: a comment's edits, each keyed by the comment version it
 * produced, with the text the comment had before.
 */
public final class RevisionTable {
  private static final String INSERT =
      "INSERT INTO rejoinder_revision (comment_id, comment_version, edited_at, editor_key,"
          + " editor_role, previous_body, previous_format) VALUES (?, ?, ?, ?, ?, ?, ?)";
  private static final String OF_COMMENT =
      "SELECT edited_at, editor_key, editor_role, previous_body, previous_format"
          + " FROM rejoinder_revision WHERE comment_id = ? ORDER BY comment_version";
  private static final String DELETE = "DELETE FROM rejoinder_revision WHERE comment_id = ?";

  private RevisionTable() {}

  /** Stores the edit that produced {@code commentVersion}. */
  static void insert(Connection connection, Revision revision, long commentVersion)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
      statement.setLong(1, revision.commentId().value());
      statement.setLong(2, commentVersion);
      Times.bind(statement, 3, revision.at());
      statement.setString(4, revision.editor().key());
      statement.setString(5, revision.editor().role().name());
      statement.setString(6, revision.previous().text());
      statement.setString(7, revision.previous().format().name());
      statement.executeUpdate();
    }
  }

  /** Returns a comment's revisions, oldest first. */
  public static List<Revision> of(Connection connection, CommentId id) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(OF_COMMENT)) {
      statement.setLong(1, id.value());
      List<Revision> revisions = new ArrayList<>();
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          revisions.add(
              new Revision(
                  id,
                  Times.read(row, "edited_at"),
                  AuditTable.actor(row, "editor"),
                  new Body(
                      row.getString("previous_body"),
                      BodyFormat.valueOf(row.getString("previous_format")))));
        }
      }
      return revisions;
    }
  }

  /** Deletes a comment's revisions. */
  static void deleteAll(Connection connection, CommentId id) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(DELETE)) {
      statement.setLong(1, id.value());
      statement.executeUpdate();
    }
  }
}
