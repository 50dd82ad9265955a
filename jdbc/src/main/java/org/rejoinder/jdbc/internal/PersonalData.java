package org.rejoinder.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rejoinder.model.Author;
import org.rejoinder.model.Mention;
import org.rejoinder.model.Report;
import org.rejoinder.model.Vote;
import org.rejoinder.store.ErasureRecord;
import org.rejoinder.store.PersonalDataStore.Erased;

/**
 * A reader's personal data, found and erased by address: comments by {@code author_email_lower},
 * reports, votes, audit entries and revisions by the address's key, subscriptions and the outbox
 * by the address; mentions of the erased comments by name in the comments of their posts. Each
 * batch adds its counts to the erasure's row in {@code rejoinder_erasure}, which the first batch
 * inserts.
 */
public final class PersonalData {
  private static final String REPORTS_BY =
      "SELECT " + ReportTable.COLUMNS + " FROM rejoinder_report WHERE reporter_key = ? ORDER BY reported_at, seq";
  private static final String COMMENTS =
      "SELECT id, post_id FROM rejoinder_comment WHERE author_email_lower = ? ORDER BY id";
  private static final String ANONYMIZE =
      "UPDATE rejoinder_comment SET author_kind = 'GUEST', author_ref = NULL, author_provider = NULL,"
          + " author_provider_name = NULL, author_name = ?, author_email = NULL, author_url = NULL,"
          + " author_key = ?, author_email_lower = NULL, client_ip = NULL, client_user_agent = NULL,"
          + " name_key = ? WHERE id = ?";
  private static final String MENTIONING =
      "SELECT id, mentions FROM rejoinder_comment WHERE post_id = ? AND mentions IS NOT NULL";
  private static final String SET_MENTIONS = "UPDATE rejoinder_comment SET mentions = ? WHERE id = ?";
  private static final String REKEY_REPORTS =
      "UPDATE rejoinder_report SET reporter_key = 'erased:' || CAST(seq AS VARCHAR(20)) WHERE reporter_key = ?";
  private static final String REKEY_VOTES = "UPDATE rejoinder_vote SET voter_key = ? WHERE voter_key = ?";
  private static final String FORGET_ACTOR = "UPDATE rejoinder_audit SET actor_key = NULL WHERE actor_key = ?";
  private static final String FORGET_EDITOR = "UPDATE rejoinder_revision SET editor_key = NULL WHERE editor_key = ?";
  private static final String DELETE_SUBSCRIPTIONS = "DELETE FROM rejoinder_subscription WHERE email_lower = ?";
  private static final String DELETE_NOTIFICATIONS = "DELETE FROM rejoinder_outbox WHERE LOWER(recipient) = ?";
  private static final String VOTES_BY =
      "SELECT " + VoteTable.COLUMNS + " FROM rejoinder_vote WHERE voter_key = ? ORDER BY voted_at, comment_id";
  private static final String ADD_TO_RECORD =
      "UPDATE rejoinder_erasure SET comments = comments + ?, revisions = revisions + ?,"
          + " reports = reports + ?, subscriptions = subscriptions + ?, votes = votes + ?,"
          + " mentions = mentions + ? WHERE request_id = ?";
  private static final String INSERT_RECORD =
      "INSERT INTO rejoinder_erasure (comments, revisions, reports, subscriptions, votes, mentions,"
          + " request_id, requested_by, requested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String RECORDS =
      "SELECT request_id, requested_by, requested_at, comments, revisions, reports, subscriptions,"
          + " votes, mentions FROM rejoinder_erasure ORDER BY requested_at DESC, seq DESC"
          + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";

  private PersonalData() {}

