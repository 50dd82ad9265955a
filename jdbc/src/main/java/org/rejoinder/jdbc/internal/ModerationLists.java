package org.rejoinder.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rejoinder.moderation.Ban;
import org.rejoinder.moderation.Decision;
import org.rejoinder.moderation.KeywordList;

/**
 * Bans ({@code rejoinder_ban}) and keyword lists ({@code rejoinder_keyword}), schema V11. A
 * write first bumps its list's row in {@code rejoinder_moderation_list}, which holds that row
 * locked to the end of the transaction, so that two writers of one list take turns and the
 * second sees what the first wrote.
 */
public final class ModerationLists {
  private static final String BUMP =
      "UPDATE rejoinder_moderation_list SET version = version + 1 WHERE list_name = ?";
  private static final String BANS =
      "SELECT kind, ban_value, decision, expires_at FROM rejoinder_ban ORDER BY seq";
  private static final String DELETE_BAN = "DELETE FROM rejoinder_ban WHERE kind = ? AND ban_value = ?";
  private static final String INSERT_BAN =
      "INSERT INTO rejoinder_ban (kind, ban_value, decision, expires_at) VALUES (?, ?, ?, ?)";
  private static final String KEYWORDS =
      "SELECT keyword FROM rejoinder_keyword WHERE list_name = ? ORDER BY ordinal";
  private static final String DELETE_KEYWORDS = "DELETE FROM rejoinder_keyword WHERE list_name = ?";
  private static final String INSERT_KEYWORD =
      "INSERT INTO rejoinder_keyword (list_name, ordinal, keyword) VALUES (?, ?, ?)";

  private ModerationLists() {}

  /** Returns every ban in the order stored. */
  public static List<Ban> bans(Connection connection) throws SQLException {
    List<Ban> bans = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(BANS);
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        bans.add(new Ban(Ban.Kind.valueOf(rows.getString("kind")), rows.getString("ban_value"),
            Decision.valueOf(rows.getString("decision")), Times.readNullable(rows, "expires_at")));
      }
    }
    return bans;
  }

  /** Stores {@code ban} in place of any of its kind and value, as the last one stored. */
  public static void put(Connection connection, Ban ban) throws SQLException {
    bump(connection, "bans");
    delete(connection, ban);
    try (PreparedStatement insert = connection.prepareStatement(INSERT_BAN)) {
      insert.setString(1, ban.kind().name());
      insert.setString(2, ban.value());
      insert.setString(3, ban.decision().name());
      Times.bind(insert, 4, ban.expiresAt());
      insert.executeUpdate();
    }
  }

  /** Deletes the ban of {@code ban}'s kind and value; returns whether there was one. */
  public static boolean lift(Connection connection, Ban ban) throws SQLException {
    bump(connection, "bans");
    return delete(connection, ban);
  }

  private static boolean delete(Connection connection, Ban ban) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement(DELETE_BAN)) {
      delete.setString(1, ban.kind().name());
      delete.setString(2, ban.value());
      return delete.executeUpdate() > 0;
    }
  }

  /** Returns a keyword list in its order. */
  public static List<String> keywords(Connection connection, KeywordList.Kind kind) throws SQLException {
    List<String> keywords = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(KEYWORDS)) {
      select.setString(1, listName(kind));
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          keywords.add(rows.getString(1));
        }
      }
    }
    return keywords;
  }

  /** Replaces a keyword list with {@code keywords}, already checked. */
  public static void replace(Connection connection, KeywordList.Kind kind, List<String> keywords)
      throws SQLException {
    String list = listName(kind);
    bump(connection, list);
    try (PreparedStatement delete = connection.prepareStatement(DELETE_KEYWORDS)) {
      delete.setString(1, list);
      delete.executeUpdate();
    }
    if (keywords.isEmpty()) {
      return;
    }
    try (PreparedStatement insert = connection.prepareStatement(INSERT_KEYWORD)) {
      for (int i = 0; i < keywords.size(); i++) {
        insert.setString(1, list);
        insert.setInt(2, i);
        insert.setString(3, keywords.get(i));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static void bump(Connection connection, String list) throws SQLException {
    try (PreparedStatement bump = connection.prepareStatement(BUMP)) {
      bump.setString(1, list);
      if (bump.executeUpdate() != 1) {
        throw new SQLException("The schema lacks the row of list " + list + " (version 11)");
      }
    }
  }

  private static String listName(KeywordList.Kind kind) {
    return kind.name().toLowerCase(Locale.ROOT);
  }
}
