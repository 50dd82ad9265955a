package org.rejoinder.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.rejoinder.model.Comment;
import org.rejoinder.model.ModerationState;
import org.rejoinder.store.CommentQueries;
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
    StringBuilder sql = findSql(query, values);
    try (PreparedStatement statement = prepare(connection, sql, values)) {
      return CommentTable.readAll(statement);
    }
  }

  /**
   * Answers several queries with one statement: a row of counts, one scalar subquery per
   * counted query, joined with the rows every found query matches, each tagged with its query.
   */
  public static CommentQueries.Answers answer(Connection connection, CommentQueries queries)
      throws SQLException {
    List<Object> values = new ArrayList<>();
    StringBuilder sql = new StringBuilder("SELECT n.*");
    if (!queries.finds().isEmpty()) {
      sql.append(", f.*");
    }
    sql.append(" FROM (SELECT ");
    if (queries.counts().isEmpty()) {
      sql.append("0 AS no_count");
    }
    for (int i = 0; i < queries.counts().size(); i++) {
      sql.append(i == 0 ? "" : ", ").append("(SELECT COUNT(*) FROM rejoinder_comment");
      where(queries.counts().get(i), sql, values);
      sql.append(") AS count_").append(i);
    }
    sql.append(") n");
    if (!queries.finds().isEmpty()) {
      sql.append(" LEFT JOIN (");
      for (int i = 0; i < queries.finds().size(); i++) {
        sql.append(i == 0 ? "" : " UNION ALL ")
            .append("SELECT ").append(i).append(" AS query_index, f").append(i).append(".* FROM (")
            .append(findSql(queries.finds().get(i), values))
            .append(") f").append(i);
      }
      sql.append(") f ON 1 = 1");
    }
    List<Long> counts = new ArrayList<>();
    List<List<Comment>> found = new ArrayList<>();
    for (int i = 0; i < queries.finds().size(); i++) {
      found.add(new ArrayList<>());
    }
    try (PreparedStatement statement = prepare(connection, sql, values);
        ResultSet row = statement.executeQuery()) {
      while (row.next()) {
        if (counts.isEmpty()) {
          for (int i = 0; i < queries.counts().size(); i++) {
            counts.add(row.getLong("count_" + i));
          }
        }
        if (!queries.finds().isEmpty()) {
          int index = row.getInt("query_index");
          if (!row.wasNull()) {
            found.get(index).add(CommentTable.read(row));
          }
        }
      }
    }
    for (int i = 0; i < found.size(); i++) {
      // A union keeps no order: each query's own order is restored here.
      Comparator<Comment> order =
          Comparator.comparing(Comment::createdAt).thenComparing(c -> c.id().value());
      found.get(i).sort(queries.finds().get(i).newestFirst() ? order.reversed() : order);
    }
    return new CommentQueries.Answers(counts, found);
  }

  /** Returns the query of the comments matching {@code query}, in its order, with its page. */
  private static StringBuilder findSql(CommentQuery query, List<Object> values) {
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
    return sql;
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
    if (query.bodyText() != null) {
      conditions.add("body = ?");
      values.add(query.bodyText());
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
