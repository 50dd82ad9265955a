package org.rejoinder.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.PostId;
import org.rejoinder.model.Votes;

/**
 * The counters that make page reads cheap, kept in the transaction of every write: per thread
 * ({@code rejoinder_thread}) the approved comments in it, whether it is pinned (its top-level
 * comment pinned and approved) and the scores of its top-level comment that the ranked orders
 * page by; per post ({@code rejoinder_post}) the approved comments and the threads holding at
 * least one.
 */
final class ThreadCounters {
  static final String OPEN = open("0");
  /**
   * Opens a thread with the approved comments it holds already, bound last: for a new top-level
   * comment (one if it is approved), and for imports, which store a thread's comments with it.
   */
  static final String OPEN_COUNTED = open("?");
  private static final String SCORES =
      "UPDATE rejoinder_thread SET score_best = ?, score_top = ?, score_controversy = ?,"
          + " score_hot = ? WHERE root_id = ?";
  private static final String PIN = "UPDATE rejoinder_thread SET pinned = ? WHERE root_id = ?";
  private static final String CLOSE = "DELETE FROM rejoinder_thread WHERE root_id = ?";
  private static final String ADD_TO_THREAD =
      "UPDATE rejoinder_thread SET approved = approved + ? WHERE root_id = ?";
  private static final String THREAD = "SELECT approved FROM rejoinder_thread WHERE root_id = ?";
  private static final String ADD_TO_POST =
      "UPDATE rejoinder_post SET response_count = response_count + ?,"
          + " thread_count = thread_count + ? WHERE id = ?";
  /** The thread of a stored comment, for the statements below. */
  private static final String ROOT_OF = "(SELECT c.root_id FROM rejoinder_comment c WHERE c.id = ?)";
  /** Counts one more approved comment in the thread of a comment stored in this transaction. */
  static final String ADD_ONE_TO_THREAD_OF =
      "UPDATE rejoinder_thread SET approved = approved + 1 WHERE root_id = " + ROOT_OF;
  /**
   * Counts one more approved comment in a post, and one more thread holding one when the
   * comment's thread, counted already ({@link #ADD_ONE_TO_THREAD_OF}, or opened with it counted),
   * now holds exactly one: the three statements of {@link #addApproved} in one, its thread's row
   * locked by a statement before.
   */
  static final String ADD_ONE_TO_POST =
      "UPDATE rejoinder_post SET response_count = response_count + 1,"
          + " thread_count = thread_count + (SELECT COUNT(*) FROM rejoinder_thread t"
          + " WHERE t.root_id = " + ROOT_OF + " AND t.approved = 1) WHERE id = ?";
  private static final String RECOUNT_POST =
      "UPDATE rejoinder_post SET"
          + " response_count = (SELECT COALESCE(SUM(t.approved), 0) FROM rejoinder_thread t"
          + " WHERE t.post_id = ?),"
          + " thread_count = (SELECT COUNT(*) FROM rejoinder_thread t"
          + " WHERE t.post_id = ? AND t.approved > 0)"
          + " WHERE id = ?";

  private ThreadCounters() {}

  private static String open(String approved) {
    return "INSERT INTO rejoinder_thread (root_id, post_id, created_at, pinned, score_best,"
        + " score_top, score_controversy, score_hot, approved) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
        + approved + ")";
  }

  /**
   * Binds one row of {@link #OPEN}: the thread a new top-level comment starts, with no votes yet
   * (the store keeps the counts).
   */
  static void bindOpen(PreparedStatement statement, Comment root) throws SQLException {
    statement.setLong(1, root.id().value());
    statement.setString(2, root.postId().value());
    Times.bind(statement, 3, root.createdAt());
    statement.setBoolean(4, showsPinned(root));
    bindScores(statement, 5, Votes.NONE, root.createdAt());
  }

  /** Binds one row of {@link #OPEN_COUNTED}: like {@link #bindOpen}, holding {@code approved}. */
  static void bindOpen(PreparedStatement statement, Comment root, int approved)
      throws SQLException {
    bindOpen(statement, root);
    statement.setInt(9, approved);
  }

  /** Returns whether a top-level comment leads a pinned thread: pinned and approved. */
  static boolean showsPinned(Comment root) {
    return root.pinned() && root.parentId() == null && root.state() == ModerationState.APPROVED;
  }

