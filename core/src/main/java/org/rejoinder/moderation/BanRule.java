package org.rejoinder.moderation;

import static java.util.Objects.requireNonNull;

/**
 * Marks as spam or rejects comments from banned authors, email addresses and IP addresses or
 * ranges ({@link Reasons#BANNED}), as each {@link Ban} in force says. Expired bans do not apply.
 *
 * <p>Default: an empty {@link BanList}, so nobody is banned; give the policy a list with {@link
 * PolicyBuilder#bans(BanList)} and change it at any time.
 *
 * @param bans the bans to enforce
 * @since 0.1.0
 */
public record BanRule(BanList bans) implements ModerationRule {

  /** Creates the rule. */
  public BanRule {
    requireNonNull(bans, "bans must not be null");
  }

  @Override
  public Verdict evaluate(Submission s) {
    return bans.find(s.author(), s.client(), s.at())
        .map(ban -> Verdict.of(ban.decision(), Reasons.BANNED, "You are not allowed to comment here."))
        .orElse(Verdict.APPROVED);
  }
}
