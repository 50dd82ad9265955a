package org.rejoinder.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.PostId;

/**
 * Each approved comment's number, its position in time among its post's approved comments
 * ({@code response_number}), kept current in the transaction of every change that makes a
 * comment approved or not: the comment takes its number and the approved comments posted after
 * it move by one. A new comment at the end of its post, the common case, moves none.
 *
 * <p>Writes that may renumber lock the post's row first ({@link #lockPost}), so that they take
 * turns per post and always lock in the same order: the post, then comments, then threads.
 */
public final class ResponseNumbers {
  private static final String LOCK_POST =
      "SELECT response_count FROM rejoinder_post WHERE id = ? FOR UPDATE";
  /**
   * {@link #LOCK_POST} in PostgreSQL's words: a lock that writers of the post still take turns
   * on, but that does not stop a foreign key's check of the post ({@code FOR KEY SHARE}), so
   * that a comment stored without it (a held one) never waits for it while holding a comment's
   * row that the holder of the post's lock waits for.
   */
  private static final String LOCK_POST_POSTGRESQL =
      "SELECT response_count FROM rejoinder_post WHERE id = ? FOR NO KEY UPDATE";
  /**
   * The approved comments of a post after one in time. {@code created_at >= ?} leads, so that the
   * index on {@code (post_id, created_at, id)} starts the range at the comment instead of at the
   * post's first: a comment at the end of a large post reads next to nothing.
   */
  private static final String LATER =
      " WHERE post_id = ? AND created_at >= ? AND (created_at > ? OR id > ?) AND state = 'APPROVED'";
  /** Counts the approved comments after one: how a newly approved comment finds its number. */
  public static final String COUNT_LATER = "SELECT COUNT(*) FROM rejoinder_comment" + LATER;
  /**
   * The start of both expressions that number a new comment ({@link #NEW_NUMBER}, {@link
   * #NEW_NUMBER_POSTGRESQL}): one more than its post's approved comments, counted with the post's
   * row locked; the comments after it are subtracted next.
   */
  private static final String AFTER_COUNT =
      "(SELECT p.response_count FROM rejoinder_post p WHERE p.id = ?) + 1";
  /** Moves the approved comments after one by the given number of places. */
  private static final String SHIFT_LATER =
      "UPDATE rejoinder_comment SET response_number = response_number + ?" + LATER;
  /**
   * The number of a new approved comment, written by its insert ({@link
   * CommentTable#insertNew}): one more than the approved comments of its post, counted with the
   * post's row locked, minus those after it in time; the statements of {@link #approve} in one
   * value, which spares the update of the row just inserted.
   */
  static final String NEW_NUMBER = AFTER_COUNT + " - (" + COUNT_LATER + ")";
  /**
   * {@link #LATER} for PostgreSQL's general plans, which are made without the parameters' values
   * ({@link Database#postgresTransaction}): the comment's place as one row comparison, an index
   * condition of {@code (post_id, created_at, id)}, and the rows taken in that index's order up to
   * a limit bound as a parameter, never reached ({@link Integer#MAX_VALUE}). A general plan of
   * {@link #LATER} counts on a third of the post coming after the comment and scans the table
   * (a second for a post of 1,000,000 comments); this one reads the post's index from the
   * comment on, as a plan made for the comment's time does.
   */
  private static final String LATER_IN_ORDER =
      " WHERE post_id = ? AND (created_at, id) > (?, ?) AND state = 'APPROVED'"
          + " ORDER BY created_at, id LIMIT ?";
  /** {@link #NEW_NUMBER} in the words of {@link #LATER_IN_ORDER}. */
  public static final String NEW_NUMBER_POSTGRESQL =
      AFTER_COUNT
          + " - (SELECT COUNT(*) FROM (SELECT 1 FROM rejoinder_comment" + LATER_IN_ORDER + ") l)";
  /**
   * {@link #SHIFT_LATER} in the words of {@link #LATER_IN_ORDER}: the ids are read first, so that
   * the update finds its rows by id.
   */
  public static final String SHIFT_LATER_POSTGRESQL =
      "UPDATE rejoinder_comment SET response_number = response_number + ? WHERE post_id = ?"
          + " AND id = ANY (ARRAY(SELECT id FROM rejoinder_comment" + LATER_IN_ORDER + "))";
  private static final String ANY_LATER =
      "SELECT 1 FROM rejoinder_comment" + LATER + " FETCH FIRST 1 ROWS ONLY";
  private static final String SET = "UPDATE rejoinder_comment SET response_number = ? WHERE id = ?";
  private static final String FROM =
      "SELECT id FROM rejoinder_comment WHERE post_id = ? AND created_at >= ?"
          + " AND (created_at > ? OR id >= ?) AND state = 'APPROVED' ORDER BY created_at, id";

  private ResponseNumbers() {}

  /** Returns the statement that locks a post's row, whose parameter is the post's id. */
  static String lockPost(Dialect dialect) {
    return dialect == Dialect.POSTGRESQL ? LOCK_POST_POSTGRESQL : LOCK_POST;
  }

