package org.rejoinder.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.rejoinder.model.Actor;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Role;

/**
 * Rows of {@code rejoinder_audit}: a comment's state changes, keyed by the comment version each
 * one produced, and numbered in storage order ({@code seq}) across comments.
 */
public final class AuditTable {
  static final String INSERT =
      "INSERT INTO rejoinder_audit (comment_id, comment_version, changed_at, actor_key,"
          + " actor_role, from_state, to_state, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
  /** The columns an entry is read from. */
  static final String COLUMNS =
      "comment_id, changed_at, actor_key, actor_role, from_state, to_state, reason";
  private static final String SELECT = "SELECT " + COLUMNS + " FROM rejoinder_audit";
  private static final String TRAIL = SELECT + " WHERE comment_id = ? ORDER BY comment_version";
  /**
   * One actor's entries, newest first: a walk of the index on {@code (actor_key, changed_at DESC,
   * seq DESC)}. The constant {@code actor_key} leads the ORDER BY so that H2 sees the index order.
   */
  public static final String BY_ACTOR =
      SELECT + " WHERE actor_key = ? ORDER BY actor_key, changed_at DESC, seq DESC"
          + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
  private static final String DELETE = "DELETE FROM rejoinder_audit WHERE comment_id = ?";

  private AuditTable() {}

  /** Binds one row of {@link #INSERT}: the entry that produced {@code commentVersion}. */
  static void bindInsert(PreparedStatement statement, AuditEntry entry, long commentVersion)
      throws SQLException {
    statement.setLong(1, entry.commentId().value());
    statement.setLong(2, commentVersion);
    Times.bind(statement, 3, entry.at());
    statement.setString(4, entry.actor().key());
    statement.setString(5, entry.actor().role().name());
    statement.setString(6, entry.from() == null ? null : entry.from().name());
    statement.setString(7, entry.to().name());
    statement.setString(8, entry.reason());
  }

  static void insert(Connection connection, AuditEntry entry, long commentVersion)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
      bindInsert(statement, entry, commentVersion);
      statement.executeUpdate();
    }
  }

  /** Returns a comment's audit entries, oldest first. */
  public static List<AuditEntry> trail(Connection connection, CommentId id) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(TRAIL)) {
      statement.setLong(1, id.value());
      return readAll(statement);
    }
  }

  /**
   * Returns one actor's entries on every comment, newest first and, within one millisecond, in
   * reverse storage order; {@code offset} and {@code limit} already checked.
   */
  public static List<AuditEntry> byActor(Connection connection, String actorKey, int offset, int limit)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(BY_ACTOR)) {
      statement.setString(1, actorKey);
      statement.setInt(2, offset);
      statement.setInt(3, limit);
      return readAll(statement);
    }
  }

  /** Deletes a comment's audit trail. */
  static void deleteAll(Connection connection, CommentId id) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(DELETE)) {
      statement.setLong(1, id.value());
      statement.executeUpdate();
    }
  }

  /** Reads the actor stored in the columns {@code <prefix>_key} and {@code <prefix>_role}. */
  static Actor actor(ResultSet row, String prefix) throws SQLException {
    return new Actor(row.getString(prefix + "_key"), Role.valueOf(row.getString(prefix + "_role")));
  }

  /** Runs a query selecting {@link #COLUMNS} and reads every row. */
  static List<AuditEntry> readAll(PreparedStatement statement) throws SQLException {
    List<AuditEntry> entries = new ArrayList<>();
    try (ResultSet row = statement.executeQuery()) {
      while (row.next()) {
        @Nullable String from = row.getString("from_state");
        entries.add(
            new AuditEntry(
                CommentId.of(row.getLong("comment_id")),
                Times.read(row, "changed_at"),
                actor(row, "actor"),
                from == null ? null : ModerationState.valueOf(from),
                ModerationState.valueOf(row.getString("to_state")),
                row.getString("reason")));
      }
    }
    return entries;
  }
}
