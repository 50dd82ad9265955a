package org.rejoinder.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.rejoinder.InvalidInputException;
import org.rejoinder.InvalidInputException.Problem;
import org.rejoinder.model.Actor;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Role;

/**
 * Rows of {@code rejoinder_audit}: a comment's state changes, keyed by the comment version each
 * one produced.
 */
public final class AuditTable {
  /**
   * The longest actor key a row holds: an external identity's key, provider id (64) + ':' +
   * subject (200), fits with room to spare.
   */
  public static final int MAX_ACTOR_KEY_CHARS = 300;

  static final String INSERT =
      "INSERT INTO rejoinder_audit (comment_id, comment_version, changed_at, actor_key,"
          + " actor_role, from_state, to_state, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String TRAIL =
      "SELECT changed_at, actor_key, actor_role, from_state, to_state, reason FROM rejoinder_audit"
          + " WHERE comment_id = ? ORDER BY comment_version";

  private AuditTable() {}

  /**
   * Checks that an entry fits its row, before anything is written.
   *
   * @throws InvalidInputException if the actor's key is longer than {@value #MAX_ACTOR_KEY_CHARS}
   *     characters
   */
  public static void checkFits(AuditEntry entry) {
    String key = entry.actor().key();
    if (key != null && key.length() > MAX_ACTOR_KEY_CHARS) {
      throw new InvalidInputException(
          "actor.key",
          Problem.TOO_LONG,
          "actor.key is longer than " + MAX_ACTOR_KEY_CHARS + " characters");
    }
  }

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
      List<AuditEntry> entries = new ArrayList<>();
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          String from = row.getString("from_state");
          entries.add(
              new AuditEntry(
                  id,
                  Times.read(row, "changed_at"),
                  new Actor(row.getString("actor_key"), Role.valueOf(row.getString("actor_role"))),
                  from == null ? null : ModerationState.valueOf(from),
                  ModerationState.valueOf(row.getString("to_state")),
                  row.getString("reason")));
        }
      }
      return entries;
    }
  }
}