  private static void bindScores(PreparedStatement statement, int index, Votes votes, Instant createdAt)
      throws SQLException {
    statement.setDouble(index, votes.best());
    statement.setInt(index + 1, votes.score());
    statement.setDouble(index + 2, votes.controversy());
    statement.setDouble(index + 3, votes.hot(createdAt));
  }

  /** Sets the ranked orders' scores of a thread from its top-level comment's counts. */
  static void setScores(Connection connection, long rootId, Votes votes, Instant createdAt)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(SCORES)) {
      bindScores(statement, 1, votes, createdAt);
      statement.setLong(5, rootId);
      statement.executeUpdate();
    }
  }

  /** A top-level comment's counts and creation time, which its thread's scores come from. */
  record Root(Votes votes, Instant createdAt) {}

  /** Sets the ranked orders' scores of many threads, by root id, for imports of votes. */
  static void setScores(Connection connection, Map<Long, Root> roots) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(SCORES)) {
      for (Map.Entry<Long, Root> root : roots.entrySet()) {
        bindScores(statement, 1, root.getValue().votes(), root.getValue().createdAt());
        statement.setLong(5, root.getKey());
        statement.addBatch();
      }
      statement.executeBatch();
    }
  }

  /** Marks a thread pinned, or not. */
  static void setPinned(Connection connection, long rootId, boolean pinned) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(PIN)) {
      statement.setBoolean(1, pinned);
      statement.setLong(2, rootId);
      statement.executeUpdate();
    }
  }

  static void open(Connection connection, Comment root) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(OPEN)) {
      bindOpen(statement, root);
      statement.executeUpdate();
    }
  }

  /**
   * Deletes the thread row of a top-level comment about to be deleted. Only unapproved comments
   * without replies are deleted, so the thread counts no approved comment, and neither the post's
   * response count nor its thread count changes.
   */
  static void close(Connection connection, CommentId root) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(CLOSE)) {
      statement.setLong(1, root.value());
      statement.executeUpdate();
    }
  }

  /**
   * Counts one approved comment more ({@code delta} 1) or less (-1) in a thread and its post.
   * The thread's row stays locked until the transaction ends, so concurrent writers take turns.
   */
  static void addApproved(Connection connection, PostId postId, long rootId, int delta)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(ADD_TO_THREAD)) {
      statement.setInt(1, delta);
      statement.setLong(2, rootId);
      statement.executeUpdate();
    }
    int approved;
    try (PreparedStatement statement = connection.prepareStatement(THREAD)) {
      statement.setLong(1, rootId);
      try (ResultSet row = statement.executeQuery()) {
        if (!row.next()) {
          throw new SQLException("No thread row for comment " + rootId);
        }
        approved = row.getInt(1);
      }
    }
    int threads = delta > 0 && approved == delta ? 1 : delta < 0 && approved == 0 ? -1 : 0;
    try (PreparedStatement statement = connection.prepareStatement(ADD_TO_POST)) {
      statement.setInt(1, delta);
      statement.setInt(2, threads);
      statement.setString(3, postId.value());
      statement.executeUpdate();
    }
  }

  /**
   * Adds approved comments to many threads at once, then counts the totals of their posts again
   * from the thread rows: for imports.
   *
   * @param approvedByRoot how many approved comments each thread (by root id) gained
   */
  static void addApproved(Connection connection, Map<Long, Integer> approvedByRoot, Collection<PostId> posts)
      throws SQLException {
    if (!approvedByRoot.isEmpty()) {
      addToThreads(connection, approvedByRoot);
    }
    try (PreparedStatement post = connection.prepareStatement(RECOUNT_POST)) {
      for (PostId id : posts) {
        post.setString(1, id.value());
        post.setString(2, id.value());
        post.setString(3, id.value());
        post.addBatch();
      }
      post.executeBatch();
    }
  }

  private static void addToThreads(Connection connection, Map<Long, Integer> approvedByRoot)
      throws SQLException {
    try (PreparedStatement threads = connection.prepareStatement(ADD_TO_THREAD)) {
      for (Map.Entry<Long, Integer> added : approvedByRoot.entrySet()) {
        threads.setInt(1, added.getValue());
        threads.setLong(2, added.getKey());
        threads.addBatch();
      }
      threads.executeBatch();
    }
  }
}
