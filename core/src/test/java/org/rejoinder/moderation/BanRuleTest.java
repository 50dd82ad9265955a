package org.rejoinder.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rejoinder.moderation.Fixture.T0;
import static org.rejoinder.testing.Comments.guest;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Guest;
import org.rejoinder.model.SiteUser;

class BanRuleTest {
  private final Fixture f = new Fixture();
  private final BanList bans = new BanList();
  private final BanRule rule = new BanRule(bans);

  private Verdict from(Guest author, String ip, Instant at) {
    return rule.evaluate(f.submission(author, "hello", ClientInfo.of(ip, null), at));
  }

  @Test
  void nobodyIsBannedByDefault() {
    assertThat(from(guest("Ann"), "192.0.2.1", T0)).isEqualTo(Verdict.APPROVED);
  }

  @Test
  void aBannedAuthor_isMarkedAsSpam_byDefault() {
    bans.add(Ban.author(guest("Spammer")));

    Verdict v = from(guest("Spammer"), "192.0.2.1", T0);

    assertThat(v.decision()).isEqualTo(Decision.SPAM);
    assertThat(v.reason()).isEqualTo(Reasons.BANNED);
    assertThat(from(guest("Ann"), "192.0.2.1", T0)).isEqualTo(Verdict.APPROVED);
  }

  @Test
  void aBannedEmail_matchesWhoeverUsesIt_ignoringCase() {
    bans.add(Ban.email("SEO@Example.biz").rejecting());

    assertThat(bans.bans().get(0).value()).isEqualTo("seo@example.biz");
    assertThat(rule.evaluate(f.submission(SiteUser.of("5", "Seo").withEmail("seo@EXAMPLE.biz"), "x")).decision())
        .isEqualTo(Decision.REJECT);
  }

  @ParameterizedTest(name = "{0} contains {1}: {2}")
  @CsvSource({
    "192.0.2.0/24,     192.0.2.200,        true",
    "192.0.2.0/24,     192.0.3.1,          false",
    "192.0.2.7,        192.0.2.7,          true",
    "192.0.2.7,        192.0.2.8,          false",
    "10.0.0.0/8,       10.255.255.255,     true",
    "0.0.0.0/0,        203.0.113.9,        true",
    "2001:db8::/32,    2001:db8:ffff::1,   true",
    "2001:db8::/32,    2001:db9::1,        false",
    "2001:db8::/32,    192.0.2.1,          false",
    "192.0.2.0/24,     ::ffff:192.0.2.5,   true",
  })
  void ipBans_coverAddressesAndCidrRanges(String range, String ip, boolean banned) {
    bans.add(Ban.ip(range));

    assertThat(from(guest("Ann"), ip, T0).decision() == Decision.SPAM).isEqualTo(banned);
  }

  @Test
  void ipRanges_areStoredCanonically() {
    assertThat(Ban.ip("192.0.2.77/24").value()).isEqualTo("192.0.2.0/24");
    assertThat(Ban.ip("2001:DB8:0:0::1").value()).isEqualTo("2001:db8::1");
  }

  @Test
  void aBanExpires_andAppliesStrictlyBeforeItsEnd() {
    Instant end = T0.plusSeconds(3600);
    bans.add(Ban.ip("192.0.2.1").until(end));

    assertThat(from(guest("Ann"), "192.0.2.1", end.minusMillis(1)).decision()).isEqualTo(Decision.SPAM);
    assertThat(from(guest("Ann"), "192.0.2.1", end)).isEqualTo(Verdict.APPROVED);
  }

  @Test
  void aRejectingBan_winsOverASpamOne_andLiftingABanEndsIt() {
    bans.add(Ban.ip("192.0.2.0/24"));
    bans.add(Ban.author(guest("Troll")).rejecting());

    assertThat(from(guest("Troll"), "192.0.2.1", T0).decision()).isEqualTo(Decision.REJECT);
    assertThat(bans.remove(Ban.author(guest("Troll")))).isTrue();
    assertThat(from(guest("Troll"), "192.0.2.1", T0).decision()).isEqualTo(Decision.SPAM);
    assertThat(bans.remove(Ban.author(guest("Troll")))).isFalse();
  }

  @Test
  void addingTheSameBanAgain_replacesIt() {
    bans.add(Ban.email("x@example.com"));
    bans.add(Ban.email("X@example.com").rejecting());

    assertThat(bans.bans()).containsExactly(Ban.email("x@example.com").rejecting());
  }

  @ParameterizedTest
  @CsvSource({"192.0.2.0/33", "192.0.2.0/", "192.0.2/24", "not-an-ip", "2001:db8::/129", "192.0.2.0/-1"})
  void malformedIpBans_areInvalid(String value) {
    assertThatThrownBy(() -> Ban.ip(value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("ban.value")
        .hasMessageContaining(value);
  }

  @Test
  void aBanOnlyMarksAsSpamOrRejects() {
    assertThatThrownBy(() -> new Ban(Ban.Kind.IP, "192.0.2.1", Decision.HOLD, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("HOLD");
  }
}
