package org.rejoinder.moderation;

/**
 * Decides what happens to a new comment.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ModerationPolicy {

  /** Returns the verdict on a submission. Must not return {@code null}. */
  Verdict evaluate(Submission submission);

  /** Returns a policy that approves every comment. */
  static ModerationPolicy approveAll() {
    return submission -> Verdict.APPROVED;
  }
}
