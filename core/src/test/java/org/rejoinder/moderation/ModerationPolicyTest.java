package org.rejoinder.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rejoinder.moderation.Fixture.T0;
import static org.rejoinder.testing.Comments.POST_AUTHOR;
import static org.rejoinder.testing.Comments.guest;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rejoinder.model.Actor;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.SiteUser;

class ModerationPolicyTest {
  private final Fixture f = new Fixture();
  private final Submission plain = f.submission(guest("Ann"), "hello");

  private static ModerationRule always(Decision decision, String reason) {
    return s -> Verdict.of(decision, reason, "because " + reason);
  }

  @Test
  void theStrongestVerdictWins_theFirstAmongEquals() {
    ModerationPolicy policy =
        ModerationPolicy.of(List.of(
            always(Decision.HOLD, "first-hold"),
            always(Decision.APPROVE, "fine"),
            always(Decision.SPAM, "spam"),
            always(Decision.HOLD, "second-hold")));

    assertThat(policy.evaluate(plain).reason()).isEqualTo("spam");
    assertThat(ModerationPolicy.of(List.of(always(Decision.HOLD, "a"), always(Decision.HOLD, "b")))
        .evaluate(plain).reason()).isEqualTo("a");
  }

  @Test
  void decisionsAreOrderedFromApproveToReject() {
    assertThat(Decision.values())
        .containsExactly(Decision.APPROVE, Decision.HOLD, Decision.SPAM, Decision.TRASH, Decision.REJECT);
    assertThat(Decision.TRASH.strongest(Decision.SPAM)).isEqualTo(Decision.TRASH);
  }

  @Test
  void noRules_approve() {
    assertThat(ModerationPolicy.of(List.of()).evaluate(plain)).isEqualTo(Verdict.APPROVED);
  }

  @Test
  void aRuleReturningNull_isAnError() {
    ModerationPolicy policy = ModerationPolicy.of(List.of(s -> null));

    assertThatThrownBy(() -> policy.evaluate(plain)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void thePostsAuthorWritingAsThemselves_isTrusted_andSkipsContentRules() {
    ModerationPolicy policy = ModerationPolicy.builder().moderationKeywords("hello").build();
    Submission byAuthor = f.submission(POST_AUTHOR, "hello everyone");
    Submission onTheirBehalf = f.as(byAuthor, Actor.reader(guest("Impostor")));

    assertThat(byAuthor.isTrusted()).isTrue();
    assertThat(policy.evaluate(byAuthor).reason()).isEqualTo(Reasons.TRUSTED);
    assertThat(onTheirBehalf.isTrusted()).isFalse();
    assertThat(policy.evaluate(onTheirBehalf).decision()).isEqualTo(Decision.HOLD);
    assertThat(policy.evaluate(f.submission(guest("Ann"), "hello")).decision()).isEqualTo(Decision.HOLD);
  }

  @Test
  void theStandardPolicy_hasWordPressDefaults_withoutHoldingFirstComments() {
    List<ModerationRule> rules = ModerationPolicy.standard().rules();

    assertThat(rules).containsExactly(
        RequiredFieldsRule.guestNameAndEmail(),
        EmptyBodyRule.rejectEmpty(),
        LengthLimitRule.DEFAULT,
        DuplicateRule.sameAuthorSameText(),
        FloodRule.DEFAULT,
        LinkLimitRule.DEFAULT);
  }

  @Test
  void theBuilder_turnsRulesOffAndOn_andAddsOwnRulesBeforeCheckers() {
    ModerationRule own = always(Decision.HOLD, "own");
    BanList bans = new BanList();
    List<ModerationRule> rules =
        ModerationPolicy.builder()
            .requireNameAndEmail(false)
            .rejectDuplicates(false)
            .floodInterval(Duration.ZERO)
            .maxLinks(0)
            .bans(bans)
            .moderationKeywords(List.of("a"))
            .disallowedKeywords("b")
            .disallowedDecision(Decision.SPAM)
            .holdFirstComments(true)
            .rule(own)
            .externalChecker(s -> Verdict.APPROVED, Duration.ofSeconds(1), ExternalCheckRule.OnFailure.APPROVE)
            .build()
            .rules();

    assertThat(rules).hasSize(8);
    assertThat(rules.get(0)).isEqualTo(EmptyBodyRule.rejectEmpty());
    assertThat(rules.get(1)).isEqualTo(LengthLimitRule.DEFAULT);
    assertThat(rules.get(2)).isEqualTo(new BanRule(bans));
    assertThat(((KeywordRule) rules.get(3)).decision()).isEqualTo(Decision.HOLD);
    assertThat(((KeywordRule) rules.get(4)).decision()).isEqualTo(Decision.SPAM);
    assertThat(rules.get(5)).isEqualTo(FirstCommentRule.holdUntilApproved());
    assertThat(rules.get(6)).isSameAs(own);
    assertThat(rules.get(7)).isInstanceOf(ExternalCheckRule.class);
  }

  @Test
  void theBuilder_refusesBadSettings() {
    PolicyBuilder builder = ModerationPolicy.builder();

    assertThatThrownBy(() -> builder.maxLinks(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("maxLinks");
    assertThatThrownBy(() -> builder.floodInterval(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("interval");
    assertThatThrownBy(() -> builder.disallowedDecision(Decision.APPROVE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("APPROVE");
    assertThatThrownBy(() -> builder.rule(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void theStandardPolicy_judgesARealisticSpread() {
    ModerationPolicy policy = ModerationPolicy.standard();
    f.store(f.submission(guest("Ann"), "first", ClientInfo.of("192.0.2.1", null), T0), ModerationState.APPROVED);

    assertThat(policy.evaluate(f.submission(guest("Bob"), "fine", ClientInfo.of("192.0.2.2", null), T0.plusSeconds(1))))
        .isEqualTo(Verdict.APPROVED);
    assertThat(policy.evaluate(f.submission(guest("Ann"), "again", ClientInfo.NONE, T0.plusSeconds(1))).reason())
        .isEqualTo(Reasons.FLOOD);
    assertThat(policy.evaluate(f.submission(guest("Cy"), "http://a.example http://b.example")).reason())
        .isEqualTo(Reasons.TOO_MANY_LINKS);
    assertThat(policy.evaluate(f.submission(SiteUser.of("2", "Sam"), "fine")).decision())
        .isEqualTo(Decision.APPROVE);
  }
}
