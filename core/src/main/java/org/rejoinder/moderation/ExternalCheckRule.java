package org.rejoinder.moderation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks a {@link SpamChecker} for its verdict, within a time limit. When the checker throws,
 * returns {@code null} or takes longer than the timeout, the rule does what {@link OnFailure}
 * says and logs a warning; either way the comment is kept. For the same reason a checker's
 * {@link Decision#REJECT} is taken as {@link Decision#SPAM}: an external service's mistake can
 * always be undone with "not spam".
 *
 * <p>Defaults: a timeout of {@link #DEFAULT_TIMEOUT 2 seconds}, and {@link OnFailure#HOLD} (fail
 * closed). The checker runs on a shared pool of daemon threads and is interrupted when its time is
 * up. No external checker is configured by default.
 *
 * @since 0.1.0
 */
public final class ExternalCheckRule implements ModerationRule {
  /** The default time limit: 2 seconds. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);

  private static final Logger LOG = LoggerFactory.getLogger(ExternalCheckRule.class);
  private static final ExecutorService POOL =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "rejoinder-spam-checker");
            thread.setDaemon(true);
            return thread;
          });

  /** What to do with a comment when the checker fails or is too slow. */
  public enum OnFailure {
    /** Fail open: let the other rules decide, as if the checker had no objection. */
    APPROVE,
    /** Fail closed: hold the comment for a moderator ({@link Reasons#CHECKER_UNAVAILABLE}). */
    HOLD
  }

  private final SpamChecker checker;
  private final Duration timeout;
  private final OnFailure onFailure;

  private ExternalCheckRule(SpamChecker checker, Duration timeout, OnFailure onFailure) {
    this.checker = requireNonNull(checker, "checker must not be null");
    this.timeout = requireNonNull(timeout, "timeout must not be null");
    this.onFailure = requireNonNull(onFailure, "onFailure must not be null");
    checkArgument(timeout.toMillis() >= 1, "timeout must be at least one millisecond but was %s", timeout);
  }

  /** Returns a rule with the default timeout that holds comments when the checker fails. */
  public static ExternalCheckRule of(SpamChecker checker) {
    return new ExternalCheckRule(checker, DEFAULT_TIMEOUT, OnFailure.HOLD);
  }

  /**
   * Returns a rule.
   *
   * @param checker the checker
   * @param timeout how long to wait for it, at least a millisecond
   * @param onFailure what to do when it fails or times out
   * @throws IllegalArgumentException if the timeout is shorter than a millisecond
   */
  public static ExternalCheckRule of(SpamChecker checker, Duration timeout, OnFailure onFailure) {
    return new ExternalCheckRule(checker, timeout, onFailure);
  }

  @Override
  public Verdict evaluate(Submission submission) {
    Future<Verdict> call = POOL.submit(() -> checker.check(submission));
    try {
      Verdict verdict = call.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (verdict == null) {
        return failed("returned no verdict", null);
      }
      return verdict.decision() == Decision.REJECT
          ? Verdict.of(Decision.SPAM, verdict.reason(), verdict.message())
          : verdict;
    } catch (TimeoutException e) {
      call.cancel(true);
      return failed("did not answer within " + timeout.toMillis() + " ms", null);
    } catch (ExecutionException e) {
      return failed("failed", e.getCause());
    } catch (InterruptedException e) {
      call.cancel(true);
      Thread.currentThread().interrupt();
      return failed("was interrupted", e);
    }
  }

  private Verdict failed(String what, @Nullable Throwable cause) {
    LOG.warn("Spam checker {} {}; the comment is {}", checker, what,
        onFailure == OnFailure.HOLD ? "held" : "judged without it", cause);
    return onFailure == OnFailure.HOLD
        ? Verdict.of(
            Decision.HOLD,
            Reasons.CHECKER_UNAVAILABLE,
            "Your comment is held for moderation: the spam check could not be made.")
        : Verdict.APPROVED;
  }

  @Override
  public String toString() {
    return "ExternalCheckRule[" + checker + ", " + timeout + ", " + onFailure + "]";
  }
}
