package org.rejoinder.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A comment waiting in the moderation queue, with what a moderator needs to decide on it.
 *
 * @param comment the pending comment
 * @param heldBy the audit entry that made it pending, its latest: who held it and why (a reason
 *     such as {@code "too-many-links"} or {@code "reported"}, see {@code
 *     org.rejoinder.moderation.Reasons})
 * @param reports the readers' reports on it, oldest first
 * @since 0.1.0
 */
public record QueueItem(Comment comment, AuditEntry heldBy, List<Report> reports) {
  /**
   * Creates an item.
   *
   * @throws IllegalArgumentException if the comment is not pending, or the entry or a report is
   *     another comment's
   */
  public QueueItem {
    requireNonNull(comment, "comment must not be null");
    requireNonNull(heldBy, "heldBy must not be null");
    reports = List.copyOf(reports);
    checkArgument(
        comment.state() == ModerationState.PENDING,
        "A queue item holds a pending comment, but %s is %s", comment.id(), comment.state());
    checkArgument(
        heldBy.commentId().equals(comment.id()),
        "The entry holding comment %s is comment %s's", comment.id(), heldBy.commentId());
    for (Report report : reports) {
      checkArgument(
          report.commentId().equals(comment.id()),
          "A report on comment %s is listed with comment %s", report.commentId(), comment.id());
    }
  }
}
