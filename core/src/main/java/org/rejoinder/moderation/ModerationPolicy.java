package org.rejoinder.moderation;

import java.util.List;
import org.rejoinder.store.CommentQueries;

/**
 * Decides what happens to a new comment, and to an edited one: an ordered list of {@link
 * ModerationRule rules}, each giving a {@link Verdict}; the strongest verdict wins ({@link
 * Decision} orders them), the first rule's among equals. A {@link Decision#REJECT} ends the
 * evaluation. Trusted submitters (moderators, the post's author, see {@link
 * Submission#isTrusted()}) skip the rules that judge content and are approved, as in WordPress.
 *
 * <p>{@link #standard()} gives WordPress's defaults; {@link #builder()} adjusts them and adds
 * rules of your own. A policy must be thread-safe.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ModerationPolicy {

  /** Returns the verdict on a submission. Must not return {@code null}. */
  Verdict evaluate(Submission submission);

  /** Returns the rules this policy runs, in order; empty if it is not made of rules. */
  default List<ModerationRule> rules() {
    return List.of();
  }

  /**
   * Returns the queries the policy's rules will ask of the history when they judge {@code
   * submission} (see {@link ModerationRule#historyQueries}), for {@code Rejoinder} to read in one
   * go before it calls {@link #evaluate}. Default: those of {@link #rules()} that apply to the
   * submission.
   *
   * @since 0.2.0
   */
  default CommentQueries historyQueries(Submission submission) {
    boolean trusted = submission.isTrusted();
    CommentQueries all = CommentQueries.NONE;
    for (ModerationRule rule : rules()) {
      if (!trusted || rule.judgesTrusted()) {
        all = all.and(rule.historyQueries(submission));
      }
    }
    return all;
  }

  /** Returns a policy that approves every comment. */
  static ModerationPolicy approveAll() {
    return submission -> Verdict.APPROVED;
  }

  /**
   * Returns the standard policy with WordPress's defaults: guests give a name and email, a body
   * readers would see something of, fields within WordPress's lengths, no duplicates, no second comment within 15 seconds, comments with 2
   * links or more held. No keywords and no bans are set, and first comments are not held (see
   * {@link FirstCommentRule}). The same as {@code builder().build()}; this is what {@code
   * Rejoinder} uses when given no policy.
   */
  static ModerationPolicy standard() {
    return builder().build();
  }

  /** Returns a builder that starts from the {@link #standard()} settings. */
  static PolicyBuilder builder() {
    return new PolicyBuilder();
  }

  /** Returns a policy made of exactly these rules, in this order. */
  static ModerationPolicy of(List<? extends ModerationRule> rules) {
    return new RulePolicy(rules);
  }
}
