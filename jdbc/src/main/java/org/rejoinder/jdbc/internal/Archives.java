package org.rejoinder.jdbc.internal;

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
import org.jspecify.annotations.Nullable;
import org.rejoinder.error.AlreadyExistsException;
import org.rejoinder.error.NotFoundException;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Body;
import org.rejoinder.model.BodyFormat;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.InvalidParentException;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.PostId;
import org.rejoinder.model.Report;
import org.rejoinder.model.Revision;
import org.rejoinder.model.SourceId;
import org.rejoinder.model.Vote;
import org.rejoinder.store.ArchivedComment;

/**
 * Everything kept about a post's comments, read a page at a time parents first (by depth, then
 * id, through {@code rejoinder_comment_by_post_depth}) and written back as it was: five queries
 * a page (comments, audit entries, revisions, reports, votes), and batches for a restore.
 */
public final class Archives {
  private static final String FIRST_PAGE =
      "SELECT " + CommentTable.COLUMNS + " FROM rejoinder_comment WHERE post_id = ?"
          + " ORDER BY depth, id FETCH FIRST ? ROWS ONLY";
  private static final String NEXT_PAGE =
      "SELECT " + CommentTable.COLUMNS + " FROM rejoinder_comment WHERE post_id = ?"
          + " AND (depth > ? OR (depth = ? AND id > ?)) ORDER BY depth, id FETCH FIRST ? ROWS ONLY";
  private static final String REVISION_COLUMNS =
      "comment_id, edited_at, editor_key, editor_role, previous_body, previous_format";
  private static final String REVISION_INSERT =
      "INSERT INTO rejoinder_revision (comment_id, comment_version, edited_at, editor_key,"
          + " editor_role, previous_body, previous_format) VALUES (?, ?, ?, ?, ?, ?, ?)";
  private static final String REPORT_INSERT =
      "INSERT INTO rejoinder_report (comment_id, reporter_key, reported_at, reason) VALUES (?, ?, ?, ?)";

  private Archives() {}

