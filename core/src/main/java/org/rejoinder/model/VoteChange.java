package org.rejoinder.model;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.rejoinder.internal.Redaction;

/**
 * What a vote, or taking one back, did: the reader's vote on the comment before and after, and
 * the comment's counts after. Casting the same vote twice (a double click) changes nothing the
 * second time.
 *
 * @param commentId the comment voted on
 * @param voterKey who voted ({@link Actor#key()})
 * @param before the reader's vote before, or {@code null} if they had none
 * @param after the reader's vote now, or {@code null} if they have none
 * @param votes the comment's counts now
 * @since 0.2.0
 */
public record VoteChange(
    CommentId commentId,
    String voterKey,
    @Nullable VoteDirection before,
    @Nullable VoteDirection after,
    Votes votes) {

  /** Creates a change. */
  public VoteChange {
    requireNonNull(commentId, "commentId must not be null");
    requireNonNull(voterKey, "voterKey must not be null");
    requireNonNull(votes, "votes must not be null");
  }

  /** Returns whether anything changed: the reader's vote after differs from the one before. */
  public boolean changed() {
    return before != after;
  }

  /** Shows the comment, the votes before and after and the counts; an email key is hidden. */
  @Override
  public String toString() {
    return "VoteChange[" + commentId + " by " + Redaction.key(voterKey) + ": " + before + " -> "
        + after + ", " + votes + "]";
  }
}
