package org.rejoinder.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rejoinder.testing.Comments.guest;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.rejoinder.moderation.ExternalCheckRule.OnFailure;

class ExternalCheckRuleTest {
  private static final Duration SHORT = Duration.ofMillis(100);
  private final Fixture f = new Fixture();
  private final Submission submission = f.submission(guest("Ann"), "Hi, nice blog");

  @Test
  void theCheckersVerdictIsTaken() {
    Verdict spam = Verdict.of(Decision.SPAM, "akismet", "Akismet says spam");

    assertThat(ExternalCheckRule.of(s -> spam).evaluate(submission)).isEqualTo(spam);
    assertThat(ExternalCheckRule.of(s -> Verdict.APPROVED).evaluate(submission)).isEqualTo(Verdict.APPROVED);
  }

  @Test
  void theCheckerSeesTheSubmission() {
    ExternalCheckRule rule =
        ExternalCheckRule.of(s -> s.body().text().contains("nice blog")
            ? Verdict.of(Decision.SPAM, "praise", "Generic praise") : Verdict.APPROVED);

    assertThat(rule.evaluate(submission).decision()).isEqualTo(Decision.SPAM);
  }

  @Test
  void aRejectFromTheChecker_keepsTheCommentAsSpam() {
    Verdict v = ExternalCheckRule.of(s -> Verdict.of(Decision.REJECT, "akismet", "Blatant spam"))
        .evaluate(submission);

    assertThat(v.decision()).isEqualTo(Decision.SPAM);
    assertThat(v.reason()).isEqualTo("akismet");
  }

  @Test
  void aThrowingChecker_failsClosed_byHolding() {
    Verdict v = ExternalCheckRule.of(s -> {
      throw new java.io.IOException("connection refused");
    }).evaluate(submission);

    assertThat(v.decision()).isEqualTo(Decision.HOLD);
    assertThat(v.reason()).isEqualTo(Reasons.CHECKER_UNAVAILABLE);
  }

  @Test
  void aThrowingChecker_failsOpen_whenConfigured() {
    Verdict v = ExternalCheckRule.of(s -> {
      throw new IllegalStateException("bad key");
    }, SHORT, OnFailure.APPROVE).evaluate(submission);

    assertThat(v).isEqualTo(Verdict.APPROVED);
  }

  @Test
  void aCheckerReturningNull_isAFailure() {
    assertThat(ExternalCheckRule.of(s -> null).evaluate(submission).reason())
        .isEqualTo(Reasons.CHECKER_UNAVAILABLE);
  }

  @Test
  void aSlowChecker_isCutOffAtTheTimeout_andInterrupted() throws Exception {
    CountDownLatch interrupted = new CountDownLatch(1);
    ExternalCheckRule rule = ExternalCheckRule.of(s -> {
      try {
        Thread.sleep(10_000);
      } catch (InterruptedException e) {
        interrupted.countDown();
        throw e;
      }
      return Verdict.APPROVED;
    }, SHORT, OnFailure.HOLD);

    long start = System.nanoTime();
    Verdict v = rule.evaluate(submission);
    long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

    assertThat(v.reason()).isEqualTo(Reasons.CHECKER_UNAVAILABLE);
    assertThat(tookMillis).isBetween(90L, 5_000L);
    assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void aRejectByAnEarlierRule_meansTheCheckerIsNotAsked() {
    AtomicInteger calls = new AtomicInteger();
    ModerationPolicy policy =
        ModerationPolicy.builder()
            .externalChecker(s -> {
              calls.incrementAndGet();
              return Verdict.APPROVED;
            }, SHORT, OnFailure.HOLD)
            .build();

    Verdict rejected = policy.evaluate(f.submission(org.rejoinder.model.Guest.of("Anon", null), "hi"));
    Verdict checked = policy.evaluate(submission);

    assertThat(rejected.reason()).isEqualTo(Reasons.REQUIRED_FIELDS);
    assertThat(checked).isEqualTo(Verdict.APPROVED);
    assertThat(calls).hasValue(1);
  }
}
