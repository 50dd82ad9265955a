package org.rejoinder.moderation;

/**
 * An external spam checker, such as a client of Akismet or a machine-learning service. Plug one
 * in with {@link PolicyBuilder#externalChecker(SpamChecker, java.time.Duration,
 * ExternalCheckRule.OnFailure)}, which runs it through an {@link ExternalCheckRule}: bounded by a
 * timeout, with its failures contained.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface SpamChecker {

  /**
   * Checks a submission (the comment with its author, client, post and parent). May block, for
   * example on a network call, and may throw; it is interrupted when its time is up.
   *
   * @return the checker's verdict, such as {@link Verdict#APPROVED} or a {@link Decision#SPAM}
   *     verdict
   * @throws Exception if the check could not be made
   */
  Verdict check(Submission submission) throws Exception;
}