  /** Returns the reports filed under a key, oldest first. */
  public static List<Report> reportsBy(Connection connection, String reporterKey) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(REPORTS_BY)) {
      statement.setString(1, reporterKey);
      return ReportTable.readAll(statement);
    }
  }

  /** Returns the votes cast under a key, oldest first. */
  public static List<Vote> votesBy(Connection connection, String voterKey) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(VOTES_BY)) {
      statement.setString(1, voterKey);
      return VoteTable.readAll(statement);
    }
  }

  /** Returns a page of the records of erasures, newest first. */
  public static List<ErasureRecord> records(Connection connection, int offset, int limit) throws SQLException {
    List<ErasureRecord> records = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(RECORDS)) {
      statement.setInt(1, offset);
      statement.setInt(2, limit);
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          records.add(new ErasureRecord(row.getString("request_id"), row.getString("requested_by"),
              Times.read(row, "requested_at"), row.getInt("comments"), row.getInt("revisions"),
              row.getInt("reports"), row.getInt("subscriptions"), row.getInt("votes"),
              row.getInt("mentions")));
        }
      }
    }
    return records;
  }

  /**
   * Erases one batch and adds it to the erasure's record (stored by the first batch); {@code
   * address} is in lower case.
   */
  public static Erased erase(
      Connection connection, String address, Author replacement, int limit, ErasureRecord erasure)
      throws SQLException {
    List<Long> ids = new ArrayList<>();
    Set<String> posts = new LinkedHashSet<>();
    try (PreparedStatement statement = connection.prepareStatement(COMMENTS)) {
      statement.setString(1, address);
      statement.setMaxRows(limit);
      try (ResultSet row = statement.executeQuery()) {
        while (row.next() && ids.size() < limit) {
          ids.add(row.getLong(1));
          posts.add(row.getString(2));
        }
      }
    }
    if (!ids.isEmpty()) {
      String nameKey = Mention.firstNameKey(replacement.displayName());
      try (PreparedStatement statement = connection.prepareStatement(ANONYMIZE)) {
        for (long id : ids) {
          statement.setString(1, replacement.displayName());
          statement.setString(2, replacement.key());
          statement.setString(3, nameKey);
          statement.setLong(4, id);
          statement.addBatch();
        }
        statement.executeBatch();
      }
    }
    int mentions = dropMentions(connection, posts, new HashSet<>(ids));
    String key = "email:" + address;
    int reports = update(connection, REKEY_REPORTS, key);
    int votes;
    try (PreparedStatement statement = connection.prepareStatement(REKEY_VOTES)) {
      statement.setString(1, "erased:" + erasure.requestId());
      statement.setString(2, key);
      votes = statement.executeUpdate();
    }
    update(connection, FORGET_ACTOR, key);
    int revisions = update(connection, FORGET_EDITOR, key);
    int subscriptions = update(connection, DELETE_SUBSCRIPTIONS, address);
    update(connection, DELETE_NOTIFICATIONS, address);
    Erased batch = new Erased(ids.size(), revisions, reports, subscriptions, votes, mentions);
    record(connection, erasure, batch);
    return batch;
  }

  /** Drops, from the comments of {@code posts}, the mentions by name of the comments {@code erased}. */
  private static int dropMentions(Connection connection, Set<String> posts, Set<Long> erased)
      throws SQLException {
    int dropped = 0;
    Map<Long, String> changed = new LinkedHashMap<>();
    try (PreparedStatement statement = connection.prepareStatement(MENTIONING)) {
      for (String post : posts) {
        statement.setString(1, post);
        try (ResultSet row = statement.executeQuery()) {
          while (row.next()) {
            List<Mention> mentions = MentionColumn.read(row.getString(2));
            List<Mention> kept = new ArrayList<>(mentions.size());
            for (Mention m : mentions) {
              if (m.kind() != Mention.Kind.NAME || !erased.contains(m.commentId().value())) {
                kept.add(m);
              }
            }
            if (kept.size() < mentions.size()) {
              dropped += mentions.size() - kept.size();
              changed.put(row.getLong(1), MentionColumn.write(kept));
            }
          }
        }
      }
    }
    if (!changed.isEmpty()) {
      try (PreparedStatement statement = connection.prepareStatement(SET_MENTIONS)) {
        for (Map.Entry<Long, String> e : changed.entrySet()) {
          statement.setString(1, e.getValue());
          statement.setLong(2, e.getKey());
          statement.addBatch();
        }
        statement.executeBatch();
      }
    }
    return dropped;
  }

  /** Adds a batch's counts to the erasure's record, storing the record with the first batch. */
  private static void record(Connection connection, ErasureRecord erasure, Erased batch) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(ADD_TO_RECORD)) {
      bindCounts(statement, batch);
      statement.setString(7, erasure.requestId());
      if (statement.executeUpdate() == 1) {
        return;
      }
    }
    try (PreparedStatement statement = connection.prepareStatement(INSERT_RECORD)) {
      bindCounts(statement, batch);
      statement.setString(7, erasure.requestId());
      statement.setString(8, erasure.requestedBy());
      Times.bind(statement, 9, erasure.requestedAt());
      statement.executeUpdate();
    }
  }

  private static void bindCounts(PreparedStatement statement, Erased batch) throws SQLException {
    statement.setInt(1, batch.comments());
    statement.setInt(2, batch.revisions());
    statement.setInt(3, batch.reports());
    statement.setInt(4, batch.subscriptions());
    statement.setInt(5, batch.votes());
    statement.setInt(6, batch.mentions());
  }

  private static int update(Connection connection, String sql, String value) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, value);
      return statement.executeUpdate();
    }
  }
}
