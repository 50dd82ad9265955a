package org.rejoinder.web;

import org.rejoinder.moderation.Decision;
import org.rejoinder.moderation.ModerationRule;
import org.rejoinder.moderation.Submission;
import org.rejoinder.moderation.Verdict;
import org.rejoinder.web.internal.HoneypotFlag;

/**
 * Holds a comment whose form filled the honeypot ({@link Verdict} {@code HOLD}, reason {@value
 * #REASON}), for a moderator to look at: bots fill every field, and so, now and then, does a
 * browser's autofill for a person. Add it to the policy when the web layer's honeypot holds rather
 * than rejects ({@link CommentsWeb.Builder#honeypot}):
 *
 * <pre>{@code
 * Rejoinder rejoinder = Rejoinder.builder()
 *     .moderation(ModerationPolicy.builder().rule(HoneypotRule.INSTANCE).build())
 *     .build();
 * }</pre>
 *
 * <p>The web layer marks the submission on the thread that calls {@code submit}, where the policy
 * runs; outside the web layer the rule approves everything.
 *
 * @since 0.2.0
 */
public final class HoneypotRule implements ModerationRule {
  /** The reason of its verdicts: {@value}. */
  public static final String REASON = "honeypot";
  /** The rule. */
  public static final HoneypotRule INSTANCE = new HoneypotRule();

  private static final Verdict HOLD =
      Verdict.of(Decision.HOLD, REASON, "Held: the form's hidden field was filled in");

  private HoneypotRule() {}

  @Override
  public Verdict evaluate(Submission submission) {
    return HoneypotFlag.isFilled() ? HOLD : Verdict.APPROVED;
  }

  @Override
  public String toString() {
    return "HoneypotRule";
  }
}
