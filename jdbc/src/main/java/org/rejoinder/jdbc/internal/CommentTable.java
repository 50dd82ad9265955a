package org.rejoinder.jdbc.internal;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.rejoinder.model.Body;
import org.rejoinder.model.BodyFormat;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.CommentType;
import org.rejoinder.model.Mention;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SourceId;
import org.rejoinder.model.Votes;
import org.rejoinder.thread.PostComments;

/** Rows of {@code rejoinder_comment}: a comment plus its place in its tree. */
public final class CommentTable {
  /**
   * The columns an update writes: all but the comment's place in its tree and its creation time,
   * which never change. One update statement serves state changes, edits and tombstones.
   */
  private static final String MUTABLE =
      AuthorColumns.NAMES + ", author_key, author_email_lower, body, body_format, state, version,"
          + " client_ip, client_user_agent, updated_at, edited_at, name_key, pinned, mentions";
  /**
   * Every column a comment is written with, in binding order for inserts. The vote counts and the
   * response number are the store's own, written by votes and changes of state.
   */
  private static final String WRITTEN =
      "id, post_id, parent_id, root_id, depth, created_at, comment_type, source_system, source_id, "
          + MUTABLE;
  /** Every column a comment is read from. */
  static final String COLUMNS = WRITTEN + ", ups, downs, response_number";
  /** The values of {@link #INSERT}, in the order of {@link #WRITTEN}. */
  private static final String ROW = Sql.placeholders(Sql.count(WRITTEN));
  /**
   * The values of {@link #INSERT_REPLY}: the reply's place in the tree (root and depth) comes
   * from its parent on the same post, in the statement itself. With the parent missing or on
   * another post they are NULL, and the insert fails on their NOT NULL constraints.
   */
  private static final String REPLY_ROW =
      "?, ?, ?, (SELECT p.root_id FROM rejoinder_comment p WHERE p.id = ? AND p.post_id = ?),"
          + " (SELECT p.depth + 1 FROM rejoinder_comment p WHERE p.id = ? AND p.post_id = ?), "
          + Sql.placeholders(Sql.count(WRITTEN) - 5);
  /** An insert of one row, for single and batched writes. */
  static final String INSERT = insert(ROW);
  /**
   * An insert of one row with its response number, or NULL: for imports, which number new
   * comments as they store them when the comments come after every stored one in time.
   */
  static final String INSERT_NUMBERED = insertNumbered(ROW, "?");
  /** An insert of one reply that takes its place in the tree from its parent ({@link #REPLY_ROW}). */
  static final String INSERT_REPLY = insert(REPLY_ROW);
  /**
   * {@link #INSERT} and {@link #INSERT_REPLY} of a new approved comment, which takes its response
   * number in the insert itself ({@link ResponseNumbers#NEW_NUMBER}, bound after the row), in the
   * words of each dialect's numbering: top-level and reply, then PostgreSQL's.
   */
  private static final String INSERT_APPROVED = insertNumbered(ROW, ResponseNumbers.NEW_NUMBER);
  private static final String INSERT_APPROVED_REPLY =
      insertNumbered(REPLY_ROW, ResponseNumbers.NEW_NUMBER);
  private static final String INSERT_APPROVED_POSTGRESQL =
      insertNumbered(ROW, ResponseNumbers.NEW_NUMBER_POSTGRESQL);
  private static final String INSERT_APPROVED_REPLY_POSTGRESQL =
      insertNumbered(REPLY_ROW, ResponseNumbers.NEW_NUMBER_POSTGRESQL);
  /** Locks a comment's row until the transaction ends: a parent, while a reply is stored. */
  static final String LOCK_ROW = "SELECT id FROM rejoinder_comment WHERE id = ? FOR UPDATE";
  private static final String SELECT = "SELECT " + COLUMNS + " FROM rejoinder_comment";
  private static final String FIND = SELECT + " WHERE id = ?";
  private static final String LOCK = FIND + " FOR UPDATE";
  private static final String PLACE = "SELECT post_id, root_id, depth FROM rejoinder_comment WHERE id = ?";
  private static final String LOCK_PLACE = PLACE + " FOR UPDATE";
  private static final String OF_POST = SELECT + " WHERE post_id = ? ORDER BY created_at, id";
  private static final String UPDATE =
      "UPDATE rejoinder_comment SET " + Sql.assignments(MUTABLE) + " WHERE id = ? AND version = ?";
  private static final String HAS_REPLIES =
      "SELECT 1 FROM rejoinder_comment WHERE parent_id = ? FETCH FIRST 1 ROWS ONLY";
  private static final String DELETE = "DELETE FROM rejoinder_comment WHERE id = ?";
  private static final String COUNT_PINNED =
      "SELECT COUNT(*) FROM rejoinder_comment WHERE post_id = ? AND pinned = TRUE";
  private static final String PINNED =
      SELECT + " WHERE post_id = ? AND pinned = TRUE ORDER BY created_at, id";
  private static final String BY_NAME =
      SELECT + " WHERE post_id = ? AND name_key = ? AND state = 'APPROVED' AND created_at <= ?"
          + " ORDER BY created_at DESC, id DESC";
  private static final String SOURCE_TAKEN =
      "SELECT 1 FROM rejoinder_comment WHERE source_system = ? AND source_id = ?";

