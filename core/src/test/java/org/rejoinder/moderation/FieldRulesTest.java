package org.rejoinder.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rejoinder.testing.Comments.guest;

import org.junit.jupiter.api.Test;
import org.rejoinder.model.Actor;
import org.rejoinder.model.ExternalIdentity;
import org.rejoinder.model.Guest;
import org.rejoinder.model.IdentityProvider;
import org.rejoinder.model.Limits;
import org.rejoinder.model.SiteUser;

class FieldRulesTest {
  private final Fixture f = new Fixture();
  private final RequiredFieldsRule required = RequiredFieldsRule.guestNameAndEmail();

  @Test
  void requiredFields_rejectAGuestWithoutEmail() {
    Verdict v = required.evaluate(f.submission(Guest.of("Anon", null), "hi"));

    assertThat(v.decision()).isEqualTo(Decision.REJECT);
    assertThat(v.reason()).isEqualTo(Reasons.REQUIRED_FIELDS);
  }

  @Test
  void requiredFields_approveAGuestWithNameAndEmail_andSignedInAuthorsWithoutEmail() {
    assertThat(required.evaluate(f.submission(guest("Ann"), "hi"))).isEqualTo(Verdict.APPROVED);
    assertThat(required.evaluate(f.submission(SiteUser.of("7", "Tom"), "hi"))).isEqualTo(Verdict.APPROVED);
    assertThat(required.evaluate(f.submission(
            ExternalIdentity.of(IdentityProvider.TWITTER, "1", "@d"), "hi")))
        .isEqualTo(Verdict.APPROVED);
  }

  @Test
  void requiredFields_applyToTrustedSubmittersToo() {
    assertThat(required.judgesTrusted()).isTrue();
    ModerationPolicy policy = ModerationPolicy.standard();
    Verdict v = policy.evaluate(f.as(f.submission(Guest.of("Anon", null), "hi"), Actor.moderator(Guest.of("Anon", null))));
    assertThat(v.reason()).isEqualTo(Reasons.REQUIRED_FIELDS);
  }

  @Test
  void lengthLimits_defaultToWordPressColumnSizes() {
    assertThat(LengthLimitRule.DEFAULT)
        .isEqualTo(new LengthLimitRule(65_525, 245, 100, 200));
  }

  @Test
  void lengthLimits_acceptExactlyTheLimit_andRejectOneMore() {
    LengthLimitRule rule = new LengthLimitRule(10, 5, 20, 30);

    assertThat(rule.evaluate(f.submission(guest("Ann"), "0123456789"))).isEqualTo(Verdict.APPROVED);
    Verdict tooLong = rule.evaluate(f.submission(guest("Ann"), "0123456789X"));
    assertThat(tooLong.decision()).isEqualTo(Decision.REJECT);
    assertThat(tooLong.reason()).isEqualTo(Reasons.TOO_LONG);
    assertThat(tooLong.message()).contains("comment").contains("10 bytes");
  }

  @Test
  void lengthLimits_countContentInUtf8Bytes() {
    LengthLimitRule rule = new LengthLimitRule(4, 5, 20, 30);

    assertThat(rule.evaluate(f.submission(guest("Ann"), "éé"))).isEqualTo(Verdict.APPROVED); // 4 bytes
    assertThat(rule.evaluate(f.submission(guest("Ann"), "ééa")).reason()).isEqualTo(Reasons.TOO_LONG);
  }

  @Test
  void lengthLimits_checkNameEmailAndWebsite_atTheirBoundaries() {
    LengthLimitRule rule = new LengthLimitRule(100, 5, 15, 21); // "https://a.example.com" is 21

    assertThat(rule.evaluate(f.submission(new Guest("Annie", "a@example.com", "https://a.example.com"), "x")))
        .isEqualTo(Verdict.APPROVED);
    assertThat(rule.evaluate(f.submission(Guest.of("Annie!", "a@example.com"), "x")).message()).contains("name");
    assertThat(rule.evaluate(f.submission(Guest.of("Ann", "ann@example.com1"), "x")).message())
        .contains("email");
    assertThat(rule.evaluate(f.submission(new Guest("Ann", null, "https://ab.example.com"), "x")).message())
        .contains("website");
  }

  @Test
  void lengthLimits_aboveTheHardLimits_areInvalid() {
    assertThatThrownBy(() -> new LengthLimitRule(Limits.MAX_BODY_BYTES + 1, 1, 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("maxContentBytes");
    assertThatThrownBy(() -> new LengthLimitRule(1, 0, 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("maxNameChars");
  }
}
