package org.rejoinder.moderation;

import org.rejoinder.store.CommentQueries;

/**
 * One check of a {@link ModerationPolicy}: looks at a submission and returns its verdict, or
 * {@link Verdict#APPROVED} when it has no objection.
 *
 * <p>Rules must be thread-safe and should be fast: a policy runs them one after another for every
 * comment. A rule that throws fails the submission, and nothing is stored; a rule that calls a
 * remote service belongs in an {@link ExternalCheckRule}, which bounds and contains it.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ModerationRule {

  /** Returns the verdict on a submission. Must not return {@code null}. */
  Verdict evaluate(Submission submission);

  /**
   * Returns whether this rule also applies to trusted submitters (moderators and the post's
   * author, see {@link Submission#isTrusted()}). Default {@code false}: like WordPress, trusted
   * comments are approved without content rules; rules that keep data sane (required fields,
   * length limits, duplicates) return {@code true}.
   */
  default boolean judgesTrusted() {
    return false;
  }

  /**
   * Returns the queries this rule will ask of {@link Submission#history()} when it judges
   * {@code submission}, so that they can be answered together, ahead of the policy, in one
   * statement of a database store. Queries the rule asks that are not declared are answered
   * when asked, as before. Default: none.
   *
   * @since 0.2.0
   */
  default CommentQueries historyQueries(Submission submission) {
    return CommentQueries.NONE;
  }
}
