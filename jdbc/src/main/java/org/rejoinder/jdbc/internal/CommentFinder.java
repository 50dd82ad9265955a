package org.rejoinder.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.rejoinder.model.Comment;
import org.rejoinder.model.ModerationState;
import org.rejoinder.store.CommentQuery;

/**
 * Runs a {@link CommentQuery}: its WHERE clause is put together from fixed conditions, one per
 * criterion that is set, and every value is a bind parameter.
 */
public final class CommentFinder {
  private CommentFinder() {}

  /** Returns the comments matching a query, in its order, offset and limit applied. */
  public static List<Comment> find(Connection connection, CommentQuery query) throws SQLException {
    List<Object> values = new ArrayList<>();
    StringBuilder sql = new StringBuilder("SELECT ").append(CommentTable.COLUMNS)
        .append(" FROM rejoinder_comment");
    where(query, sql, values);
    String direction = query.newestFirst() ? " DESC" : "";
    sql.append(" ORDER BY created_at").append(direction).append(", id").append(direction);
    if (query.offset() > 0) {
      sql.append(" OFFSET ? ROWS");
      values.add(query.offset());
    }
    if (query.limit() < Integer.MAX_VALUE) {
      sql.append(" FETCH FIRST ? ROWS ONLY");
      values.add(query.limit());
    }
    try (PreparedStatement statement = prepare(connection, sql, values)) {
      return CommentTable.readAll(statement);
    }
  }

  /** Returns how many comments match a query, ignoring its offset and limit. */
  public static long count(Connection connection, CommentQuery query) throws SQLException {
    List<Object> values = new ArrayList<>();
    StringBuilder sql = new StringBuilder("SELECT COUNT(*) FROM rejoinder_comment");
    where(query, sql, values);
    try (PreparedStatement statement = prepare(connection, sql, values);
        ResultSet row = statement.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  private static void where(CommentQuery query, StringBuilder sql, List<Object> values) {
    List<String> conditions = new ArrayList<>();
    if (query.postId() != null) {
      conditions.add("post_id = ?");
      values.add(query.postId().value());
    }
    if (query.parentId() != null) {
      conditions.add("parent_id = ?");
      values.add(query.parentId().value());
    } else if (query.topLevelOnly()) {
      conditions.add("parent_id IS NULL");
    }
    if (!query.states().isEmpty()) {
      conditions.add("state IN (" + Sql.placeholders(query.states().size()) + ")");
      for (ModerationState state : query.states()) {
        values.add(state.name());
      }
    }
    if (query.authorKey() != null) {
      conditions.add("author_key = ?");
      values.add(query.authorKey());
    }
    if (query.authorEmail() != null) {
      conditions.add("author_email_lower = ?");
      values.add(query.authorEmail());
    }
    if (query.ip() != null) {
      conditions.add("client_ip = ?");
      values.add(query.ip());
    }
    if (query.createdFrom() != null) {
      conditions.add("created_at >= ?");
      values.add(query.createdFrom());
    }
    if (query.updatedBefore() != null) {
      conditions.add("updated_at < ?");
      values.add(query.updatedBefore());
    }
    if (!conditions.isEmpty()) {
      sql.append(" WHERE ").append(String.join(" AND ", conditions));
    }
  }

  private static PreparedStatement prepare(Connection connection, CharSequence sql, List<Object> values)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql.toString());
    try {
      for (int i = 0; i < values.size(); i++) {
        Object value = values.get(i);
        if (value instanceof java.time.Instant instant) {
          Times.bind(statement, i + 1, instant);
        } else {
          statement.setObject(i + 1, value);
        }
      }
      return statement;
    } catch (SQLException | RuntimeException e) {
      statement.close();
      throw e;
    }
  }
}
