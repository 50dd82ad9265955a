package org.rejoinder;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import org.rejoinder.internal.Redaction;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Report;
import org.rejoinder.model.Revision;
import org.rejoinder.model.Vote;
import org.rejoinder.subscription.Subscription;

/**
 * Everything stored about one email address ({@link PersonalDataView#export}): what the reader
 * is given when they ask for their data. The interop module writes it as JSON.
 *
 * @param email the address, in lower case
 * @param exportedAt when it was read
 * @param comments every comment whose author gave the address, oldest first, with its revisions
 * @param reportsFiled the reports filed under the address
 * @param subscriptions its subscriptions
 * @param votes the votes cast under the address's key ({@code email:<address>}), oldest first
 * @since 0.2.0
 */
public record PersonalDataExport(
    String email,
    Instant exportedAt,
    List<CommentRecord> comments,
    List<Report> reportsFiled,
    List<Subscription> subscriptions,
    List<Vote> votes) {

  /** Creates one. */
  public PersonalDataExport {
    requireNonNull(email, "email must not be null");
    requireNonNull(exportedAt, "exportedAt must not be null");
    comments = List.copyOf(comments);
    reportsFiled = List.copyOf(reportsFiled);
    subscriptions = List.copyOf(subscriptions);
    votes = List.copyOf(votes);
  }

  /**
   * One comment with the earlier texts its edits kept.
   *
   * @param comment the comment: post, dates, text, author, IP address and user agent
   * @param revisions its revisions, oldest first
   * @since 0.2.0
   */
  public record CommentRecord(Comment comment, List<Revision> revisions) {
    /** Creates one. */
    public CommentRecord {
      requireNonNull(comment, "comment must not be null");
      revisions = List.copyOf(revisions);
    }
  }

  /** Shows the counts, not the data. */
  @Override
  public String toString() {
    return "PersonalDataExport[" + Redaction.email(email) + ", " + comments.size() + " comments, "
        + reportsFiled.size() + " reports, " + subscriptions.size() + " subscriptions, "
        + votes.size() + " votes]";
  }
}
