package org.rejoinder.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.rejoinder.model.Comment;
import org.rejoinder.thread.ThreadPageRequest;
import org.rejoinder.thread.ThreadSlice;

/**
 * Reads one page of a post's top-level threads, cut by time, with three indexed queries: the post's counters,
 * the approved comments before the page (summed over thread rows), and the page's comments
 * (thread rows of the page joined to their comments by root id). Thread rows are walked from
 * whichever end of the post is nearer the page, so the first and the last pages are the cheapest.
 */
public final class ThreadPages {
  /** The threads everyone is shown: those with an approved comment. */
  private static final String SHOWN_TO_ALL = "t.post_id = ? AND t.approved > 0";
  /** The threads a signed-in viewer is shown: also those with one of their pending comments. */
  private static final String SHOWN_TO_VIEWER =
      "t.post_id = ? AND (t.approved > 0 OR t.root_id IN (SELECT v.root_id FROM rejoinder_comment v"
          + " WHERE v.author_key = ? AND v.post_id = t.post_id AND v.state = 'PENDING'))";
  private static final String TOTALS_FOR_ALL =
      "SELECT response_count, thread_count FROM rejoinder_post WHERE id = ?";
  private static final String TOTALS_FOR_VIEWER =
      "SELECT p.response_count, p.thread_count + (SELECT COUNT(*) FROM rejoinder_thread t"
          + " WHERE t.post_id = p.id AND t.approved = 0 AND t.root_id IN (SELECT v.root_id"
          + " FROM rejoinder_comment v WHERE v.author_key = ? AND v.post_id = p.id"
          + " AND v.state = 'PENDING')) FROM rejoinder_post p WHERE p.id = ?";
  // Ordered by the whole index (post_id, created_at, root_id), post_id included though it is
  // fixed: H2 walks the index in order only then, and otherwise sorts every thread of the post.
  private static final String OLDEST = " ORDER BY t.post_id, t.created_at, t.root_id";
  private static final String NEWEST = " ORDER BY t.post_id DESC, t.created_at DESC, t.root_id DESC";
  private static final String SUM =
      "SELECT COALESCE(SUM(w.approved), 0) FROM (SELECT t.approved FROM rejoinder_thread t WHERE"
          + " %s%s FETCH FIRST ? ROWS ONLY) w";
  private static final String PAGE =
      "SELECT " + Sql.qualified("c", CommentTable.COLUMNS) + " FROM rejoinder_comment c"
          + " JOIN (SELECT t.root_id FROM rejoinder_thread t WHERE %s%s"
          + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY) w ON c.root_id = w.root_id"
          + " ORDER BY c.created_at, c.id";

  private ThreadPages() {}

  /**
   * Reads the requested page; run in one snapshot so that its parts agree. Pages of an order
   * that does not cut them by time (a ranked order) are cut in memory from the post's comments.
   */
  public static ThreadSlice read(Connection connection, ThreadPageRequest request)
      throws SQLException {
    if (!request.order().pagesByTime()) {
      return ThreadSlice.cut(CommentTable.ofPost(connection, request.postId()), request);
    }
    int responseCount;
    int threadCount;
    boolean anonymous = request.viewerKey() == null;
    try (PreparedStatement statement =
        connection.prepareStatement(anonymous ? TOTALS_FOR_ALL : TOTALS_FOR_VIEWER)) {
      if (anonymous) {
        statement.setString(1, request.postId().value());
      } else {
        statement.setString(1, request.viewerKey());
        statement.setString(2, request.postId().value());
      }
      try (ResultSet row = statement.executeQuery()) {
        if (!row.next()) {
          return new ThreadSlice(List.of(), 0, 0, 0, 0);
        }
        responseCount = row.getInt(1);
        threadCount = row.getInt(2);
      }
    }
    int from = request.fromThread(threadCount);
    int to = request.toThread(threadCount);
    boolean nearOldest = from <= threadCount - to;
    int responsesBefore =
        nearOldest
            ? sum(connection, request, OLDEST, from)
            : responseCount - sum(connection, request, NEWEST, threadCount - from);
    List<Comment> comments =
        from == to
            ? List.of()
            : page(connection, request, nearOldest ? OLDEST : NEWEST,
                nearOldest ? from : threadCount - to, to - from);
    return new ThreadSlice(comments, threadCount, from, responsesBefore, responseCount);
  }

  /** Sums the approved comments of the first {@code threads} shown threads in {@code order}. */
  private static int sum(Connection connection, ThreadPageRequest request, String order, int threads)
      throws SQLException {
    if (threads == 0) {
      return 0;
    }
    try (PreparedStatement statement =
        connection.prepareStatement(String.format(SUM, shown(request), order))) {
      int next = bindShown(statement, request);
      statement.setInt(next, threads);
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        return row.getInt(1);
      }
    }
  }

  /**
   * Returns the page query for an anonymous reader or a signed-in viewer, walking thread rows
   * from the oldest or the newest.
   */
  public static String pageSql(boolean anonymous, boolean fromOldest) {
    return String.format(PAGE, anonymous ? SHOWN_TO_ALL : SHOWN_TO_VIEWER, fromOldest ? OLDEST : NEWEST);
  }

  private static String shown(ThreadPageRequest request) {
    return request.viewerKey() == null ? SHOWN_TO_ALL : SHOWN_TO_VIEWER;
  }

  private static List<Comment> page(
      Connection connection, ThreadPageRequest request, String order, int skip, int threads)
      throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(pageSql(request.viewerKey() == null, order.equals(OLDEST)))) {
      int next = bindShown(statement, request);
      statement.setInt(next, skip);
      statement.setInt(next + 1, threads);
      return CommentTable.readAll(statement);
    }
  }

  private static int bindShown(PreparedStatement statement, ThreadPageRequest request)
      throws SQLException {
    statement.setString(1, request.postId().value());
    if (request.viewerKey() == null) {
      return 2;
    }
    statement.setString(2, request.viewerKey());
    return 3;
  }
}
