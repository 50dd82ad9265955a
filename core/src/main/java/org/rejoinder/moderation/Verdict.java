package org.rejoinder.moderation;

import static java.util.Objects.requireNonNull;

import org.rejoinder.internal.Checks;

/**
 * A moderation decision with its reason: a stable machine-readable code such as {@code
 * "flood"} and a message a person can read.
 *
 * @param decision what happens to the comment
 * @param reason a stable code, lower case with hyphens, such as {@code "too-many-links"}
 * @param message a sentence for the commenter or the moderator
 * @since 0.1.0
 */
public record Verdict(Decision decision, String reason, String message) {
  /** The verdict for a comment no rule objects to. */
  public static final Verdict APPROVED = new Verdict(Decision.APPROVE, Reasons.APPROVED, "Approved");

  /**
   * Creates a verdict.
   *
   * @throws IllegalArgumentException if the reason or message is blank, too long (100 and 500
   *     characters) or holds control characters
   */
  public Verdict {
    requireNonNull(decision, "decision must not be null");
    reason = Checks.argumentLine("reason", reason, 100);
    message = Checks.argumentLine("message", message, 500);
  }

  /** Returns a verdict. */
  public static Verdict of(Decision decision, String reason, String message) {
    return new Verdict(decision, reason, message);
  }

  /** Returns whether this verdict's decision is stronger than {@code other}'s. */
  public boolean isStrongerThan(Verdict other) {
    return decision.compareTo(other.decision) > 0;
  }
}
