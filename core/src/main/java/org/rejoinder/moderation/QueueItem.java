package org.rejoinder.moderation;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Report;

/**
 * A comment waiting in the moderation queue, with what a moderator needs to decide on it.
 *
 * @param comment the pending comment
 * @param heldBy the audit entry that made it pending: who held it and why (for example {@link
 *     Reasons#TOO_MANY_LINKS} or {@link Reasons#REPORTED})
 * @param reports the readers' reports on it, oldest first
 * @since 0.1.0
 */
public record QueueItem(Comment comment, AuditEntry heldBy, List<Report> reports) {
  /** Creates an item. */
  public QueueItem {
    requireNonNull(comment, "comment must not be null");
    requireNonNull(heldBy, "heldBy must not be null");
    reports = List.copyOf(reports);
  }
}
