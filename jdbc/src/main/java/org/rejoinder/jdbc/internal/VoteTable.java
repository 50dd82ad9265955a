package org.rejoinder.jdbc.internal;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.rejoinder.error.NotFoundException;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.PostId;
import org.rejoinder.model.Vote;
import org.rejoinder.model.VoteChange;
import org.rejoinder.model.VoteDirection;
import org.rejoinder.model.Votes;

/**
 * Rows of {@code rejoinder_vote}, one per reader and comment (its primary key), and the counts
 * they make on the comment and, for a top-level comment, the scores of its thread, all in the
 * caller's transaction. A vote locks its comment's row first, so the votes on one comment take
 * turns and each reads the reader's earlier vote as it stands.
 */
public final class VoteTable {
  private static final String TARGET =
      "SELECT post_id, parent_id, ups, downs, created_at FROM rejoinder_comment WHERE id = ? FOR UPDATE";
  private static final String EARLIER =
      "SELECT direction FROM rejoinder_vote WHERE comment_id = ? AND voter_key = ?";
  private static final String INSERT =
      "INSERT INTO rejoinder_vote (comment_id, voter_key, post_id, direction, voted_at)"
          + " VALUES (?, ?, ?, ?, ?)";
  private static final String CHANGE =
      "UPDATE rejoinder_vote SET direction = ?, voted_at = ? WHERE comment_id = ? AND voter_key = ?";
  private static final String REMOVE =
      "DELETE FROM rejoinder_vote WHERE comment_id = ? AND voter_key = ?";
  private static final String COUNTS = "UPDATE rejoinder_comment SET ups = ?, downs = ? WHERE id = ?";
  private static final String RECOUNT =
      "UPDATE rejoinder_comment SET"
          + " ups = (SELECT COUNT(*) FROM rejoinder_vote v WHERE v.comment_id = ? AND v.direction = 1),"
          + " downs = (SELECT COUNT(*) FROM rejoinder_vote v WHERE v.comment_id = ? AND v.direction = -1)"
          + " WHERE id = ?";
  /** The columns a vote is read from, in this order. */
  static final String COLUMNS = "comment_id, voter_key, direction, voted_at";
  private static final String OF_COMMENT =
      "SELECT " + COLUMNS + " FROM rejoinder_vote WHERE comment_id = ? ORDER BY voted_at, voter_key";
  private static final String BY_VOTER =
      "SELECT comment_id, direction FROM rejoinder_vote WHERE voter_key = ? AND post_id = ?";
  private static final String DELETE_ALL = "DELETE FROM rejoinder_vote WHERE comment_id = ?";

  /** A comment about to be voted on, its row locked. */
  private record Target(PostId postId, boolean topLevel, Votes votes, Instant createdAt) {}

  private VoteTable() {}

