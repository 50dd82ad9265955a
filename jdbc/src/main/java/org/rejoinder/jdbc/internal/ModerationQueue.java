package org.rejoinder.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.QueueItem;
import org.rejoinder.model.QueuePage;
import org.rejoinder.model.Report;

/**
 * Reads a page of the moderation queue with four queries, however long the page: the pending
 * comments of the page, the latest audit entry of each, their reports, and how many are pending.
 * The page is selected again inside the second and third queries rather than sent back as a list
 * of ids; run in one snapshot, the three see the same page.
 */
public final class ModerationQueue {
  /** The page: pending comments, oldest first, with their place in the queue. */
  private static final String PAGE_IDS =
      "SELECT id FROM rejoinder_comment WHERE state = 'PENDING' ORDER BY created_at, id"
          + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
  private static final String PAGE =
      "SELECT " + CommentTable.COLUMNS + " FROM rejoinder_comment WHERE state = 'PENDING'"
          + " ORDER BY created_at, id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
  /** The latest entry of each comment of the page: the one that produced its version. */
  private static final String LATEST_ENTRIES =
      "SELECT " + Sql.qualified("a", AuditTable.COLUMNS) + " FROM rejoinder_audit a"
          + " JOIN (" + PAGE_IDS + ") p ON a.comment_id = p.id"
          + " WHERE a.comment_version = (SELECT MAX(b.comment_version) FROM rejoinder_audit b"
          + " WHERE b.comment_id = a.comment_id)";
  private static final String REPORTS =
      "SELECT " + Sql.qualified("r", ReportTable.COLUMNS) + " FROM rejoinder_report r"
          + " JOIN (" + PAGE_IDS + ") p ON r.comment_id = p.id ORDER BY r.seq";
  private static final String TOTAL =
      "SELECT COUNT(*) FROM rejoinder_comment WHERE state = 'PENDING'";

  private ModerationQueue() {}

  /** Reads a page; {@code offset} and {@code limit} already checked. Run in one snapshot. */
  public static QueuePage read(Connection connection, int offset, int limit) throws SQLException {
    List<Comment> comments;
    try (PreparedStatement statement = connection.prepareStatement(PAGE)) {
      bindPage(statement, offset, limit);
      comments = CommentTable.readAll(statement);
    }
    long total;
    try (PreparedStatement statement = connection.prepareStatement(TOTAL);
        ResultSet row = statement.executeQuery()) {
      row.next();
      total = row.getLong(1);
    }
    if (comments.isEmpty()) {
      return new QueuePage(List.of(), total, offset);
    }
    Map<CommentId, AuditEntry> entries = new HashMap<>();
    try (PreparedStatement statement = connection.prepareStatement(LATEST_ENTRIES)) {
      bindPage(statement, offset, limit);
      for (AuditEntry entry : AuditTable.readAll(statement)) {
        entries.put(entry.commentId(), entry);
      }
    }
    Map<CommentId, List<Report>> reports = new HashMap<>();
    try (PreparedStatement statement = connection.prepareStatement(REPORTS)) {
      bindPage(statement, offset, limit);
      for (Report report : ReportTable.readAll(statement)) {
        reports.computeIfAbsent(report.commentId(), id -> new ArrayList<>(2)).add(report);
      }
    }
    List<QueueItem> items = new ArrayList<>(comments.size());
    for (Comment c : comments) {
      AuditEntry heldBy = entries.get(c.id());
      if (heldBy == null) {
        throw new SQLException("Pending comment " + c.id() + " has no audit entry");
      }
      items.add(new QueueItem(c, heldBy, reports.getOrDefault(c.id(), List.of())));
    }
    return new QueuePage(items, total, offset);
  }

  private static void bindPage(PreparedStatement statement, int offset, int limit)
      throws SQLException {
    statement.setInt(1, offset);
    statement.setInt(2, limit);
  }
}
