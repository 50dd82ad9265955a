package org.rejoinder.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rejoinder.testing.Comments.guest;

import org.junit.jupiter.api.Test;
import org.rejoinder.model.Guest;

class LinkLimitRuleTest {
  private final Fixture f = new Fixture();

  private Verdict judge(LinkLimitRule rule, String text) {
    return rule.evaluate(f.submission(guest("Ann"), text));
  }

  @Test
  void defaultHoldsAtTwoLinks() {
    assertThat(LinkLimitRule.DEFAULT.maxLinks()).isEqualTo(2);
  }

  @Test
  void oneLinkBelowTheLimit_isApproved_andExactlyAtTheLimit_isHeld() {
    assertThat(judge(LinkLimitRule.DEFAULT, "see https://a.example.com")).isEqualTo(Verdict.APPROVED);

    Verdict v = judge(LinkLimitRule.DEFAULT, "see https://a.example.com and http://b.example.com");
    assertThat(v.decision()).isEqualTo(Decision.HOLD);
    assertThat(v.reason()).isEqualTo(Reasons.TOO_MANY_LINKS);
    assertThat(v.message()).contains("2 links");
  }

  @Test
  void countsAnchors_markdownLinks_andBareWwwAddresses_once_each() {
    assertThat(LinkLimitRule.countLinks("<a href=\"https://a.example.com\">https://a.example.com</a>"))
        .isEqualTo(1);
    assertThat(LinkLimitRule.countLinks("<A HREF='/relative'>here</A> and <a title=x href=y>y"))
        .isEqualTo(2);
    assertThat(LinkLimitRule.countLinks("[my blog](https://blog.example.com) and www.example.org"))
        .isEqualTo(2);
    assertThat(LinkLimitRule.countLinks("HTTPS://SHOUTING.EXAMPLE.COM")).isEqualTo(1);
    assertThat(LinkLimitRule.countLinks("no links, just a mention of http and www")).isZero();
  }

  @Test
  void unclosedAnchors_areEachCounted() {
    assertThat(LinkLimitRule.countLinks("<a href=1>x <a href=2>y <a href=3>z</a> and more")).isEqualTo(3);
    assertThat(LinkLimitRule.countLinks("<a href='https://a.example'>open, never closed")).isEqualTo(1);
  }

  /**
   * Inputs large enough that a count going back over the text for each {@code <a} (quadratic)
   * would run for many minutes, while a single pass takes milliseconds: the generous limit tells
   * the two apart on any machine, however loaded.
   */
  @Test
  void hostileMarkup_isCountedInOnePass() {
    String manyOpenings = "<a ".repeat(300_000);
    String manyAnchors = "<a href=x>".repeat(100_000);

    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60), () -> {
      assertThat(LinkLimitRule.countLinks(manyOpenings)).isZero();
      assertThat(LinkLimitRule.countLinks(manyAnchors)).isEqualTo(100_000);
    });
  }

  @Test
  void theAuthorsWebsite_isNotCounted() {
    Verdict v =
        LinkLimitRule.DEFAULT.evaluate(
            f.submission(new Guest("Ann", "ann@example.com", "https://ann.example.com"), "one https://x.example.com"));
    assertThat(v).isEqualTo(Verdict.APPROVED);
  }

  @Test
  void aLimitOfOne_holdsAnyLink_andBelowOneIsInvalid() {
    assertThat(judge(new LinkLimitRule(1), "www.example.com").decision()).isEqualTo(Decision.HOLD);
    assertThat(judge(new LinkLimitRule(1), "plain words")).isEqualTo(Verdict.APPROVED);
    assertThatThrownBy(() -> new LinkLimitRule(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("maxLinks");
  }
}