  /** Records a vote, replacing the reader's earlier one, and updates the counts and scores. */
  public static VoteChange vote(Connection connection, Vote vote) throws SQLException {
    Target target = lock(connection, vote.commentId());
    VoteDirection before = earlier(connection, vote.commentId(), vote.voterKey());
    if (before == vote.direction()) {
      return new VoteChange(vote.commentId(), vote.voterKey(), before, before, target.votes());
    }
    if (before == null) {
      try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
        statement.setLong(1, vote.commentId().value());
        statement.setString(2, vote.voterKey());
        statement.setString(3, target.postId().value());
        statement.setInt(4, vote.direction().value());
        Times.bind(statement, 5, vote.at());
        statement.executeUpdate();
      }
    } else {
      try (PreparedStatement statement = connection.prepareStatement(CHANGE)) {
        statement.setInt(1, vote.direction().value());
        Times.bind(statement, 2, vote.at());
        statement.setLong(3, vote.commentId().value());
        statement.setString(4, vote.voterKey());
        statement.executeUpdate();
      }
    }
    Votes counts = target.votes().plus(vote.direction());
    if (before != null) {
      counts = counts.minus(before);
    }
    count(connection, vote.commentId(), target, counts);
    return new VoteChange(vote.commentId(), vote.voterKey(), before, vote.direction(), counts);
  }

  /** Takes back a reader's vote, if any, and updates the counts and scores. */
  public static VoteChange unvote(Connection connection, CommentId commentId, String voterKey)
      throws SQLException {
    Target target = lock(connection, commentId);
    VoteDirection before = earlier(connection, commentId, voterKey);
    if (before == null) {
      return new VoteChange(commentId, voterKey, null, null, target.votes());
    }
    try (PreparedStatement statement = connection.prepareStatement(REMOVE)) {
      statement.setLong(1, commentId.value());
      statement.setString(2, voterKey);
      statement.executeUpdate();
    }
    Votes counts = target.votes().minus(before);
    count(connection, commentId, target, counts);
    return new VoteChange(commentId, voterKey, before, null, counts);
  }

  /**
   * Stores many votes, a later vote of a reader on a comment replacing an earlier one, then
   * counts each voted comment again from its votes: in batches, for imports.
   *
   * @throws NotFoundException if a comment does not exist
   */
  public static void insertAll(Connection connection, List<Vote> votes, int batchSize)
      throws SQLException {
    Map<List<Object>, Vote> last = new LinkedHashMap<>();
    for (Vote vote : votes) {
      last.put(List.of(vote.commentId(), vote.voterKey()), vote);
    }
    Map<CommentId, Target> targets = new HashMap<>();
    for (Vote vote : last.values()) {
      if (!targets.containsKey(vote.commentId())) {
        targets.put(vote.commentId(), lock(connection, vote.commentId()));
      }
    }
    try (PreparedStatement remove = connection.prepareStatement(REMOVE);
        PreparedStatement insert = connection.prepareStatement(INSERT)) {
      int pending = 0;
      for (Vote vote : last.values()) {
        remove.setLong(1, vote.commentId().value());
        remove.setString(2, vote.voterKey());
        remove.addBatch();
        insert.setLong(1, vote.commentId().value());
        insert.setString(2, vote.voterKey());
        Target target = requireNonNull(targets.get(vote.commentId()), "every voted comment is locked");
        insert.setString(3, target.postId().value());
        insert.setInt(4, vote.direction().value());
        Times.bind(insert, 5, vote.at());
        insert.addBatch();
        if (++pending == batchSize) {
          remove.executeBatch();
          insert.executeBatch();
          pending = 0;
        }
      }
      remove.executeBatch();
      insert.executeBatch();
    }
    try (PreparedStatement recount = connection.prepareStatement(RECOUNT)) {
      int pending = 0;
      for (CommentId id : targets.keySet()) {
        recount.setLong(1, id.value());
        recount.setLong(2, id.value());
        recount.setLong(3, id.value());
        recount.addBatch();
        if (++pending == batchSize) {
          recount.executeBatch();
          pending = 0;
        }
      }
      recount.executeBatch();
    }
    Map<Long, ThreadCounters.Root> roots = new HashMap<>();
    for (Map.Entry<CommentId, Target> target : targets.entrySet()) {
      if (target.getValue().topLevel()) {
        roots.put(target.getKey().value(), new ThreadCounters.Root(
            lock(connection, target.getKey()).votes(), target.getValue().createdAt()));
      }
    }
    ThreadCounters.setScores(connection, roots);
  }

  /** Returns a comment's votes, by the time they were cast, then by voter. */
  public static List<Vote> of(Connection connection, CommentId commentId) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(OF_COMMENT)) {
      statement.setLong(1, commentId.value());
      return readAll(statement);
    }
  }

  /** Runs a query selecting {@link #COLUMNS} and reads every row. */
  static List<Vote> readAll(PreparedStatement statement) throws SQLException {
    List<Vote> votes = new ArrayList<>();
    try (ResultSet row = statement.executeQuery()) {
      while (row.next()) {
        votes.add(new Vote(CommentId.of(row.getLong(1)), row.getString(2),
            direction(row.getInt(3)), Times.read(row, "voted_at")));
      }
    }
    return votes;
  }

  /** Returns one reader's votes on a post's comments. */
  public static Map<CommentId, VoteDirection> by(Connection connection, String voterKey, PostId postId)
      throws SQLException {
    Map<CommentId, VoteDirection> votes = new HashMap<>();
    try (PreparedStatement statement = connection.prepareStatement(BY_VOTER)) {
      statement.setString(1, voterKey);
      statement.setString(2, postId.value());
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          votes.put(CommentId.of(row.getLong(1)), direction(row.getInt(2)));
        }
      }
    }
    return votes;
  }

  /** Deletes a comment's votes, before it is purged; its counts become zero. */
  static void deleteAll(Connection connection, CommentId commentId) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(DELETE_ALL)) {
      statement.setLong(1, commentId.value());
      statement.executeUpdate();
    }
  }

  /** Writes counts on a comment, and the scores of its thread if it is top-level. */
  private static void count(Connection connection, CommentId id, Target target, Votes counts)
      throws SQLException {
    setCounts(connection, id, counts);
    if (target.topLevel()) {
      ThreadCounters.setScores(connection, id.value(), counts, target.createdAt());
    }
  }

  /** Writes a comment's counts. */
  static void setCounts(Connection connection, CommentId id, Votes counts) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(COUNTS)) {
      statement.setInt(1, counts.ups());
      statement.setInt(2, counts.downs());
      statement.setLong(3, id.value());
      statement.executeUpdate();
    }
  }

  private static Target lock(Connection connection, CommentId id) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(TARGET)) {
      statement.setLong(1, id.value());
      try (ResultSet row = statement.executeQuery()) {
        if (!row.next()) {
          throw new NotFoundException("comment", id);
        }
        PostId postId = PostId.of(row.getString(1));
        row.getLong(2);
        boolean topLevel = row.wasNull();
        return new Target(postId, topLevel, Votes.of(row.getInt(3), row.getInt(4)),
            Times.read(row, "created_at"));
      }
    }
  }

  private static @Nullable VoteDirection earlier(Connection connection, CommentId id, String voterKey)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(EARLIER)) {
      statement.setLong(1, id.value());
      statement.setString(2, voterKey);
      try (ResultSet row = statement.executeQuery()) {
        return row.next() ? direction(row.getInt(1)) : null;
      }
    }
  }

  private static VoteDirection direction(int value) {
    return value > 0 ? VoteDirection.UP : VoteDirection.DOWN;
  }
}
