package org.rejoinder.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.PostId;
import org.rejoinder.store.NotificationStore.OutboxEntry;
import org.rejoinder.subscription.Notification;
import org.rejoinder.subscription.NotificationKind;
import org.rejoinder.subscription.SubscriptionId;

/**
 * Rows of {@code rejoinder_outbox}: notifications to send, one per idempotency key, which the
 * unique key {@code notification_key} enforces.
 */
public final class OutboxTable {
  private static final String COLUMNS =
      "notification_key, kind, recipient, subscription_id, post_id, comment_id, created_at,"
          + " attempts, next_attempt_at, last_error";
  private static final String INSERT =
      "INSERT INTO rejoinder_outbox (" + COLUMNS + ", state)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'DUE')";
  /** PostgreSQL ends a transaction at its first error: a key stored already inserts nothing. */
  private static final String INSERT_UNLESS_STORED = INSERT + " ON CONFLICT (notification_key) DO NOTHING";
  private static final String DUE =
      "SELECT " + COLUMNS + " FROM rejoinder_outbox WHERE state = 'DUE' AND next_attempt_at <= ?"
          + " ORDER BY next_attempt_at, seq";
  private static final String DIGEST =
      "SELECT " + COLUMNS + " FROM rejoinder_outbox WHERE subscription_id = ? AND state = 'DUE'"
          + " AND next_attempt_at = ? ORDER BY seq";
  private static final String FIND =
      "SELECT " + COLUMNS + ", state, sent_at FROM rejoinder_outbox WHERE notification_key = ?";
  private static final String SENT =
      "UPDATE rejoinder_outbox SET state = 'SENT', sent_at = ? WHERE notification_key = ? AND state = 'DUE'";
  private static final String FAILED =
      "UPDATE rejoinder_outbox SET attempts = ?, last_error = ?, next_attempt_at = ? WHERE notification_key = ? AND state = 'DUE'";
  private static final String GAVE_UP =
      "UPDATE rejoinder_outbox SET attempts = ?, last_error = ?, state = 'GAVE_UP' WHERE notification_key = ? AND state = 'DUE'";

  private OutboxTable() {}

  /** Stores notifications whose key is not stored yet. */
  public static void insert(Connection connection, Dialect dialect, Collection<Notification> notifications)
      throws SQLException {
    String sql = dialect == Dialect.H2 ? INSERT : INSERT_UNLESS_STORED;
    for (Notification n : notifications) {
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        bind(statement, n);
        statement.executeUpdate();
      } catch (SQLException e) {
        // H2 fails the statement alone: a key stored already is no error.
        if (!SqlErrors.isUniqueViolation(e)) {
          throw e;
        }
      }
    }
  }

  /** Adds the inserts of notifications whose key is not stored yet to a write's statements. */
  static void add(Script script, Dialect dialect, Collection<Notification> notifications) {
    for (Notification n : notifications) {
      if (dialect == Dialect.H2) {
        script.addToleratingDuplicate(INSERT, statement -> bind(statement, n));
      } else {
        script.add(INSERT_UNLESS_STORED, statement -> bind(statement, n));
      }
    }
  }

  private static void bind(PreparedStatement statement, Notification n) throws SQLException {
    statement.setString(1, n.key());
    statement.setString(2, n.kind().name());
    statement.setString(3, n.recipient());
    SubscriptionId subscription = n.subscriptionId();
    statement.setString(4, subscription == null ? null : subscription.value());
    statement.setString(5, n.postId().value());
    CommentId comment = n.commentId();
    if (comment == null) {
      statement.setNull(6, Types.BIGINT);
    } else {
      statement.setLong(6, comment.value());
    }
    Times.bind(statement, 7, n.createdAt());
    statement.setInt(8, n.attempts());
    Times.bind(statement, 9, n.nextAttemptAt());
    statement.setString(10, n.lastError());
  }

  /** Returns the notifications due at {@code now}, oldest due first. */
  public static List<Notification> due(Connection connection, Instant now, int limit) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(DUE)) {
      Times.bind(statement, 1, now);
      return readUpTo(statement, limit);
    }
  }

  /** Returns the unsent notifications of a subscription due exactly at {@code dueAt}. */
  public static List<Notification> digest(
      Connection connection, SubscriptionId subscription, Instant dueAt, int limit) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(DIGEST)) {
      statement.setString(1, subscription.value());
      Times.bind(statement, 2, dueAt);
      return readUpTo(statement, limit);
    }
  }

  private static List<Notification> readUpTo(PreparedStatement statement, int limit) throws SQLException {
    statement.setMaxRows(limit);
    List<Notification> result = new ArrayList<>();
    try (ResultSet row = statement.executeQuery()) {
      while (row.next() && result.size() < limit) {
        result.add(read(row));
      }
    }
    return result;
  }

  /** Returns the entry with this key. */
  public static Optional<OutboxEntry> find(Connection connection, String key) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(FIND)) {
      statement.setString(1, key);
      try (ResultSet row = statement.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(new OutboxEntry(
            read(row), Times.readNullable(row, "sent_at"), row.getString("state").equals("GAVE_UP")));
      }
    }
  }

  /** Marks a due notification sent. */
  public static boolean markSent(Connection connection, String key, Instant at) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(SENT)) {
      Times.bind(statement, 1, at);
      statement.setString(2, key);
      return statement.executeUpdate() == 1;
    }
  }

  /** Records a failed attempt, giving up when {@code retryAt} is {@code null}. */
  public static boolean markFailed(
      Connection connection, String key, int attempts, @Nullable Instant retryAt, String error)
      throws SQLException {
    String message = error.length() > Notification.MAX_ERROR_CHARS
        ? error.substring(0, Notification.MAX_ERROR_CHARS) : error;
    if (retryAt == null) {
      try (PreparedStatement statement = connection.prepareStatement(GAVE_UP)) {
        statement.setInt(1, attempts);
        statement.setString(2, message);
        statement.setString(3, key);
        return statement.executeUpdate() == 1;
      }
    }
    try (PreparedStatement statement = connection.prepareStatement(FAILED)) {
      statement.setInt(1, attempts);
      statement.setString(2, message);
      Times.bind(statement, 3, retryAt);
      statement.setString(4, key);
      return statement.executeUpdate() == 1;
    }
  }

  private static Notification read(ResultSet row) throws SQLException {
    String subscription = row.getString("subscription_id");
    long comment = row.getLong("comment_id");
    CommentId commentId = row.wasNull() ? null : CommentId.of(comment);
    return new Notification(
        row.getString("notification_key"),
        NotificationKind.of(row.getString("kind")),
        row.getString("recipient"),
        subscription == null ? null : new SubscriptionId(subscription),
        PostId.of(row.getString("post_id")),
        commentId,
        Times.read(row, "created_at"),
        row.getInt("attempts"),
        Times.read(row, "next_attempt_at"),
        row.getString("last_error"));
  }
}
