package org.rejoinder.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.rejoinder.error.AlreadyExistsException;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.PostId;
import org.rejoinder.subscription.Subscription;
import org.rejoinder.subscription.SubscriptionId;

/** Rows of {@code rejoinder_subscription}: readers' subscriptions, in storage order by {@code seq}. */
public final class SubscriptionTable {
  private static final String COLUMNS = "id, email, post_id, scope, comment_id, status, created_at, delivery";
  private static final String INSERT =
      "INSERT INTO rejoinder_subscription (" + COLUMNS + ", email_lower) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String FIND = "SELECT " + COLUMNS + " FROM rejoinder_subscription WHERE id = ?";
  private static final String ACTIVE =
      "SELECT " + COLUMNS + " FROM rejoinder_subscription WHERE post_id = ? AND status = 'ACTIVE'"
          + " AND (scope = 'POST' OR comment_id = ?) ORDER BY seq";
  private static final String ACTIVATE =
      "UPDATE rejoinder_subscription SET status = 'ACTIVE' WHERE id = ?";
  private static final String DELIVERY = "UPDATE rejoinder_subscription SET delivery = ? WHERE id = ?";
  private static final String DELETE = "DELETE FROM rejoinder_subscription WHERE id = ?";
  private static final String OF_EMAIL =
      "SELECT " + COLUMNS + " FROM rejoinder_subscription WHERE email_lower = ? ORDER BY seq";

  private SubscriptionTable() {}

  /**
   * Stores a subscription.
   *
   * @throws AlreadyExistsException if one has its id
   */
  public static void insert(Connection connection, Subscription s) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
      bind(statement, s);
      statement.executeUpdate();
    } catch (SQLException e) {
      if (SqlErrors.isUniqueViolation(e)) {
        throw new AlreadyExistsException("subscription", s.id());
      }
      throw e;
    }
  }

  /** Adds the insert of a subscription to a write's statements. */
  static void add(Script script, Subscription s) {
    script.add(INSERT, statement -> bind(statement, s));
  }

  private static void bind(PreparedStatement statement, Subscription s) throws SQLException {
    statement.setString(1, s.id().value());
    statement.setString(2, s.email());
    statement.setString(3, s.postId().value());
    statement.setString(4, s.scope().name());
    CommentId comment = s.commentId();
    if (comment == null) {
      statement.setNull(5, Types.BIGINT);
    } else {
      statement.setLong(5, comment.value());
    }
    statement.setString(6, s.status().name());
    Times.bind(statement, 7, s.createdAt());
    statement.setString(8, s.delivery().name());
    statement.setString(9, s.normalizedEmail());
  }

  /** Returns a subscription by id. */
  public static Optional<Subscription> find(Connection connection, SubscriptionId id) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(FIND)) {
      statement.setString(1, id.value());
      List<Subscription> found = readAll(statement);
      return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }
  }

  /** Returns the active subscriptions to a post, and to the replies of {@code parent}. */
  public static List<Subscription> active(Connection connection, PostId post, @Nullable CommentId parent)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(ACTIVE)) {
      statement.setString(1, post.value());
      statement.setLong(2, parent == null ? -1 : parent.value());
      return readAll(statement);
    }
  }

  /** Makes a subscription active; returns it as stored now. */
  public static Optional<Subscription> activate(Connection connection, SubscriptionId id) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(ACTIVATE)) {
      statement.setString(1, id.value());
      statement.executeUpdate();
    }
    return find(connection, id);
  }

  /** Changes when a subscription's notifications are sent; returns it as stored now. */
  public static Optional<Subscription> changeDelivery(
      Connection connection, SubscriptionId id, Subscription.Delivery delivery) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(DELIVERY)) {
      statement.setString(1, delivery.name());
      statement.setString(2, id.value());
      statement.executeUpdate();
    }
    return find(connection, id);
  }

  /** Deletes a subscription; returns whether there was one. */
  public static boolean delete(Connection connection, SubscriptionId id) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(DELETE)) {
      statement.setString(1, id.value());
      return statement.executeUpdate() == 1;
    }
  }

  /** Returns the subscriptions of an address in lower case. */
  public static List<Subscription> ofEmail(Connection connection, String address) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(OF_EMAIL)) {
      statement.setString(1, address);
      return readAll(statement);
    }
  }

  private static List<Subscription> readAll(PreparedStatement statement) throws SQLException {
    List<Subscription> result = new ArrayList<>();
    try (ResultSet row = statement.executeQuery()) {
      while (row.next()) {
        long comment = row.getLong("comment_id");
        CommentId commentId = row.wasNull() ? null : CommentId.of(comment);
        result.add(new Subscription(
            new SubscriptionId(row.getString("id")),
            row.getString("email"),
            PostId.of(row.getString("post_id")),
            Subscription.Scope.valueOf(row.getString("scope")),
            commentId,
            Subscription.Status.valueOf(row.getString("status")),
            Times.read(row, "created_at"),
            Subscription.Delivery.valueOf(row.getString("delivery"))));
      }
    }
    return result;
  }
}