  /** Where a stored comment sits: its post, the top-level comment of its thread, its depth. */
  record Place(PostId postId, long rootId, int depth) {}

  /** A comment read for an update, with its thread. */
  record Locked(Comment comment, long rootId) {}

  private CommentTable() {}

  private static String insert(String row) {
    return "INSERT INTO rejoinder_comment (" + WRITTEN + ") VALUES (" + row + ")";
  }

  private static String insertNumbered(String row, String number) {
    return "INSERT INTO rejoinder_comment (" + WRITTEN + ", response_number) VALUES ("
        + row + ", " + number + ")";
  }

  /**
   * Returns the insert of a new comment: {@link #INSERT} or {@link #INSERT_REPLY}, or for an
   * approved one their forms that number it too, bound by {@link ResponseNumbers#bindNewNumber}
   * after the row.
   */
  static String insertNew(Dialect dialect, boolean reply, boolean approved) {
    if (!approved) {
      return reply ? INSERT_REPLY : INSERT;
    }
    if (dialect == Dialect.POSTGRESQL) {
      return reply ? INSERT_APPROVED_REPLY_POSTGRESQL : INSERT_APPROVED_POSTGRESQL;
    }
    return reply ? INSERT_APPROVED_REPLY : INSERT_APPROVED;
  }

  /** Binds one row of {@link #INSERT}; returns the next index. */
  static int bindInsert(PreparedStatement statement, Comment c, long rootId, int depth)
      throws SQLException {
    bindIdentity(statement, c);
    statement.setLong(4, rootId);
    statement.setInt(5, depth);
    return bindRest(statement, 6, c);
  }

  /** Binds one row of {@link #INSERT_NUMBERED}; a {@code number} of 0 stores none. */
  static void bindInsert(PreparedStatement statement, Comment c, long rootId, int depth, int number)
      throws SQLException {
    int next = bindInsert(statement, c, rootId, depth);
    if (number > 0) {
      statement.setInt(next, number);
    } else {
      statement.setNull(next, Types.INTEGER);
    }
  }

  /** Binds {@link #INSERT_REPLY} for a reply; returns the next index. */
  static int bindReply(PreparedStatement statement, Comment c) throws SQLException {
    CommentId parent = requireNonNull(c.parentId(), "a reply has a parent");
    bindIdentity(statement, c);
    for (int i = 4; i <= 6; i += 2) {
      statement.setLong(i, parent.value());
      statement.setString(i + 1, c.postId().value());
    }
    return bindRest(statement, 8, c);
  }

  /** Binds the id, the post and the parent, the first three columns of an insert. */
  private static void bindIdentity(PreparedStatement statement, Comment c) throws SQLException {
    statement.setLong(1, c.id().value());
    statement.setString(2, c.postId().value());
    if (c.parentId() == null) {
      statement.setNull(3, Types.BIGINT);
    } else {
      statement.setLong(3, c.parentId().value());
    }
  }

  /**
   * Binds the columns of an insert after the place in the tree, from {@code index} on; returns
   * the next index.
   */
  private static int bindRest(PreparedStatement statement, int index, Comment c)
      throws SQLException {
    Times.bind(statement, index, c.createdAt());
    statement.setString(index + 1, c.type().name());
    SourceId source = c.source();
    statement.setString(index + 2, source == null ? null : source.system());
    statement.setString(index + 3, source == null ? null : source.id());
    return bindMutable(statement, index + 4, c);
  }

