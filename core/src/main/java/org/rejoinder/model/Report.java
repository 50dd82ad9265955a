package org.rejoinder.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.rejoinder.internal.Checks;
import org.rejoinder.internal.Redaction;

/**
 * A reader's report that a comment is abusive, off-topic or spam. A reader reports a comment at
 * most once; enough reports hold it for review.
 *
 * @param commentId the reported comment
 * @param reporterKey the reader's {@link Actor#key() key}, 1 to {@value Limits#MAX_ID_CHARS}
 *     characters
 * @param at when it was reported (kept to the millisecond)
 * @param reason what the reader said, may be empty, at most {@value Limits#MAX_REASON_CHARS}
 *     characters
 * @since 0.1.0
 */
public record Report(CommentId commentId, String reporterKey, Instant at, String reason) {

  /**
   * Creates a report.
   *
   * @throws org.rejoinder.error.InvalidInputException if the reporter key is blank or a value is too long
   */
  public Report {
    requireNonNull(commentId, "commentId must not be null");
    reporterKey = Checks.requiredLine("reporterKey", reporterKey, Limits.MAX_KEY_CHARS);
    at = requireNonNull(at, "at must not be null").truncatedTo(ChronoUnit.MILLIS);
    String checked = Checks.optionalLine("reason", reason, Limits.MAX_REASON_CHARS);
    reason = checked == null ? "" : checked;
  }

  /** Shows the comment, the reporter's key (an email key hidden), the time and the reason's length. */
  @Override
  public String toString() {
    return "Report[comment " + commentId + ", by " + Redaction.key(reporterKey) + ", at " + at
        + ", reason of " + reason.length() + " chars]";
  }
}
