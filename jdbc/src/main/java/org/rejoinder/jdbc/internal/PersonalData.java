package org.rejoinder.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.rejoinder.model.Author;
import org.rejoinder.model.Report;
import org.rejoinder.store.PersonalDataStore.Erased;

/**
 * A reader's personal data, found and erased by address: comments by {@code author_email_lower},
 * reports, audit entries and revisions by the address's key, subscriptions and the outbox by the
 * address.
 */
public final class PersonalData {
  private static final String REPORTS_BY =
      "SELECT " + ReportTable.COLUMNS + " FROM rejoinder_report WHERE reporter_key = ? ORDER BY reported_at, seq";
  private static final String COMMENTS =
      "SELECT id FROM rejoinder_comment WHERE author_email_lower = ? ORDER BY id";
  private static final String ANONYMIZE =
      "UPDATE rejoinder_comment SET author_kind = 'GUEST', author_ref = NULL, author_provider = NULL,"
          + " author_provider_name = NULL, author_name = ?, author_email = NULL, author_url = NULL,"
          + " author_key = ?, author_email_lower = NULL, client_ip = NULL, client_user_agent = NULL"
          + " WHERE id = ?";
  private static final String REKEY_REPORTS =
      "UPDATE rejoinder_report SET reporter_key = 'erased:' || CAST(seq AS VARCHAR(20)) WHERE reporter_key = ?";
  private static final String FORGET_ACTOR = "UPDATE rejoinder_audit SET actor_key = NULL WHERE actor_key = ?";
  private static final String FORGET_EDITOR = "UPDATE rejoinder_revision SET editor_key = NULL WHERE editor_key = ?";
  private static final String DELETE_SUBSCRIPTIONS = "DELETE FROM rejoinder_subscription WHERE email_lower = ?";
  private static final String DELETE_NOTIFICATIONS = "DELETE FROM rejoinder_outbox WHERE LOWER(recipient) = ?";

  private PersonalData() {}

  /** Returns the reports filed under a key, oldest first. */
  public static List<Report> reportsBy(Connection connection, String reporterKey) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(REPORTS_BY)) {
      statement.setString(1, reporterKey);
      return ReportTable.readAll(statement);
    }
  }

  /** Erases one batch; {@code address} is in lower case. */
  public static Erased erase(Connection connection, String address, Author replacement, int limit)
      throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(COMMENTS)) {
      statement.setString(1, address);
      statement.setMaxRows(limit);
      try (ResultSet row = statement.executeQuery()) {
        while (row.next() && ids.size() < limit) {
          ids.add(row.getLong(1));
        }
      }
    }
    if (!ids.isEmpty()) {
      try (PreparedStatement statement = connection.prepareStatement(ANONYMIZE)) {
        for (long id : ids) {
          statement.setString(1, replacement.displayName());
          statement.setString(2, replacement.key());
          statement.setLong(3, id);
          statement.addBatch();
        }
        statement.executeBatch();
      }
    }
    String key = "email:" + address;
    int reports = update(connection, REKEY_REPORTS, key);
    update(connection, FORGET_ACTOR, key);
    update(connection, FORGET_EDITOR, key);
    int subscriptions = update(connection, DELETE_SUBSCRIPTIONS, address);
    update(connection, DELETE_NOTIFICATIONS, address);
    return new Erased(ids.size(), reports, subscriptions);
  }

  private static int update(Connection connection, String sql, String value) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, value);
      return statement.executeUpdate();
    }
  }
}
