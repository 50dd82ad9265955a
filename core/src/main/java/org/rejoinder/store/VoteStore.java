package org.rejoinder.store;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.rejoinder.error.NotFoundException;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.PostId;
import org.rejoinder.model.Vote;
import org.rejoinder.model.VoteChange;
import org.rejoinder.model.VoteDirection;
import org.rejoinder.model.Votes;

/**
 * The capability of keeping readers' votes on comments: one vote per reader and comment, and
 * each comment's counts ({@link org.rejoinder.model.Comment#votes()}) kept with the votes in the
 * same atomic step, so they never drift from them. Two votes of one reader on one comment sent
 * at once (a double click) store one.
 *
 * <p>The store keeps the counts: it ignores the counts of a comment given to {@link
 * #insertComment}, {@link #updateComment} or the other writes, and keeps its own. Votes do not
 * change a comment's version, so they never conflict with moderation. A store that pages
 * threads by a ranked order ({@link org.rejoinder.thread.CommentOrder#BEST} and the others)
 * keeps its index of their scores current in the same step. Purging a comment deletes its
 * votes.
 *
 * <p>{@code VoteStoreContract} in the test-jar of {@code rejoinder-core} checks a store against
 * this interface.
 *
 * @since 0.2.0
 */
public interface VoteStore extends DiscussionStore {

  /**
   * Records a reader's vote, replacing their earlier vote on the comment, and updates the
   * comment's counts, in one atomic step. The same vote again changes nothing (its time stays
   * the first one's).
   *
   * @return what changed, and the counts after
   * @throws NotFoundException if no comment has that id
   */
  VoteChange vote(Vote vote);

  /**
   * Takes back a reader's vote and updates the comment's counts, in one atomic step; nothing
   * changes if the reader had not voted.
   *
   * @return what changed, and the counts after
   * @throws NotFoundException if no comment has that id
   */
  VoteChange unvote(CommentId commentId, String voterKey);

  /**
   * Returns a comment's votes, by the time they were cast (a changed vote by the time of the
   * change) and then by voter key; empty for an unknown comment.
   */
  List<Vote> votes(CommentId commentId);

  /**
   * Returns one reader's votes on the comments of one post: what a page shows as the reader's
   * own votes. Empty if they have none.
   */
  Map<CommentId, VoteDirection> votesBy(String voterKey, PostId postId);

  /**
   * Stores many votes, for imports and restores: each as {@link #vote} would, a later vote of
   * the same reader on the same comment replacing an earlier one. This default stores them one
   * by one; a store that can, stores all or none.
   *
   * @throws NotFoundException if a comment does not exist
   */
  default void insertVotes(Collection<Vote> votes) {
    requireNonNull(votes, "votes must not be null");
    for (Vote vote : List.copyOf(votes)) {
      vote(vote);
    }
  }

  /**
   * Returns a comment's counts as this store keeps them: {@link Votes#NONE} for an unknown
   * comment.
   */
  default Votes votesOf(CommentId commentId) {
    return findComment(commentId).map(c -> c.votes()).orElse(Votes.NONE);
  }
}
