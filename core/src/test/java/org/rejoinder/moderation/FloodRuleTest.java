package org.rejoinder.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rejoinder.moderation.Fixture.T0;
import static org.rejoinder.testing.Comments.guest;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.rejoinder.model.Actor;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Guest;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.SiteUser;

class FloodRuleTest {
  private static final ClientInfo IP_A = ClientInfo.of("198.51.100.1", "UA");
  private static final ClientInfo IP_B = ClientInfo.of("198.51.100.2", "UA");

  private final Fixture f = new Fixture();
  private final FloodRule rule = FloodRule.DEFAULT;

  private Verdict next(Guest author, ClientInfo client, Duration after) {
    return rule.evaluate(f.submission(author, "again", client, T0.plus(after)));
  }

  @Test
  void defaultIntervalIsFifteenSeconds() {
    assertThat(FloodRule.DEFAULT.interval()).isEqualTo(Duration.ofSeconds(15));
  }

  @Test
  void sameAuthorWithinTheInterval_isRejectedAsFlood() {
    f.store(f.submission(guest("Ann"), "first", IP_A, T0), ModerationState.APPROVED);

    Verdict v = next(guest("Ann"), IP_B, Duration.ofMillis(14_999));

    assertThat(v.decision()).isEqualTo(Decision.REJECT);
    assertThat(v.reason()).isEqualTo(Reasons.FLOOD);
  }

  @Test
  void exactlyFifteenSecondsLater_isAccepted() {
    f.store(f.submission(guest("Ann"), "first", IP_A, T0), ModerationState.APPROVED);

    assertThat(next(guest("Ann"), IP_A, Duration.ofSeconds(15))).isEqualTo(Verdict.APPROVED);
  }

  @Test
  void sameIpWithAnotherIdentity_isFlood() {
    f.store(f.submission(guest("Ann"), "first", IP_A, T0), ModerationState.APPROVED);

    assertThat(next(guest("Bob"), IP_A, Duration.ofSeconds(3)).reason()).isEqualTo(Reasons.FLOOD);
    assertThat(next(guest("Bob"), IP_B, Duration.ofSeconds(3))).isEqualTo(Verdict.APPROVED);
  }

  @Test
  void sameEmailUnderAnotherIdentity_isFlood_ignoringCase() {
    f.store(f.submission(SiteUser.of("9", "Ann").withEmail("Ann@Example.com"), "first", IP_A, T0),
        ModerationState.APPROVED);

    assertThat(next(Guest.of("Annie", "ann@example.COM"), IP_B, Duration.ofSeconds(1)).reason())
        .isEqualTo(Reasons.FLOOD);
  }

  @Test
  void earlierCommentsInAnyStateCount() {
    f.store(f.submission(guest("Ann"), "spam", IP_A, T0), ModerationState.SPAM);

    assertThat(next(guest("Ann"), IP_B, Duration.ofSeconds(5)).reason()).isEqualTo(Reasons.FLOOD);
  }

  @Test
  void moderatorsAreExempt_butNotAReaderWhoWroteThePost() {
    f.store(f.submission(guest("Mod"), "first", IP_A, T0), ModerationState.APPROVED);
    Instant soon = T0.plusSeconds(2);

    assertThat(rule.evaluate(f.as(f.submission(guest("Mod"), "again", IP_A, soon), Actor.moderator(guest("Mod")))))
        .isEqualTo(Verdict.APPROVED);
    assertThat(rule.evaluate(f.as(f.submission(guest("Mod"), "again", IP_A, soon), Actor.admin(guest("Mod")))))
        .isEqualTo(Verdict.APPROVED);
    assertThat(rule.judgesTrusted()).isTrue();
  }

  @Test
  void anEditIsNotAFlood() {
    Comment c = f.store(f.submission(guest("Ann"), "first", IP_A, T0), ModerationState.APPROVED);

    assertThat(rule.evaluate(f.editOf(c, "fixed typo", T0.plusSeconds(2)))).isEqualTo(Verdict.APPROVED);
  }

  @Test
  void aCustomInterval_isHonouredAtItsBoundary() {
    FloodRule minute = new FloodRule(Duration.ofMinutes(1));
    f.store(f.submission(guest("Ann"), "first", IP_A, T0), ModerationState.APPROVED);

    assertThat(minute.evaluate(f.submission(guest("Ann"), "x", IP_A, T0.plusSeconds(59))).reason())
        .isEqualTo(Reasons.FLOOD);
    assertThat(minute.evaluate(f.submission(guest("Ann"), "x", IP_A, T0.plusSeconds(60))))
        .isEqualTo(Verdict.APPROVED);
  }

  @Test
  void anIntervalBelowAMillisecond_isInvalid() {
    assertThatThrownBy(() -> new FloodRule(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("interval");
  }
}
