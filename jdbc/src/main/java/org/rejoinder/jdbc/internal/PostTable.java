package org.rejoinder.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.rejoinder.error.AlreadyExistsException;
import org.rejoinder.error.NotFoundException;
import org.rejoinder.model.CommentStatus;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SourceId;

/** Rows of {@code rejoinder_post}. The response and thread counters belong to {@link ThreadCounters}. */
public final class PostTable {
  private static final String COLUMNS =
      "title, " + AuthorColumns.NAMES
          + ", published_at, comment_status, comment_status_days, link, source_system, source_id";
  private static final String INSERT =
      "INSERT INTO rejoinder_post (id, " + COLUMNS + ") VALUES ("
          + Sql.placeholders(1 + Sql.count(COLUMNS)) + ")";
  private static final String UPDATE =
      "UPDATE rejoinder_post SET " + Sql.assignments(COLUMNS) + " WHERE id = ?";
  private static final String SELECT = "SELECT id, " + COLUMNS + " FROM rejoinder_post WHERE id = ?";
  private static final String EXISTS = "SELECT 1 FROM rejoinder_post WHERE id = ?";
  private static final String FIRST_PAGE =
      "SELECT id, " + COLUMNS + " FROM rejoinder_post ORDER BY id FETCH FIRST ? ROWS ONLY";
  private static final String NEXT_PAGE =
      "SELECT id, " + COLUMNS + " FROM rejoinder_post WHERE id > ? ORDER BY id FETCH FIRST ? ROWS ONLY";

  private PostTable() {}

  /**
   * Inserts a post.
   *
   * @throws AlreadyExistsException if its id is taken
   */
  public static void insert(Connection connection, Post post) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
      statement.setString(1, post.id().value());
      bindColumns(statement, 2, post);
      statement.executeUpdate();
    } catch (SQLException e) {
      if (SqlErrors.isUniqueViolation(e)) {
        throw new AlreadyExistsException("post", post.id());
      }
      throw e;
    }
  }

  /**
   * Replaces a post's columns, counters aside.
   *
   * @throws NotFoundException if there is no such post
   */
  public static void update(Connection connection, Post post) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(UPDATE)) {
      int next = bindColumns(statement, 1, post);
      statement.setString(next, post.id().value());
      if (statement.executeUpdate() == 0) {
        throw new NotFoundException("post", post.id());
      }
    }
  }

  /** Returns the post with this id, if stored. */
  public static Optional<Post> find(Connection connection, PostId id) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(SELECT)) {
      statement.setString(1, id.value());
      try (ResultSet row = statement.executeQuery()) {
        return row.next() ? Optional.of(read(row)) : Optional.empty();
      }
    }
  }

  /** Returns at most {@code limit} posts in the order of their ids, after {@code after}. */
  public static List<Post> page(Connection connection, @Nullable PostId after, int limit)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(after == null ? FIRST_PAGE : NEXT_PAGE)) {
      int i = 1;
      if (after != null) {
        statement.setString(i++, after.value());
      }
      statement.setInt(i, limit);
      List<Post> posts = new ArrayList<>();
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          posts.add(read(row));
        }
      }
      return posts;
    }
  }

  /**
   * Checks that a post exists.
   *
   * @throws NotFoundException if it does not
   */
  static void requireExists(Connection connection, PostId id) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(EXISTS)) {
      statement.setString(1, id.value());
      try (ResultSet row = statement.executeQuery()) {
        if (!row.next()) {
          throw new NotFoundException("post", id);
        }
      }
    }
  }

  private static int bindColumns(PreparedStatement statement, int index, Post post)
      throws SQLException {
    statement.setString(index, post.title());
    AuthorColumns.bind(statement, index + 1, post.author());
    int next = index + 1 + AuthorColumns.COUNT;
    Times.bind(statement, next, post.publishedAt());
    statement.setString(next + 1, post.commentStatus().mode().name());
    statement.setInt(next + 2, post.commentStatus().days());
    statement.setString(next + 3, post.link());
    SourceId source = post.source();
    statement.setString(next + 4, source == null ? null : source.system());
    statement.setString(next + 5, source == null ? null : source.id());
    return next + 6;
  }

  private static Post read(ResultSet row) throws SQLException {
    CommentStatus status =
        new CommentStatus(
            CommentStatus.Mode.valueOf(row.getString("comment_status")),
            row.getInt("comment_status_days"));
    return Post.builder()
        .id(PostId.of(row.getString("id")))
        .title(row.getString("title"))
        .author(AuthorColumns.read(row))
        .publishedAt(Times.read(row, "published_at"))
        .commentStatus(status)
        .link(row.getString("link"))
        .source(CommentTable.source(row, "source_system", "source_id"))
        .build();
  }
}
