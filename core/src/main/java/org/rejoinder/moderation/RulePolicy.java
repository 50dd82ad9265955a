package org.rejoinder.moderation;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** A policy made of rules: every rule that applies gives a verdict, and the strongest wins. */
final class RulePolicy implements ModerationPolicy {
  private static final Verdict TRUSTED =
      Verdict.of(Decision.APPROVE, Reasons.TRUSTED, "Approved: a moderator or the post's author");

  private final List<ModerationRule> rules;

  RulePolicy(List<? extends ModerationRule> rules) {
    this.rules = List.copyOf(rules);
  }

  @Override
  public Verdict evaluate(Submission submission) {
    requireNonNull(submission, "submission must not be null");
    boolean trusted = submission.isTrusted();
    Verdict strongest = trusted ? TRUSTED : Verdict.APPROVED;
    for (ModerationRule rule : rules) {
      if (trusted && !rule.judgesTrusted()) {
        continue;
      }
      Verdict verdict =
          requireNonNull(rule.evaluate(submission), () -> "rule " + rule + " returned null");
      if (verdict.isStrongerThan(strongest)) {
        strongest = verdict;
        if (verdict.decision() == Decision.REJECT) {
          break; // nothing is stronger, and later rules (an external checker) need not run
        }
      }
    }
    return strongest;
  }

  @Override
  public List<ModerationRule> rules() {
    return rules;
  }

  @Override
  public String toString() {
    return "ModerationPolicy" + rules;
  }
}
