package org.rejoinder.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rejoinder.model.Comment;
import org.rejoinder.model.PostId;
import org.rejoinder.store.RecentCommentsQuery;

/**
 * Questions across posts, each one query: response counts from the posts' counters, recent
 * comments through the index of approved comments by time ({@code rejoinder_comment_recent}).
 */
public final class Activity {
  /** Posts asked about in one statement at most; more are asked in several. */
  private static final int IDS_PER_STATEMENT = 500;

  private Activity() {}

  /**
   * Returns the response counter of each stored post among {@code posts}. PostgreSQL is asked
   * about several posts in one statement whatever their number, the ids bound as one array, so
   * that every such call shares one statement and its plan, which probes the primary key once per
   * post; otherwise posts are asked about in statements of up to 500 ids each.
   */
  public static Map<PostId, Integer> responseCounts(
      Connection connection, Dialect dialect, Collection<PostId> posts) throws SQLException {
    List<String> unique = new ArrayList<>();
    for (PostId post : new LinkedHashSet<>(posts)) {
      unique.add(post.value());
    }
    Map<PostId, Integer> counts = new HashMap<>();
    if (dialect == Dialect.POSTGRESQL && unique.size() > 1) {
      try (PreparedStatement statement = connection.prepareStatement(
          "SELECT id, response_count FROM rejoinder_post WHERE id = ANY (?)")) {
        statement.setArray(1, connection.createArrayOf("text", unique.toArray()));
        readCounts(statement, counts);
      }
      return counts;
    }
    for (int from = 0; from < unique.size(); from += IDS_PER_STATEMENT) {
      List<String> chunk = unique.subList(from, Math.min(unique.size(), from + IDS_PER_STATEMENT));
      String sql = "SELECT id, response_count FROM rejoinder_post WHERE id IN ("
          + Sql.placeholders(chunk.size()) + ")";
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        for (int i = 0; i < chunk.size(); i++) {
          statement.setString(i + 1, chunk.get(i));
        }
        readCounts(statement, counts);
      }
    }
    return counts;
  }

  private static void readCounts(PreparedStatement statement, Map<PostId, Integer> counts)
      throws SQLException {
    try (ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        counts.put(PostId.of(rows.getString(1)), rows.getInt(2));
      }
    }
  }

  /** Returns the approved comments the query selects, newest first, paged. */
  public static List<Comment> recent(
      Connection connection, Dialect dialect, RecentCommentsQuery query, Instant at)
      throws SQLException {
    StringBuilder sql = new StringBuilder("SELECT ");
    for (String column : CommentTable.COLUMNS.split(",\\s*")) {
      sql.append(sql.length() > 7 ? ", c." : "c.").append(column);
    }
    sql.append(" FROM rejoinder_comment c");
    List<Object> values = new ArrayList<>();
    if (query.openPostsOnly()) {
      sql.append(" JOIN rejoinder_post p ON p.id = c.post_id");
    }
    sql.append(" WHERE c.state = 'APPROVED'");
    inList(sql, values, "c.post_id IN", query.posts());
    inList(sql, values, "c.post_id NOT IN", query.excludedPosts());
    if (query.openPostsOnly()) {
      sql.append(" AND (p.comment_status = 'OPEN' OR (p.comment_status = 'CLOSES_AFTER_DAYS' AND ")
          .append(closesAfter(dialect)).append(" > ?))");
      values.add(at);
    }
    sql.append(" ORDER BY c.created_at DESC, c.id DESC");
    if (query.offset() > 0) {
      sql.append(" OFFSET ? ROWS");
      values.add(query.offset());
    }
    sql.append(" FETCH FIRST ? ROWS ONLY");
    values.add(query.limit());
    try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
      for (int i = 0; i < values.size(); i++) {
        Object value = values.get(i);
        if (value instanceof Instant instant) {
          Times.bind(statement, i + 1, instant);
        } else {
          statement.setObject(i + 1, value);
        }
      }
      return CommentTable.readAll(statement);
    }
  }

  private static void inList(StringBuilder sql, List<Object> values, String condition, Set<PostId> posts) {
    if (posts.isEmpty()) {
      return;
    }
    sql.append(" AND ").append(condition).append(" (").append(Sql.placeholders(posts.size())).append(")");
    for (PostId post : posts) {
      values.add(post.value());
    }
  }

  /** The instant a post closing some days after publishing stops taking comments. */
  private static String closesAfter(Dialect dialect) {
    return switch (dialect) {
      case H2 -> "DATEADD(DAY, p.comment_status_days, p.published_at)";
      case POSTGRESQL -> "p.published_at + p.comment_status_days * INTERVAL '1 day'";
      // SQLite keeps times as milliseconds since the epoch.
      case SQLITE -> "p.published_at + p.comment_status_days * 86400000";
    };
  }
}
