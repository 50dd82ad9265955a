package org.rejoinder.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.PostId;

/**
 * The counters that make page reads cheap, kept in the transaction of every write: per thread
 * ({@code rejoinder_thread}) the approved comments in it, per post ({@code rejoinder_post}) the
 * approved comments and the threads holding at least one.
 */
final class ThreadCounters {
  static final String OPEN =
      "INSERT INTO rejoinder_thread (root_id, post_id, created_at, approved) VALUES (?, ?, ?, 0)";
  private static final String CLOSE = "DELETE FROM rejoinder_thread WHERE root_id = ?";
  private static final String ADD_TO_THREAD =
      "UPDATE rejoinder_thread SET approved = approved + ? WHERE root_id = ?";
  private static final String THREAD = "SELECT approved FROM rejoinder_thread WHERE root_id = ?";
  private static final String ADD_TO_POST =
      "UPDATE rejoinder_post SET response_count = response_count + ?,"
          + " thread_count = thread_count + ? WHERE id = ?";
  private static final String RECOUNT_POST =
      "UPDATE rejoinder_post SET"
          + " response_count = (SELECT COALESCE(SUM(t.approved), 0) FROM rejoinder_thread t"
          + " WHERE t.post_id = ?),"
          + " thread_count = (SELECT COUNT(*) FROM rejoinder_thread t"
          + " WHERE t.post_id = ? AND t.approved > 0)"
          + " WHERE id = ?";

  private ThreadCounters() {}

  /** Binds one row of {@link #OPEN}: the thread a new top-level comment starts. */
  static void bindOpen(PreparedStatement statement, Comment root) throws SQLException {
    statement.setLong(1, root.id().value());
    statement.setString(2, root.postId().value());
    Times.bind(statement, 3, root.createdAt());
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
    try (PreparedStatement threads = connection.prepareStatement(ADD_TO_THREAD)) {
      for (Map.Entry<Long, Integer> added : approvedByRoot.entrySet()) {
        threads.setInt(1, added.getValue());
        threads.setLong(2, added.getKey());
        threads.addBatch();
      }
      threads.executeBatch();
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
}
