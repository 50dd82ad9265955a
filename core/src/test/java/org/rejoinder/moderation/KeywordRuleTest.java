package org.rejoinder.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rejoinder.moderation.Fixture.T0;
import static org.rejoinder.testing.Comments.guest;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rejoinder.model.Actor;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Guest;

class KeywordRuleTest {
  private final Fixture f = new Fixture();
  private final KeywordRule moderation = KeywordRule.moderation(List.of("casino", " viagra ", ""));
  private Locale defaultLocale;

  @BeforeEach
  void turkishLocale() {
    defaultLocale = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag("tr-TR")); // where "I".toLowerCase() is a dotless ı
  }

  @AfterEach
  void restoreLocale() {
    Locale.setDefault(defaultLocale);
  }

  private Verdict judge(KeywordRule rule, Guest author, String text, ClientInfo client) {
    return rule.evaluate(f.submission(author, text, client, T0));
  }

  @Test
  void keywordsAreTrimmed_andBlankOnesIgnored() {
    assertThat(moderation.keywords()).containsExactly("casino", "viagra");
    assertThat(moderation.decision()).isEqualTo(Decision.HOLD);
  }

  @Test
  void aKeywordInTheText_holdsTheComment() {
    Verdict v = judge(moderation, guest("Ann"), "best online casino here", ClientInfo.NONE);

    assertThat(v.decision()).isEqualTo(Decision.HOLD);
    assertThat(v.reason()).isEqualTo(Reasons.MODERATION_KEYWORD);
    assertThat(v.message()).contains("comment").contains("casino");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "name,        CASINO King,  ann@example.com,        ,                          198.51.100.1, Mozilla",
    "email address, Ann,          ann@casino.example.com, ,                          198.51.100.1, Mozilla",
    "website,     Ann,          ann@example.com,        https://casino.example.com, 198.51.100.1, Mozilla",
    "IP address,  Ann,          ann@example.com,        ,                          198.51.100.1, Mozilla",
    "user agent,  Ann,          ann@example.com,        ,                          198.51.100.7, CasinoBot/1.0",
  })
  void aKeywordInAnyOtherField_holdsTheComment(
      String field, String name, String email, String website, String ip, String agent) {
    KeywordRule rule = KeywordRule.moderation(List.of("casino", "198.51.100.1"));

    Verdict v = judge(rule, new Guest(name, email, website), "innocent text", ClientInfo.of(ip, agent));

    assertThat(v.decision()).as(field).isEqualTo(Decision.HOLD);
    assertThat(v.message()).startsWith("The " + field + " contains");
  }

  @Test
  void aCleanComment_isApproved() {
    assertThat(judge(moderation, guest("Ann"), "A lovely post about gardens.", ClientInfo.of("192.0.2.1", "UA")))
        .isEqualTo(Verdict.APPROVED);
  }

  @Test
  void matchingIgnoresCase_underATurkishDefaultLocale() {
    assertThat(judge(moderation, guest("Ann"), "VISIT OUR CASINO", ClientInfo.NONE).decision())
        .isEqualTo(Decision.HOLD);
    KeywordRule upper = KeywordRule.moderation(List.of("INSULT"));
    assertThat(judge(upper, guest("Ann"), "what an insult", ClientInfo.NONE).decision())
        .isEqualTo(Decision.HOLD);
  }

  @Test
  void matchingFoldsUnicodeCase() {
    KeywordRule rule = KeywordRule.moderation(List.of("straße", "ΣΟΦΟΣ"));

    assertThat(judge(rule, guest("Ann"), "DIE STRASSE", ClientInfo.NONE).decision()).isEqualTo(Decision.HOLD);
    assertThat(judge(rule, guest("Ann"), "ο σοφος είπε", ClientInfo.NONE).decision()).isEqualTo(Decision.HOLD);
    assertThat(judge(rule, guest("Ann"), "die strase", ClientInfo.NONE)).isEqualTo(Verdict.APPROVED);
  }

  @Test
  void disallowedKeywords_trashByDefault_orMarkAsSpam() {
    KeywordRule trash = KeywordRule.disallowed(List.of("boll*cks"), Decision.TRASH);
    KeywordRule spam = KeywordRule.disallowed(List.of("cheap essays"), Decision.SPAM);

    Verdict trashed = judge(trash, guest("Ann"), "Boll*cks to that", ClientInfo.NONE);
    assertThat(trashed.decision()).isEqualTo(Decision.TRASH);
    assertThat(trashed.reason()).isEqualTo(Reasons.DISALLOWED_KEYWORD);
    assertThat(judge(spam, guest("Ann"), "Buy CHEAP ESSAYS now", ClientInfo.NONE).decision())
        .isEqualTo(Decision.SPAM);
  }

  @Test
  void disallowedKeywords_cannotHoldOrReject() {
    assertThatThrownBy(() -> KeywordRule.disallowed(List.of("x"), Decision.REJECT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("REJECT");
    assertThatThrownBy(() -> KeywordRule.disallowed(List.of("x"), Decision.HOLD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("HOLD");
  }

  @Test
  void keywordRules_doNotJudgeTrustedSubmitters() {
    ModerationPolicy policy = ModerationPolicy.builder().disallowedKeywords("casino").build();
    Guest mod = guest("Mod");

    Verdict v = policy.evaluate(f.as(f.submission(mod, "no casino talk please"), Actor.moderator(mod)));

    assertThat(v.decision()).isEqualTo(Decision.APPROVE);
    assertThat(v.reason()).isEqualTo(Reasons.TRUSTED);
  }
}
