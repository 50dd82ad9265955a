package org.rejoinder.jdbc.internal;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rejoinder.error.AlreadyExistsException;
import org.rejoinder.error.NotFoundException;
import org.rejoinder.model.Actor;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.InvalidParentException;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SourceId;

/**
 * Inserts many comments in one transaction with JDBC batches: every check first, then the
 * comments parents first, their thread rows and audit entries, and finally the counters of their
 * threads and posts.
 */
public final class BulkInsert {
  private static final int UNKNOWN = 0;
  private static final int ON_PATH = -1;

  private BulkInsert() {}

  /**
   * Inserts {@code comments} with a creation entry each, by {@code actor} for {@code reason}.
   *
   * @throws AlreadyExistsException if an id is given twice or already stored
   * @throws NotFoundException if a post, or a parent that is neither given nor stored, is missing
   * @throws InvalidParentException if a parent belongs to another post
   * @throws IllegalArgumentException if the given comments reply to each other in a cycle
   */
  public static void insert(
      Connection connection, List<Comment> comments, Actor actor, String reason, int batchSize)
      throws SQLException {
    Map<CommentId, Integer> index = new HashMap<>();
    List<AuditEntry> entries = new ArrayList<>(comments.size());
    Set<PostId> posts = new LinkedHashSet<>();
    Set<SourceId> sources = new HashSet<>();
    for (int i = 0; i < comments.size(); i++) {
      Comment c = comments.get(i);
      if (index.put(c.id(), i) != null) {
        throw new AlreadyExistsException("comment", c.id());
      }
      if (c.source() != null && !sources.add(c.source())) {
        throw new AlreadyExistsException("comment source", c.source());
      }
      AuditEntry entry = new AuditEntry(c.id(), c.createdAt(), actor, null, c.state(), reason);
      entries.add(entry);
      posts.add(c.postId());
    }
    for (PostId post : posts) {
      PostTable.requireExists(connection, post);
    }
    requireNoneStored(connection, comments, batchSize);
    requireSourcesFree(connection, List.copyOf(sources), batchSize);
    long[] roots = new long[comments.size()];
    int[] depths = new int[comments.size()];
    place(connection, comments, index, roots, depths);

    Integer[] order = new Integer[comments.size()];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingInt(i -> depths[i]));
    try (PreparedStatement insert = connection.prepareStatement(CommentTable.INSERT);
        PreparedStatement open = connection.prepareStatement(ThreadCounters.OPEN);
        PreparedStatement audit = connection.prepareStatement(AuditTable.INSERT)) {
      int pending = 0;
      for (int i : order) {
        Comment c = comments.get(i);
        CommentTable.bindInsert(insert, c, roots[i], depths[i]);
        insert.addBatch();
        if (c.parentId() == null) {
          ThreadCounters.bindOpen(open, c);
          open.addBatch();
        }
        AuditTable.bindInsert(audit, entries.get(i), c.version());
        audit.addBatch();
        if (++pending == batchSize) {
          flush(insert, open, audit);
          pending = 0;
        }
      }
      flush(insert, open, audit);
    }
    Map<Long, Integer> approvedByRoot = new HashMap<>();
    Map<PostId, Comment> earliestApproved = new HashMap<>();
    for (int i = 0; i < comments.size(); i++) {
      Comment c = comments.get(i);
      if (c.state() == ModerationState.APPROVED) {
        approvedByRoot.merge(roots[i], 1, Integer::sum);
        earliestApproved.merge(c.postId(), c,
            (a, b) -> BY_TIME.compare(a, b) <= 0 ? a : b);
      }
    }
    ThreadCounters.addApproved(connection, approvedByRoot, posts);
    for (Map.Entry<PostId, Comment> first : earliestApproved.entrySet()) {
      int responses = ResponseNumbers.lockPost(connection, first.getKey());
      ResponseNumbers.renumberFrom(connection, first.getKey(), responses,
          first.getValue().createdAt(), first.getValue().id());
    }
  }

  private static final Comparator<Comment> BY_TIME =
      Comparator.comparing(Comment::createdAt).thenComparing(Comment::id);

  private static void flush(PreparedStatement... batches) throws SQLException {
    for (PreparedStatement batch : batches) {
      batch.executeBatch();
    }
  }

  private static void requireNoneStored(Connection connection, List<Comment> comments, int chunk)
      throws SQLException {
    for (int from = 0; from < comments.size(); from += chunk) {
      List<Comment> part = comments.subList(from, Math.min(from + chunk, comments.size()));
      String sql = "SELECT MIN(id) FROM rejoinder_comment WHERE id IN ("
          + Sql.placeholders(part.size()) + ")";
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        for (int i = 0; i < part.size(); i++) {
          statement.setLong(i + 1, part.get(i).id().value());
        }
        try (ResultSet row = statement.executeQuery()) {
          row.next();
          long taken = row.getLong(1);
          if (!row.wasNull()) {
            throw new AlreadyExistsException("comment", CommentId.of(taken));
          }
        }
      }
    }
  }

  private static void requireSourcesFree(Connection connection, List<SourceId> sources, int chunk)
      throws SQLException {
    for (SourceId taken : Sources.find(connection, sources, chunk).keySet()) {
      throw new AlreadyExistsException("comment source", taken);
    }
  }

  /**
   * Finds every comment's thread and depth, walking up through the given comments to a
   * top-level one or a stored parent; iterative, so chains of any length are fine.
   */
  private static void place(
      Connection connection,
      List<Comment> comments,
      Map<CommentId, Integer> index,
      long[] roots,
      int[] depths)
      throws SQLException {
    int[] path = new int[comments.size()];
    for (int start = 0; start < comments.size(); start++) {
      int length = 0;
      int i = start;
      long root;
      int depth;
      while (true) {
        if (depths[i] == ON_PATH) {
          throw new IllegalArgumentException("Comment " + comments.get(i).id() + " replies to itself through others");
        }
        if (depths[i] != UNKNOWN) {
          root = roots[i];
          depth = depths[i];
          break;
        }
        depths[i] = ON_PATH;
        path[length++] = i;
        Comment c = comments.get(i);
        if (c.parentId() == null) {
          root = c.id().value();
          depth = 0;
          break;
        }
        Integer parent = index.get(c.parentId());
        if (parent == null) {
          CommentTable.Place stored = storedParent(connection, c);
          root = stored.rootId();
          depth = stored.depth();
          break;
        }
        if (!comments.get(parent).postId().equals(c.postId())) {
          throw new InvalidParentException(c.parentId(), InvalidParentException.Reason.OTHER_POST);
        }
        i = parent;
      }
      while (length > 0) {
        int k = path[--length];
        roots[k] = root;
        depths[k] = ++depth;
      }
    }
  }

  private static CommentTable.Place storedParent(Connection connection, Comment c)
      throws SQLException {
    CommentId parentId = requireNonNull(c.parentId(), "only a reply has a stored parent");
    CommentTable.Place parent =
        CommentTable.lockPlace(connection, parentId) // as a single insert does
            .orElseThrow(() -> new NotFoundException("comment", parentId));
    if (!parent.postId().equals(c.postId())) {
      throw new InvalidParentException(parentId, InvalidParentException.Reason.OTHER_POST);
    }
    return parent;
  }
}