  /**
   * Locks a post's row until the transaction ends and returns its count of approved comments;
   * -1 if there is no such post.
   */
  static int lockPost(Connection connection, Dialect dialect, PostId postId) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(lockPost(dialect))) {
      statement.setString(1, postId.value());
      try (ResultSet row = statement.executeQuery()) {
        return row.next() ? row.getInt(1) : -1;
      }
    }
  }

  /**
   * Numbers a comment that has just become approved, and moves the approved comments after it
   * up by one.
   *
   * @param responsesBefore the post's approved comments before this change, read by {@link
   *     #lockPost} in this transaction
   */
  static void approve(
      Connection connection, PostId postId, int responsesBefore, Instant createdAt, CommentId id)
      throws SQLException {
    if (responsesBefore < 0) {
      throw new IllegalStateException("The post's row must be locked before " + id + " is numbered");
    }
    int later;
    try (PreparedStatement statement = connection.prepareStatement(COUNT_LATER)) {
      bindLater(statement, 1, postId, createdAt, id);
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        later = row.getInt(1);
      }
    }
    if (later > 0) {
      shift(connection, postId, createdAt, id, 1);
    }
    set(connection, id, responsesBefore + 1 - later);
  }

  /** Takes the number of a comment that is no longer approved, and moves those after it down. */
  static void unapprove(Connection connection, PostId postId, Instant createdAt, CommentId id)
      throws SQLException {
    shift(connection, postId, createdAt, id, -1);
    try (PreparedStatement statement = connection.prepareStatement(SET)) {
      statement.setNull(1, Types.INTEGER);
      statement.setLong(2, id.value());
      statement.executeUpdate();
    }
  }

  /**
   * Returns whether a post has an approved comment after the one given, in time: whether new
   * approved comments from that one on, as in an import, would move stored ones or come after
   * them all, numbered on from the post's count.
   */
  static boolean anyLater(Connection connection, PostId postId, Instant createdAt, CommentId id)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(ANY_LATER)) {
      bindLater(statement, 1, postId, createdAt, id);
      try (ResultSet row = statement.executeQuery()) {
        return row.next();
      }
    }
  }

  /**
   * Numbers again every approved comment of a post from the one created at {@code from} on, for
   * imports: they are counted back from the post's approved comments.
   *
   * @param responses the post's approved comments, all counted
   */
  static void renumberFrom(
      Connection connection, PostId postId, int responses, Instant from, CommentId fromId)
      throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(FROM)) {
      bindLater(statement, 1, postId, from, fromId);
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          ids.add(row.getLong(1));
        }
      }
    }
    int number = responses - ids.size();
    try (PreparedStatement statement = connection.prepareStatement(SET)) {
      int pending = 0;
      for (long id : ids) {
        statement.setInt(1, ++number);
        statement.setLong(2, id);
        statement.addBatch();
        if (++pending == 1_000) {
          statement.executeBatch();
          pending = 0;
        }
      }
      statement.executeBatch();
    }
  }

  private static void shift(
      Connection connection, PostId postId, Instant createdAt, CommentId id, int delta)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(SHIFT_LATER)) {
      statement.setInt(1, delta);
      bindLater(statement, 2, postId, createdAt, id);
      statement.executeUpdate();
    }
  }

  private static void set(Connection connection, CommentId id, int number) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(SET)) {
      statement.setInt(1, number);
      statement.setLong(2, id.value());
      statement.executeUpdate();
    }
  }

  /**
   * Binds the parameters of a new approved comment's number in its insert ({@link #NEW_NUMBER}
   * or {@link #NEW_NUMBER_POSTGRESQL}, as {@link CommentTable#insertNew} chose by dialect), from
   * {@code index} on.
   */
  static void bindNewNumber(PreparedStatement statement, int index, Dialect dialect, Comment c)
      throws SQLException {
    statement.setString(index, c.postId().value());
    if (dialect == Dialect.POSTGRESQL) {
      bindLaterInOrder(statement, index + 1, c);
    } else {
      bindLater(statement, index + 1, c.postId(), c.createdAt(), c.id());
    }
  }

  /**
   * Adds to {@code script} the statement that moves the approved comments after a new approved
   * one by one place, once the new one is stored, numbered, with its post's row locked.
   */
  static void shiftAfterNew(Script script, Dialect dialect, Comment c) {
    if (dialect == Dialect.POSTGRESQL) {
      script.add(SHIFT_LATER_POSTGRESQL, s -> {
        s.setInt(1, 1);
        s.setString(2, c.postId().value());
        bindLaterInOrder(s, 3, c);
      });
    } else {
      script.add(SHIFT_LATER, s -> {
        s.setInt(1, 1);
        bindLater(s, 2, c.postId(), c.createdAt(), c.id());
      });
    }
  }

  private static void bindLaterInOrder(PreparedStatement statement, int index, Comment c)
      throws SQLException {
    statement.setString(index, c.postId().value());
    Times.bind(statement, index + 1, c.createdAt());
    statement.setLong(index + 2, c.id().value());
    statement.setInt(index + 3, Integer.MAX_VALUE);
  }

  private static void bindLater(
      PreparedStatement statement, int index, PostId postId, Instant createdAt, CommentId id)
      throws SQLException {
    statement.setString(index, postId.value());
    Times.bind(statement, index + 1, createdAt);
    Times.bind(statement, index + 2, createdAt);
    statement.setLong(index + 3, id.value());
  }
}
