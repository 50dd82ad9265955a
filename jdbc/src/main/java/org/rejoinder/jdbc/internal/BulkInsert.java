package org.rejoinder.jdbc.internal;

import static java.util.Objects.requireNonNull;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
 * comments in the order given, parents first, each with its response number where it can be
 * known ahead, their thread rows holding their approved counts and audit entries, and finally the
 * counters of the stored threads they reply in and of their posts.
 *
 * <p>Every row is written once: a comment is not stored and then numbered, nor a new thread
 * opened and then counted, each of which would write the row again and, in H2, keep its old
 * version until the transaction ends.
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
  public static void insert(Connection connection, Dialect dialect, List<Comment> comments,
      Actor actor, String reason, int batchSize) throws SQLException {
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

    Map<Long, Integer> approvedByRoot = new TreeMap<>();
    Map<PostId, List<Integer>> approvedByPost = new TreeMap<>(Comparator.comparing(PostId::value));
    for (int i = 0; i < comments.size(); i++) {
      Comment c = comments.get(i);
      if (c.state() == ModerationState.APPROVED) {
        approvedByRoot.merge(roots[i], 1, Integer::sum);
        approvedByPost.computeIfAbsent(c.postId(), p -> new ArrayList<>()).add(i);
      }
    }
    int[] numbers = new int[comments.size()];
    Map<PostId, Comment> renumbered =
        number(connection, dialect, comments, approvedByPost, numbers);

    try (PreparedStatement insert = connection.prepareStatement(CommentTable.INSERT_NUMBERED);
        PreparedStatement open = connection.prepareStatement(ThreadCounters.OPEN_COUNTED);
        PreparedStatement audit = connection.prepareStatement(AuditTable.INSERT)) {
      int pending = 0;
      for (int i : parentsFirst(comments, index)) {
        Comment c = comments.get(i);
        CommentTable.bindInsert(insert, c, roots[i], depths[i], numbers[i]);
        insert.addBatch();
        if (c.parentId() == null) {
          Integer approved = approvedByRoot.remove(c.id().value());
          ThreadCounters.bindOpen(open, c, approved == null ? 0 : approved);
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
    // what is left are the stored threads the new comments reply in
    ThreadCounters.addApproved(connection, approvedByRoot, posts);
    for (Map.Entry<PostId, Comment> first : renumbered.entrySet()) {
      int responses = ResponseNumbers.lockPost(connection, dialect, first.getKey());
      ResponseNumbers.renumberFrom(connection, first.getKey(), responses,
          first.getValue().createdAt(), first.getValue().id());
    }
  }

  /**
   * Numbers the new approved comments of each post that come after all its stored approved ones
   * in time, the usual import, into {@code numbers}: on from the post's count, in time order, so
   * that they are stored with their numbers. Locks those posts' rows, in the order of their ids.
   *
   * @param approvedByPost the positions of the new approved comments, by post
   * @return the earliest new approved comment of each other post, whose approved comments from
   *     that one on are numbered again once stored
   */
  private static Map<PostId, Comment> number(
      Connection connection,
      Dialect dialect,
      List<Comment> comments,
      Map<PostId, List<Integer>> approvedByPost,
      int[] numbers)
      throws SQLException {
    Map<PostId, Comment> renumbered = new LinkedHashMap<>();
    for (Map.Entry<PostId, List<Integer>> post : approvedByPost.entrySet()) {
      List<Integer> approved = post.getValue();
      approved.sort(Comparator.comparing(comments::get, BY_TIME));
      Comment earliest = comments.get(approved.get(0));
      int responses = ResponseNumbers.lockPost(connection, dialect, post.getKey());
      if (ResponseNumbers.anyLater(connection, post.getKey(), earliest.createdAt(), earliest.id())) {
        renumbered.put(post.getKey(), earliest);
      } else {
        for (int i : approved) {
          numbers[i] = ++responses;
        }
      }
    }
    return renumbered;
  }

  /**
   * Returns the positions of the comments in the order they are given, except that a reply given
   * before its parent waits for it and follows it: rows go in nearly in the order of their ids and
   * times, as the indexes of most columns are, and each parent before its replies.
   */
  private static int[] parentsFirst(List<Comment> comments, Map<CommentId, Integer> index) {
    int[] order = new int[comments.size()];
    boolean[] ordered = new boolean[comments.size()];
    int[] path = new int[comments.size()];
    int next = 0;
    for (int start = 0; start < comments.size(); start++) {
      int length = 0;
      for (int i = start; !ordered[i]; ) {
        ordered[i] = true;
        path[length++] = i;
        CommentId parentId = comments.get(i).parentId();
        Integer parent = parentId == null ? null : index.get(parentId);
        if (parent == null) {
          break;
        }
        i = parent;
      }
      while (length > 0) {
        order[next++] = path[--length];
      }
    }
    return order;
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