  /** Reads one page of a post's archived comments after {@code after}. */
  public static List<ArchivedComment> page(
      Connection connection, PostId post, @Nullable ArchivedComment after, int limit)
      throws SQLException {
    List<Comment> comments;
    List<Integer> depths = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(after == null ? FIRST_PAGE : NEXT_PAGE)) {
      statement.setString(1, post.value());
      int i = 2;
      if (after != null) {
        statement.setInt(i++, after.depth());
        statement.setInt(i++, after.depth());
        statement.setLong(i++, after.comment().id().value());
      }
      statement.setInt(i, limit);
      comments = new ArrayList<>();
      try (ResultSet row = statement.executeQuery()) {
        while (row.next()) {
          comments.add(CommentTable.read(row));
          depths.add(row.getInt("depth"));
        }
      }
    }
    if (comments.isEmpty()) {
      return List.of();
    }
    Map<CommentId, List<AuditEntry>> trails = new HashMap<>();
    for (AuditEntry e : select(connection, "SELECT " + AuditTable.COLUMNS + " FROM rejoinder_audit",
        "comment_version", comments, AuditTable::readAll)) {
      trails.computeIfAbsent(e.commentId(), k -> new ArrayList<>()).add(e);
    }
    Map<CommentId, List<Revision>> revisions = new HashMap<>();
    for (Revision r : select(connection, "SELECT " + REVISION_COLUMNS + " FROM rejoinder_revision",
        "comment_version", comments, Archives::readRevisions)) {
      revisions.computeIfAbsent(r.commentId(), k -> new ArrayList<>()).add(r);
    }
    Map<CommentId, List<Report>> reports = new HashMap<>();
    for (Report r : select(connection, "SELECT " + ReportTable.COLUMNS + " FROM rejoinder_report",
        "seq", comments, ReportTable::readAll)) {
      reports.computeIfAbsent(r.commentId(), k -> new ArrayList<>()).add(r);
    }
    Map<CommentId, List<Vote>> votes = new HashMap<>();
    for (Vote v : select(connection, "SELECT " + VoteTable.COLUMNS + " FROM rejoinder_vote",
        "voted_at, voter_key", comments, VoteTable::readAll)) {
      votes.computeIfAbsent(v.commentId(), k -> new ArrayList<>()).add(v);
    }
    List<ArchivedComment> page = new ArrayList<>(comments.size());
    for (int i = 0; i < comments.size(); i++) {
      Comment c = comments.get(i);
      page.add(new ArchivedComment(c, depths.get(i), trails.getOrDefault(c.id(), List.of()),
          revisions.getOrDefault(c.id(), List.of()), reports.getOrDefault(c.id(), List.of()),
          votes.getOrDefault(c.id(), List.of())));
    }
    return page;
  }

  private interface Rows<T> {
    List<T> read(PreparedStatement statement) throws SQLException;
  }

  private static <T> List<T> select(Connection connection, String select, String order,
      List<Comment> comments, Rows<T> rows) throws SQLException {
    String sql = select + " WHERE comment_id IN (" + Sql.placeholders(comments.size()) + ")"
        + " ORDER BY comment_id, " + order;
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < comments.size(); i++) {
        statement.setLong(i + 1, comments.get(i).id().value());
      }
      return rows.read(statement);
    }
  }

  private static List<Revision> readRevisions(PreparedStatement statement) throws SQLException {
    List<Revision> revisions = new ArrayList<>();
    try (ResultSet row = statement.executeQuery()) {
      while (row.next()) {
        revisions.add(new Revision(CommentId.of(row.getLong("comment_id")),
            Times.read(row, "edited_at"), AuditTable.actor(row, "editor"),
            new Body(row.getString("previous_body"), BodyFormat.valueOf(row.getString("previous_format")))));
      }
    }
    return revisions;
  }

  /**
   * Writes archived comments back as they were, checking first what the store contract asks:
   * free ids and source ids, stored posts, parents stored or given before, depths that fit.
   * Audit entries and revisions are keyed by the last versions of the comment, in order.
   */
  public static void restore(
      Connection connection, Dialect dialect, List<ArchivedComment> archived, int batchSize)
      throws SQLException {
    Map<CommentId, CommentTable.Place> places = new LinkedHashMap<>();
    Set<SourceId> sources = new HashSet<>();
    Set<PostId> posts = new LinkedHashSet<>();
    long[] roots = new long[archived.size()];
    for (int i = 0; i < archived.size(); i++) {
      ArchivedComment a = archived.get(i);
      Comment c = a.comment();
      if (places.containsKey(c.id()) || CommentTable.place(connection, c.id()).isPresent()) {
        throw new AlreadyExistsException("comment", c.id());
      }
      SourceId source = c.source();
      if (source != null && (!sources.add(source) || CommentTable.sourceTaken(connection, source))) {
        throw new AlreadyExistsException("comment source", source);
      }
      if (posts.add(c.postId())) {
        PostTable.requireExists(connection, c.postId());
      }
      CommentId parentId = c.parentId();
      long root = c.id().value();
      if (parentId != null) {
        CommentTable.Place parent = places.get(parentId);
        if (parent == null) {
          parent = CommentTable.lockPlace(connection, parentId)
              .orElseThrow(() -> new NotFoundException("comment", parentId));
        }
        if (!parent.postId().equals(c.postId())) {
          throw new InvalidParentException(parentId, InvalidParentException.Reason.OTHER_POST);
        }
        if (a.depth() != parent.depth() + 1) {
          throw new IllegalArgumentException("Comment " + c.id() + " is at depth " + a.depth()
              + " but its parent " + parentId + " is at depth " + parent.depth());
        }
        root = parent.rootId();
      }
      roots[i] = root;
      places.put(c.id(), new CommentTable.Place(c.postId(), root, a.depth()));
    }
    Map<Long, Integer> approvedByRoot = new HashMap<>();
    try (PreparedStatement insert = connection.prepareStatement(CommentTable.INSERT);
        PreparedStatement open = connection.prepareStatement(ThreadCounters.OPEN);
        PreparedStatement audit = connection.prepareStatement(AuditTable.INSERT);
        PreparedStatement revision = connection.prepareStatement(REVISION_INSERT);
        PreparedStatement report = connection.prepareStatement(REPORT_INSERT)) {
      int pending = 0;
      for (int i = 0; i < archived.size(); i++) {
        ArchivedComment a = archived.get(i);
        Comment c = a.comment();
        CommentTable.bindInsert(insert, c, roots[i], a.depth());
        insert.addBatch();
        if (c.parentId() == null) {
          ThreadCounters.bindOpen(open, c);
          open.addBatch();
        }
        long version = c.version() - a.trail().size();
        for (AuditEntry entry : a.trail()) {
          AuditTable.bindInsert(audit, entry, ++version);
          audit.addBatch();
        }
        version = c.version() - a.revisions().size();
        for (Revision r : a.revisions()) {
          revision.setLong(1, r.commentId().value());
          revision.setLong(2, ++version);
          Times.bind(revision, 3, r.at());
          revision.setString(4, r.editor().key());
          revision.setString(5, r.editor().role().name());
          revision.setString(6, r.previous().text());
          revision.setString(7, r.previous().format().name());
          revision.addBatch();
        }
        for (Report r : a.reports()) {
          report.setLong(1, r.commentId().value());
          report.setString(2, r.reporterKey());
          Times.bind(report, 3, r.at());
          report.setString(4, r.reason());
          report.addBatch();
        }
        if (c.state() == ModerationState.APPROVED) {
          approvedByRoot.merge(roots[i], 1, Integer::sum);
        }
        if (++pending == batchSize) {
          flush(insert, open, audit, revision, report);
          pending = 0;
        }
      }
      flush(insert, open, audit, revision, report);
    }
    ThreadCounters.addApproved(connection, approvedByRoot, posts);
    List<Vote> votes = new ArrayList<>();
    for (ArchivedComment a : archived) {
      votes.addAll(a.votes());
    }
    if (!votes.isEmpty()) {
      VoteTable.insertAll(connection, votes, batchSize);
    }
    // Numbers follow time: each post is numbered again from its earliest restored approved one.
    Map<PostId, Comment> earliestApproved = new HashMap<>();
    for (ArchivedComment a : archived) {
      Comment c = a.comment();
      if (c.state() == ModerationState.APPROVED) {
        earliestApproved.merge(c.postId(), c, (x, y) -> BY_TIME.compare(x, y) <= 0 ? x : y);
      }
    }
    for (Map.Entry<PostId, Comment> first : earliestApproved.entrySet()) {
      int responses = ResponseNumbers.lockPost(connection, dialect, first.getKey());
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
}
