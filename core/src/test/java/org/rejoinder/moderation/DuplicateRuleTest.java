package org.rejoinder.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rejoinder.moderation.Fixture.T0;
import static org.rejoinder.testing.Comments.guest;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Comment;
import org.rejoinder.model.ModerationState;

class DuplicateRuleTest {
  private final Fixture f = new Fixture();
  private final DuplicateRule rule = DuplicateRule.sameAuthorSameText();

  @Test
  void sameAuthorSameTextSamePlace_isRejected() {
    f.store(f.submission(guest("Ann"), "Great post!"), ModerationState.APPROVED);

    Verdict v = rule.evaluate(f.submission(guest("Ann"), "Great post!"));

    assertThat(v.decision()).isEqualTo(Decision.REJECT);
    assertThat(v.reason()).isEqualTo(Reasons.DUPLICATE);
  }

  @Test
  void pendingAndSpamOriginalsCount_trashedOnesDoNot() {
    f.store(f.submission(guest("Ann"), "held"), ModerationState.PENDING);
    f.store(f.submission(guest("Ann"), "spam"), ModerationState.SPAM);
    f.store(f.submission(guest("Ann"), "trashed"), ModerationState.TRASH);

    assertThat(rule.evaluate(f.submission(guest("Ann"), "held")).reason()).isEqualTo(Reasons.DUPLICATE);
    assertThat(rule.evaluate(f.submission(guest("Ann"), "spam")).reason()).isEqualTo(Reasons.DUPLICATE);
    assertThat(rule.evaluate(f.submission(guest("Ann"), "trashed"))).isEqualTo(Verdict.APPROVED);
  }

  @Test
  void anotherAuthor_anotherText_orAnotherParent_isNoDuplicate() {
    Comment first = f.store(f.submission(guest("Ann"), "Agreed."), ModerationState.APPROVED);

    assertThat(rule.evaluate(f.submission(guest("Bob"), "Agreed."))).isEqualTo(Verdict.APPROVED);
    assertThat(rule.evaluate(f.submission(guest("Ann"), "Agreed!"))).isEqualTo(Verdict.APPROVED);
    assertThat(rule.evaluate(f.submission(guest("Ann"), "agreed."))).isEqualTo(Verdict.APPROVED);
    assertThat(rule.evaluate(f.replyTo(f.submission(guest("Ann"), "Agreed."), first)))
        .isEqualTo(Verdict.APPROVED);
  }

  @Test
  void sameReplyUnderTheSameParent_isRejected() {
    Comment parent = f.store(f.submission(guest("Bob"), "Question?"), ModerationState.APPROVED);
    f.store(f.replyTo(f.submission(guest("Ann"), "Answer."), parent), ModerationState.APPROVED, parent);

    assertThat(rule.evaluate(f.replyTo(f.submission(guest("Ann"), "Answer."), parent)).reason())
        .isEqualTo(Reasons.DUPLICATE);
  }

  @Test
  void anEditIsNotADuplicateOfItself_butOfAnotherComment() {
    Comment one = f.store(f.submission(guest("Ann"), "one"), ModerationState.APPROVED);
    f.store(f.submission(guest("Ann"), "two"), ModerationState.APPROVED);

    assertThat(rule.evaluate(f.editOf(one, "one", T0.plusSeconds(60)))).isEqualTo(Verdict.APPROVED);
    assertThat(rule.evaluate(f.editOf(one, "two", T0.plusSeconds(60))).reason()).isEqualTo(Reasons.DUPLICATE);
  }

  @Test
  void duplicatesOfTrustedSubmitters_areRejectedToo() {
    f.store(f.submission(guest("Mod"), "Please stay on topic."), ModerationState.APPROVED);

    Verdict v = ModerationPolicy.standard()
        .evaluate(f.as(f.submission(guest("Mod"), "Please stay on topic."), Actor.moderator(guest("Mod"))));

    assertThat(v.reason()).isEqualTo(Reasons.DUPLICATE);
  }

  @Test
  void anAuthorWithManyCommentsInOnePlace_hasOnlyTheSameTextRead() {
    for (int i = 0; i < 30; i++) {
      f.store(f.submission(guest("Ann"), "point " + i), ModerationState.APPROVED);
    }
    List<Long> read = new ArrayList<>();

    assertThat(rule.evaluate(f.readCounted(f.submission(guest("Ann"), "point 7"), read)).reason())
        .isEqualTo(Reasons.DUPLICATE);
    assertThat(rule.evaluate(f.readCounted(f.submission(guest("Ann"), "a new point"), read)))
        .isEqualTo(Verdict.APPROVED);
    assertThat(read).containsExactly(1L, 0L);
  }
}
