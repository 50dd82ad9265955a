package org.rejoinder.moderation;

import org.rejoinder.model.ModerationState;
import org.rejoinder.store.CommentQueries;
import org.rejoinder.store.CommentQuery;

/**
 * Holds the comment of an author who has no approved comment yet ({@link
 * Reasons#FIRST_COMMENT}): someone is trusted once a moderator has approved one of their
 * comments. Authors are recognised by their {@link org.rejoinder.model.Author#key() key}. Edits
 * are not judged.
 *
 * <p><b>Off by default</b> in Rejoinder: an embedded library should not silently hold every new
 * reader's first comment. WordPress turns its equivalent ("Comment author must have a previously
 * approved comment") on by default; {@link PolicyBuilder#holdFirstComments(boolean)} does the
 * same here.
 *
 * @since 0.1.0
 */
public final class FirstCommentRule implements ModerationRule {
  private static final FirstCommentRule INSTANCE = new FirstCommentRule();

  private FirstCommentRule() {}

  /** Returns the rule. */
  public static FirstCommentRule holdUntilApproved() {
    return INSTANCE;
  }

  @Override
  public Verdict evaluate(Submission s) {
    if (s.isEdit()) {
      return Verdict.APPROVED;
    }
    if (!s.history().find(anApproved(s)).isEmpty()) {
      return Verdict.APPROVED;
    }
    return Verdict.of(
        Decision.HOLD, Reasons.FIRST_COMMENT, "Your first comment is held until a moderator approves it.");
  }

  /**
   * Reads one of the author's approved comments, the oldest: whether there is one is all the
   * rule asks, so an author with thousands of approved comments costs a store no more than an
   * author with one.
   */
  @Override
  public CommentQueries historyQueries(Submission s) {
    return s.isEdit() ? CommentQueries.NONE : CommentQueries.finding(anApproved(s));
  }

  private static CommentQuery anApproved(Submission s) {
    return CommentQuery.all()
        .withAuthorKey(s.author().key())
        .withStates(ModerationState.APPROVED)
        .withPage(0, 1);
  }
}
