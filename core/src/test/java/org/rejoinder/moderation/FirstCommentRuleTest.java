package org.rejoinder.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rejoinder.moderation.Fixture.T0;
import static org.rejoinder.testing.Comments.guest;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rejoinder.model.Comment;
import org.rejoinder.model.ModerationState;

class FirstCommentRuleTest {
  private final Fixture f = new Fixture();
  private final FirstCommentRule rule = FirstCommentRule.holdUntilApproved();

  @Test
  void anAuthorWithoutApprovedComments_isHeld() {
    f.store(f.submission(guest("Jo"), "earlier, still held"), ModerationState.PENDING);
    f.store(f.submission(guest("Jo"), "earlier, spam"), ModerationState.SPAM);

    Verdict v = rule.evaluate(f.submission(guest("Jo"), "hello"));

    assertThat(v.decision()).isEqualTo(Decision.HOLD);
    assertThat(v.reason()).isEqualTo(Reasons.FIRST_COMMENT);
  }

  @Test
  void anAuthorWithAnApprovedComment_isApproved() {
    f.store(f.submission(guest("Jo"), "approved before"), ModerationState.APPROVED);

    assertThat(rule.evaluate(f.submission(guest("Jo"), "hello again"))).isEqualTo(Verdict.APPROVED);
    assertThat(rule.evaluate(f.submission(guest("Kim"), "hello")).decision()).isEqualTo(Decision.HOLD);
  }

  @Test
  void editsAreNotJudged() {
    Comment held = f.store(f.submission(guest("Jo"), "first"), ModerationState.PENDING);

    assertThat(rule.evaluate(f.editOf(held, "first, fixed", T0.plusSeconds(5)))).isEqualTo(Verdict.APPROVED);
  }

  @Test
  void isOffInTheStandardPolicy_andOnWhenAsked() {
    Submission newcomer = f.submission(guest("Jo"), "hello");

    assertThat(ModerationPolicy.standard().evaluate(newcomer)).isEqualTo(Verdict.APPROVED);
    assertThat(ModerationPolicy.builder().holdFirstComments(true).build().evaluate(newcomer).reason())
        .isEqualTo(Reasons.FIRST_COMMENT);
  }

  @Test
  void aProlificAuthor_isApprovedFromOneOfTheirCommentsRead() {
    for (int i = 0; i < 40; i++) {
      f.store(f.submission(guest("Jo"), "approved number " + i), ModerationState.APPROVED);
    }
    List<Long> read = new ArrayList<>();
    Submission s = f.readCounted(f.submission(guest("Jo"), "hello again"), read);

    assertThat(rule.historyQueries(s).finds()).singleElement()
        .satisfies(query -> assertThat(query.limit()).isEqualTo(1));
    assertThat(rule.historyQueries(s).counts()).isEmpty();
    assertThat(rule.evaluate(s)).isEqualTo(Verdict.APPROVED);
    assertThat(read).containsExactly(1L);
  }
}