  /** Binds the {@link #MUTABLE} columns from {@code index} on; returns the next index. */
  private static int bindMutable(PreparedStatement statement, int index, Comment c)
      throws SQLException {
    AuthorColumns.bind(statement, index, c.author());
    int i = index + AuthorColumns.COUNT;
    statement.setString(i, c.author().key());
    String email = c.author().email();
    statement.setString(i + 1, email == null ? null : email.toLowerCase(Locale.ROOT));
    statement.setString(i + 2, c.body().text());
    statement.setString(i + 3, c.body().format().name());
    statement.setString(i + 4, c.state().name());
    statement.setLong(i + 5, c.version());
    statement.setString(i + 6, c.client().ip());
    statement.setString(i + 7, c.client().userAgent());
    Times.bind(statement, i + 8, c.updatedAt());
    Times.bind(statement, i + 9, c.editedAt());
    statement.setString(i + 10, Mention.firstNameKey(c.author().displayName()));
    statement.setBoolean(i + 11, c.pinned());
    statement.setString(i + 12, MentionColumn.write(c.mentions()));
    return i + 13;
  }

  static void insert(Connection connection, Comment c, long rootId, int depth) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
      bindInsert(statement, c, rootId, depth);
      statement.executeUpdate();
    }
  }

  /** Returns where a comment sits, if it is stored. */
  static Optional<Place> place(Connection connection, CommentId id) throws SQLException {
    return place(connection, PLACE, id);
  }

  /**
   * Returns where a comment sits, if it is stored, and locks its row until the transaction ends:
   * taken before a reply is stored under it, so that no purge deletes it meanwhile.
   */
  static Optional<Place> lockPlace(Connection connection, CommentId id) throws SQLException {
    return place(connection, LOCK_PLACE, id);
  }

  private static Optional<Place> place(Connection connection, String sql, CommentId id)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setLong(1, id.value());
      try (ResultSet row = statement.executeQuery()) {
        return row.next()
            ? Optional.of(new Place(PostId.of(row.getString(1)), row.getLong(2), row.getInt(3)))
            : Optional.empty();
      }
    }
  }

  /** Returns the comment with this id, if stored. */
  public static Optional<Comment> find(Connection connection, CommentId id) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(FIND)) {
      statement.setLong(1, id.value());
      try (ResultSet row = statement.executeQuery()) {
        return row.next() ? Optional.of(read(row)) : Optional.empty();
      }
    }
  }

  /** Reads a comment and locks its row until the transaction ends. */
  static Optional<Locked> lock(Connection connection, CommentId id) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(LOCK)) {
      statement.setLong(1, id.value());
      try (ResultSet row = statement.executeQuery()) {
        return row.next() ? Optional.of(new Locked(read(row), row.getLong("root_id"))) : Optional.empty();
      }
    }
  }

  /** Writes the next version of a comment; returns whether the stored version was the one before. */
  static boolean update(Connection connection, Comment next) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(UPDATE)) {
      int i = bindMutable(statement, 1, next);
      statement.setLong(i, next.id().value());
      statement.setLong(i + 1, next.version() - 1);
      return statement.executeUpdate() == 1;
    }
  }

  /** Returns whether a stored comment has this source id. */
  static boolean sourceTaken(Connection connection, SourceId source) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(SOURCE_TAKEN)) {
      statement.setString(1, source.system());
      statement.setString(2, source.id());
      try (ResultSet row = statement.executeQuery()) {
        return row.next();
      }
    }
  }

  /** Returns whether any stored comment replies to this one. */
  static boolean hasReplies(Connection connection, CommentId id) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(HAS_REPLIES)) {
      statement.setLong(1, id.value());
      try (ResultSet row = statement.executeQuery()) {
        return row.next();
      }
    }
  }

  /** Deletes a comment's row; its audit trail, revisions, reports and thread row must be gone. */
  static void delete(Connection connection, CommentId id) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(DELETE)) {
      statement.setLong(1, id.value());
      statement.executeUpdate();
    }
  }

  /** Returns how many of a post's comments are pinned, in any state. */
  static int countPinned(Connection connection, PostId postId) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(COUNT_PINNED)) {
      statement.setString(1, postId.value());
      try (ResultSet row = statement.executeQuery()) {
        row.next();
        return row.getInt(1);
      }
    }
  }

  /** Returns a post's pinned comments, in any state, oldest first. */
  public static List<Comment> pinnedOf(Connection connection, PostId postId) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(PINNED)) {
      statement.setString(1, postId.value());
      return readAll(statement);
    }
  }

  /**
   * Returns the latest approved comment on a post, created at or before {@code notAfter}, of each
   * author whose name's first word is {@code firstNameKey}: one indexed range, read newest first.
   */
  public static List<Comment> latestByFirstName(
      Connection connection, PostId postId, String firstNameKey, Instant notAfter)
      throws SQLException {
    Map<String, Comment> latest = new LinkedHashMap<>();
    try (PreparedStatement statement = connection.prepareStatement(BY_NAME)) {
      statement.setString(1, postId.value());
      statement.setString(2, firstNameKey);
      Times.bind(statement, 3, notAfter);
      for (Comment c : readAll(statement)) {
        latest.putIfAbsent(c.author().key(), c);
      }
    }
    return new ArrayList<>(latest.values());
  }

  /**
   * Returns all comments of a post, ordered by creation time and then id, with the arrays that
   * assembly reads ({@link PostComments}).
   */
  public static PostComments ofPost(Connection connection, PostId postId) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(OF_POST)) {
      statement.setString(1, postId.value());
      PostComments.Builder comments = PostComments.builder(postId);
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          comments.add(read(row));
        }
      }
      return comments.build();
    }
  }

  /** Runs a query selecting {@link #COLUMNS} and reads every row. */
  static List<Comment> readAll(PreparedStatement statement) throws SQLException {
    List<Comment> comments = new ArrayList<>();
    try (ResultSet row = statement.executeQuery()) {
      while (row.next()) {
        comments.add(read(row));
      }
    }
    return comments;
  }

  /**
   * Runs a query selecting {@link #COLUMNS} and reads every row, putting each approved comment's
   * response number into {@code numbers}.
   */
  static List<Comment> readAll(PreparedStatement statement, Map<CommentId, Integer> numbers)
      throws SQLException {
    List<Comment> comments = new ArrayList<>();
    try (ResultSet row = statement.executeQuery()) {
      while (row.next()) {
        Comment c = read(row);
        comments.add(c);
        int number = row.getInt("response_number");
        if (!row.wasNull() && c.state() == ModerationState.APPROVED) {
          numbers.put(c.id(), number);
        }
      }
    }
    return comments;
  }

  /** Reads the comment of the current row, which holds {@link #COLUMNS}. */
  static Comment read(ResultSet row) throws SQLException {
    long parent = row.getLong("parent_id");
    @Nullable CommentId parentId = row.wasNull() ? null : CommentId.of(parent);
    return Comment.builder()
        .id(CommentId.of(row.getLong("id")))
        .postId(PostId.of(row.getString("post_id")))
        .parentId(parentId)
        .author(AuthorColumns.read(row))
        .body(new Body(row.getString("body"), BodyFormat.valueOf(row.getString("body_format"))))
        .createdAt(Times.read(row, "created_at"))
        .state(ModerationState.valueOf(row.getString("state")))
        .version(row.getLong("version"))
        .client(ClientInfo.of(row.getString("client_ip"), row.getString("client_user_agent")))
        .updatedAt(Times.read(row, "updated_at"))
        .editedAt(Times.readNullable(row, "edited_at"))
        .votes(Votes.of(row.getInt("ups"), row.getInt("downs")))
        .pinned(row.getBoolean("pinned"))
        .mentions(MentionColumn.read(row.getString("mentions")))
        .type(CommentType.valueOf(row.getString("comment_type")))
        .source(source(row, "source_system", "source_id"))
        .build();
  }

  /** Reads a source id from two columns, {@code null} when the system is. */
  static @Nullable SourceId source(ResultSet row, String systemColumn, String idColumn)
      throws SQLException {
    String system = row.getString(systemColumn);
    return system == null ? null : SourceId.of(system, row.getString(idColumn));
  }
}
