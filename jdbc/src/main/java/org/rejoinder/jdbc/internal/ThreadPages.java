package org.rejoinder.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.Mention;
import org.rejoinder.thread.CommentOrder;
import org.rejoinder.thread.ThreadPageRequest;
import org.rejoinder.thread.ThreadSlice;

/**
 * Reads one page of a post's top-level threads with a few indexed queries: the post's counters
 * and its pinned threads, the approved comments before the page (summed over thread rows), the
 * page's comments (thread rows of the page joined to their comments by root id) with their
 * numbers, and which of the comments they mention are approved. Thread rows are walked in the
 * order's own index, from whichever end of the post is nearer the page, so the first and the
 * last pages are the cheapest: the time orders by {@code (created_at, root_id)}, the built-in
 * ranked orders by their score, then time, then id. Pinned threads are out of the walk; page 1
 * adds them.
 */
public final class ThreadPages {
  /** The threads everyone is shown: those with an approved comment, pinned ones aside. */
  private static final String SHOWN_TO_ALL = "t.post_id = ? AND t.approved > 0 AND t.pinned = FALSE";
  /** The threads a signed-in viewer is shown: also those with one of their pending comments. */
  private static final String SHOWN_TO_VIEWER =
      "t.post_id = ? AND t.pinned = FALSE AND (t.approved > 0 OR t.root_id IN (SELECT v.root_id"
          + " FROM rejoinder_comment v WHERE v.author_key = ? AND v.post_id = t.post_id"
          + " AND v.state = 'PENDING'))";
  private static final String TOTALS_FOR_ALL =
      "SELECT response_count, thread_count FROM rejoinder_post WHERE id = ?";
  private static final String TOTALS_FOR_VIEWER =
      "SELECT p.response_count, p.thread_count + (SELECT COUNT(*) FROM rejoinder_thread t"
          + " WHERE t.post_id = p.id AND t.approved = 0 AND t.root_id IN (SELECT v.root_id"
          + " FROM rejoinder_comment v WHERE v.author_key = ? AND v.post_id = p.id"
          + " AND v.state = 'PENDING')) FROM rejoinder_post p WHERE p.id = ?";
  /** The pinned threads of a post, with their approved comments: few, through the pin index. */
  private static final String PINNED =
      "SELECT t.root_id, t.approved FROM rejoinder_comment c JOIN rejoinder_thread t"
          + " ON t.root_id = c.id WHERE c.post_id = ? AND c.pinned = TRUE AND t.pinned = TRUE";
  private static final String SUM =
      "SELECT COALESCE(SUM(w.approved), 0) FROM (SELECT t.approved FROM rejoinder_thread t WHERE"
          + " %s%s FETCH FIRST ? ROWS ONLY) w";
  private static final String PAGE =
      "SELECT " + Sql.qualified("c", CommentTable.COLUMNS) + " FROM rejoinder_comment c"
          + " JOIN (SELECT t.root_id FROM rejoinder_thread t WHERE %s%s"
          + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY) w ON c.root_id = w.root_id"
          + " ORDER BY c.created_at, c.id";
  private static final String THREADS_OF =
      "SELECT " + CommentTable.COLUMNS + " FROM rejoinder_comment WHERE root_id IN (%s)"
          + " ORDER BY created_at, id";
  private static final String APPROVED_AMONG =
      "SELECT id FROM rejoinder_comment WHERE state = 'APPROVED' AND id IN (%s)";
  private static final int IDS_AT_ONCE = 500;

  /**
   * The orders whose pages are read from an index: the ORDER BY of each, walking from the first
   * thread, then from the last. Ordered by the whole index, {@code post_id} included though it
   * is fixed: H2 walks an index in order only then, and otherwise sorts every thread of the post.
   */
  private static final Map<CommentOrder, String[]> INDEXED = Map.of(
      CommentOrder.OLDEST_FIRST, walks("t.created_at, t.root_id"),
      CommentOrder.NEWEST_FIRST, walks("t.created_at, t.root_id"),
      CommentOrder.BEST, walks("t.score_best DESC, t.created_at, t.root_id"),
      CommentOrder.TOP, walks("t.score_top DESC, t.created_at, t.root_id"),
      CommentOrder.CONTROVERSIAL, walks("t.score_controversy DESC, t.created_at, t.root_id"),
      CommentOrder.HOT, walks("t.score_hot DESC, t.created_at, t.root_id"));

  private ThreadPages() {}

  private static String[] walks(String order) {
    StringBuilder reversed = new StringBuilder(" ORDER BY t.post_id DESC");
    for (String column : order.split(",")) {
      String c = column.strip();
      reversed.append(", ").append(c.endsWith(" DESC") ? c.substring(0, c.length() - 5) : c + " DESC");
    }
    return new String[] {" ORDER BY t.post_id, " + order, reversed.toString()};
  }

  /**
   * Reads the requested page; run in one snapshot so that its parts agree. Pages of an order
   * without an index of its own (a time order cuts pages by time whatever its name; a ranked
   * order of the application's) are cut in memory from the post's comments.
   */
  public static ThreadSlice read(Connection connection, ThreadPageRequest request)
      throws SQLException {
    CommentOrder order = request.order();
    String[] walks = order.pagesByTime() ? INDEXED.get(CommentOrder.OLDEST_FIRST) : INDEXED.get(order);
    if (walks == null) {
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
    List<Long> pinned = new ArrayList<>(2);
    int pinnedResponses = 0;
    try (PreparedStatement statement = connection.prepareStatement(PINNED)) {
      statement.setString(1, request.postId().value());
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          pinned.add(row.getLong(1));
          pinnedResponses += row.getInt(2);
        }
      }
    }
    threadCount -= pinned.size();
    int from = request.fromThread(threadCount);
    int to = request.toThread(threadCount);
    boolean nearFirst = from <= threadCount - to;
    int responsesBefore =
        nearFirst
            ? sum(connection, request, walks[0], from)
            : responseCount - pinnedResponses - sum(connection, request, walks[1], threadCount - from);
    Map<CommentId, Integer> numbers = new HashMap<>();
    List<Comment> comments = new ArrayList<>();
    if (request.page() == 1 && !pinned.isEmpty()) {
      comments.addAll(threadsOf(connection, pinned, numbers));
    }
    if (from < to) {
      comments.addAll(page(connection, request, walks, nearFirst, nearFirst ? from : threadCount - to,
          to - from, numbers));
    }
    if (comments.size() > 1 && !pinned.isEmpty() && from < to) {
      comments.sort(CommentOrder.OLDEST_FIRST.comparator());
    }
    return new ThreadSlice(comments, threadCount, from, responsesBefore, responseCount, numbers,
        approvedMentions(connection, comments));
  }

  /** Sums the approved comments of the first {@code threads} shown threads in a walk's order. */
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
   * Returns the page query of the oldest-first order for an anonymous reader or a signed-in
   * viewer, walking thread rows from the oldest or the newest.
   */
  public static String pageSql(boolean anonymous, boolean fromOldest) {
    return pageSql(anonymous, CommentOrder.OLDEST_FIRST, fromOldest);
  }

  /**
   * Returns the page query of an order with an index of its own for an anonymous reader or a
   * signed-in viewer, walking thread rows from the first or the last.
   *
   * @throws IllegalArgumentException if the order has no index
   */
  public static String pageSql(boolean anonymous, CommentOrder order, boolean fromFirst) {
    String[] walks = INDEXED.get(order);
    if (walks == null) {
      throw new IllegalArgumentException("No index walks " + order);
    }
    return String.format(PAGE, anonymous ? SHOWN_TO_ALL : SHOWN_TO_VIEWER, walks[fromFirst ? 0 : 1]);
  }

  private static String shown(ThreadPageRequest request) {
    return request.viewerKey() == null ? SHOWN_TO_ALL : SHOWN_TO_VIEWER;
  }

  private static List<Comment> page(
      Connection connection,
      ThreadPageRequest request,
      String[] walks,
      boolean fromFirst,
      int skip,
      int threads,
      Map<CommentId, Integer> numbers)
      throws SQLException {
    String sql = String.format(PAGE, shown(request), walks[fromFirst ? 0 : 1]);
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      int next = bindShown(statement, request);
      statement.setInt(next, skip);
      statement.setInt(next + 1, threads);
      return CommentTable.readAll(statement, numbers);
    }
  }

  /** Reads every comment of the threads of these top-level comments. */
  private static List<Comment> threadsOf(
      Connection connection, List<Long> roots, Map<CommentId, Integer> numbers) throws SQLException {
    String sql = String.format(THREADS_OF, Sql.placeholders(roots.size()));
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < roots.size(); i++) {
        statement.setLong(i + 1, roots.get(i));
      }
      return CommentTable.readAll(statement, numbers);
    }
  }

  /** Returns which of the comments that {@code comments} mention are approved. */
  private static Set<CommentId> approvedMentions(Connection connection, List<Comment> comments)
      throws SQLException {
    Set<Long> mentioned = new LinkedHashSet<>();
    for (Comment c : comments) {
      for (Mention m : c.mentions()) {
        mentioned.add(m.commentId().value());
      }
    }
    if (mentioned.isEmpty()) {
      return Set.of();
    }
    Set<CommentId> approved = new HashSet<>();
    List<Long> ids = new ArrayList<>(mentioned);
    for (int start = 0; start < ids.size(); start += IDS_AT_ONCE) {
      List<Long> part = ids.subList(start, Math.min(start + IDS_AT_ONCE, ids.size()));
      String sql = String.format(APPROVED_AMONG, Sql.placeholders(part.size()));
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        for (int i = 0; i < part.size(); i++) {
          statement.setLong(i + 1, part.get(i));
        }
        try (ResultSet row = statement.executeQuery()) {
          while (row.next()) {
            approved.add(CommentId.of(row.getLong(1)));
          }
        }
      }
    }
    return approved;
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
