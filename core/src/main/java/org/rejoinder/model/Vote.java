package org.rejoinder.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.rejoinder.internal.Checks;
import org.rejoinder.internal.Redaction;

/**
 * One reader's vote on one comment. A reader has at most one vote per comment: voting again
 * replaces it, and taking it back removes it.
 *
 * @param commentId the comment voted on
 * @param voterKey who voted: the reader's {@link Actor#key()}, at most {@value
 *     Limits#MAX_KEY_CHARS} characters
 * @param direction up or down
 * @param at when the vote was cast (kept to the millisecond)
 * @since 0.2.0
 */
public record Vote(CommentId commentId, String voterKey, VoteDirection direction, Instant at) {

  /**
   * Creates a vote.
   *
   * @throws org.rejoinder.error.InvalidInputException if the key is blank, too long or holds
   *     control characters
   */
  public Vote {
    requireNonNull(commentId, "commentId must not be null");
    voterKey = Checks.requiredLine("voterKey", voterKey, Limits.MAX_KEY_CHARS);
    requireNonNull(direction, "direction must not be null");
    at = requireNonNull(at, "at must not be null").truncatedTo(ChronoUnit.MILLIS);
  }

  /** Shows the comment, the direction and the time; an email key is hidden. */
  @Override
  public String toString() {
    return "Vote[" + commentId + " " + direction + " by " + Redaction.key(voterKey) + " at " + at + "]";
  }
}
