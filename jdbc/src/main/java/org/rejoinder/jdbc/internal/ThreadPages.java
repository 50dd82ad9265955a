package org.rejoinder.jdbc.internal;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.Mention;
import org.rejoinder.thread.CommentOrder;
import org.rejoinder.thread.FirstPage;
import org.rejoinder.thread.ThreadCursor;
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
 * adds them. A page read by cursor seeks the same indexes from the boundary's key instead of
 * walking to it, so it costs the same wherever it lies.
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

  /** The column each built-in ranked order's cursor compares, besides time and id. */
  private static final Map<CommentOrder, String> SCORES = Map.of(
      CommentOrder.BEST, "t.score_best",
      CommentOrder.TOP, "t.score_top",
      CommentOrder.CONTROVERSIAL, "t.score_controversy",
      CommentOrder.HOT, "t.score_hot");
  /** Thread rows from a cursor's boundary on: its keys, seeking the order's index. */
  private static final String SEEK =
      "SELECT %s FROM rejoinder_thread t WHERE %s AND %s%s FETCH FIRST ? ROWS ONLY";

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
    if (request.cursor() != null) {
      return byCursor(connection, request, walks, threadCount, responseCount, pinned);
    }
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

  /**
   * Reads the page a cursor leads to: the thread rows just after (or before) the boundary's key
   * by index seeks, one more to learn whether the walk goes on, one on the other side to learn
   * whether it goes back, then the comments of the threads found. Cost grows with the page, not
   * with where it lies.
   */
  private static ThreadSlice byCursor(
      Connection connection,
      ThreadPageRequest request,
      String[] walks,
      int threadCount,
      int responseCount,
      List<Long> pinned)
      throws SQLException {
    ThreadCursor cursor = requireNonNull(request.cursor());
    boolean forward = cursor.direction() == ThreadCursor.Direction.LATER;
    String score = request.order().pagesByTime() ? null : SCORES.get(request.order());
    Key boundary = new Key(score == null ? null : cursor.score(), cursor.createdAt(),
        cursor.rootId().value());
    List<Key> found = seek(connection, request, walks, score, boundary, forward, request.perPage() + 1);
    boolean onward = found.size() > request.perPage();
    if (onward) {
      found = found.subList(0, request.perPage());
    }
    boolean back = !seek(connection, request, walks, score,
        found.isEmpty() ? boundary : found.get(0), !forward, 1).isEmpty();
    boolean earlier = forward ? back : onward;
    boolean later = forward ? onward : back;
    boolean firstPage = request.firstPage() == FirstPage.OLDEST ? !earlier : !later;
    List<Long> roots = new ArrayList<>(found.size() + pinned.size());
    for (Key key : found) {
      roots.add(key.rootId());
    }
    if (firstPage) {
      roots.addAll(pinned);
    }
    Map<CommentId, Integer> numbers = new HashMap<>();
    List<Comment> comments = roots.isEmpty() ? List.of() : threadsOf(connection, roots, numbers);
    int firstThread = cursor.firstThread(threadCount, found.size(), earlier, later);
    return new ThreadSlice(comments, threadCount, firstThread, 0, responseCount, numbers,
        approvedMentions(connection, comments), earlier, later);
  }

  /** A thread row's place in a walk: its score in a ranked order, its time, its id. */
  private record Key(@Nullable Double score, Instant createdAt, long rootId) {}

  /**
   * Returns up to {@code limit} shown thread rows strictly after {@code from} (before it, if not
   * {@code forward}) in the order of {@code walks}. Time orders seek {@code (created_at,
   * root_id)}; ranked ones first the rest of the boundary's score (a tie group, such as every
   * thread without votes, can be long), then the lower scores (higher, going back), each an
   * index seek.
   */
  private static List<Key> seek(
      Connection connection,
      ThreadPageRequest request,
      String[] walks,
      @Nullable String score,
      Key from,
      boolean forward,
      int limit)
      throws SQLException {
    List<Key> keys = new ArrayList<>(limit);
    String shown = shown(request);
    readKeys(connection, request, seekSql(shown, score, walks, forward, true), score, from, true,
        limit, keys);
    if (score != null && keys.size() < limit) {
      readKeys(connection, request, seekSql(shown, score, walks, forward, false), score, from,
          false, limit - keys.size(), keys);
    }
    return keys;
  }

  /**
   * Returns a query of the thread rows a cursor's page is read from, for an anonymous reader or
   * a signed-in viewer, going forward or back in an order with an index of its own: for a time
   * order the rows past the boundary's {@code (created_at, root_id)} ({@code tie} true); for a
   * ranked one the rest of the boundary's score ({@code tie} true), or the scores past it.
   *
   * @throws IllegalArgumentException if the order has no index
   */
  public static String seekSql(boolean anonymous, CommentOrder order, boolean forward, boolean tie) {
    String[] walks = INDEXED.get(order);
    if (walks == null) {
      throw new IllegalArgumentException("No index walks " + order);
    }
    return seekSql(anonymous ? SHOWN_TO_ALL : SHOWN_TO_VIEWER,
        order.pagesByTime() ? null : SCORES.get(order), walks, forward, tie);
  }

  private static String seekSql(
      String shown, @Nullable String score, String[] walks, boolean forward, boolean tie) {
    String byTime = forward
        ? "t.created_at >= ? AND (t.created_at > ? OR t.root_id > ?)"
        : "t.created_at <= ? AND (t.created_at < ? OR t.root_id < ?)";
    String where = score == null ? byTime
        : tie ? score + " = ? AND " + byTime
        : score + (forward ? " < ?" : " > ?");
    String columns = score == null ? "t.root_id, t.created_at" : "t.root_id, t.created_at, " + score;
    return String.format(SEEK, columns, shown, where, walks[forward ? 0 : 1]);
  }

  private static void readKeys(
      Connection connection,
      ThreadPageRequest request,
      String sql,
      @Nullable String score,
      Key from,
      boolean byTime,
      int limit,
      List<Key> keys)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      int next = bindShown(statement, request);
      if (score != null) {
        bindScore(statement, next++, score, requireNonNull(from.score()));
      }
      if (byTime) {
        Times.bind(statement, next++, from.createdAt());
        Times.bind(statement, next++, from.createdAt());
        statement.setLong(next++, from.rootId());
      }
      statement.setInt(next, limit);
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          keys.add(new Key(score == null ? null : row.getDouble(3), Times.read(row, "created_at"),
              row.getLong(1)));
        }
      }
    }
  }

  private static void bindScore(PreparedStatement statement, int index, String column, double value)
      throws SQLException {
    if (column.equals("t.score_top")) {
      statement.setLong(index, (long) value); // an integer column: compared as one, it is seeked
    } else {
      statement.setDouble(index, value);
    }
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
