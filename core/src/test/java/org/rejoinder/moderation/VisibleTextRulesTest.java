package org.rejoinder.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rejoinder.testing.Comments.POST_AUTHOR;
import static org.rejoinder.testing.Comments.guest;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Body;
import org.rejoinder.testing.TagStrippingBodyText;

/** Rules that judge a body as readers will see it, through a {@link BodyText}. */
class VisibleTextRulesTest {
  private final Fixture f = new Fixture();
  private final TagStrippingBodyText bodyText = new TagStrippingBodyText();

  private Submission html(String text) {
    return f.submission(guest("Ann"), "x").toBuilder().body(Body.html(text)).bodyText(bodyText).build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"<script>x</script>", "<b> </b>", "<style>p{}</style>\n<i></i>", "&#32;<br>"})
  void aBodyReadersWouldSeeAsEmpty_isRejectedAsAMissingField(String text) {
    Verdict verdict = EmptyBodyRule.rejectEmpty().evaluate(html(text));

    assertThat(verdict.decision()).isEqualTo(Decision.REJECT);
    assertThat(verdict.reason()).isEqualTo(Reasons.EMPTY_BODY);
    assertThat(new CommentRejectedException(verdict).httpStatus()).isEqualTo(400);
  }

  @Test
  void aBodyWithVisibleText_passes_andWithoutARendererNothingIsEmpty() {
    assertThat(EmptyBodyRule.rejectEmpty().evaluate(html("<b>hi</b>"))).isEqualTo(Verdict.APPROVED);
    assertThat(EmptyBodyRule.rejectEmpty().evaluate(html("<script>x</script>").toBuilder()
            .bodyText(BodyText.asTyped()).build()))
        .isEqualTo(Verdict.APPROVED);
  }

  @Test
  void theStandardPolicy_rejectsAnEmptyBody_fromTrustedSubmittersToo() {
    Submission byModerator = html("<script>alert(1)</script>").toBuilder().actor(Actor.moderator(POST_AUTHOR)).build();

    assertThat(byModerator.isTrusted()).isTrue();
    assertThat(ModerationPolicy.standard().evaluate(byModerator).reason()).isEqualTo(Reasons.EMPTY_BODY);
  }

  @ParameterizedTest
  @ValueSource(strings = {"bad<b></b>word", "b&#97;dword", "BAD<i>WORD</i>"})
  void keywords_areFoundInTheTextReadersSee(String text) {
    KeywordRule rule = KeywordRule.moderation(List.of("badword"));

    assertThat(rule.evaluate(html(text)).reason()).isEqualTo(Reasons.MODERATION_KEYWORD);
    assertThat(rule.evaluate(html(text).toBuilder().bodyText(BodyText.asTyped()).build()))
        .isEqualTo(Verdict.APPROVED);
  }

  @Test
  void keywords_areStillFoundInTheTextAsTyped() {
    KeywordRule rule = KeywordRule.disallowed(List.of("onerror"), Decision.TRASH);

    assertThat(rule.evaluate(html("<img src=x onerror=alert(1)>")).decision()).isEqualTo(Decision.TRASH);
  }

  @Test
  void theVisibleText_isWorkedOutOnce_whenFirstAskedFor() {
    Submission s = html("<b>hello</b>");
    assertThat(bodyText.calls()).isZero();

    assertThat(s.visibleText()).isEqualTo("hello");
    assertThat(s.visibleText()).isEqualTo("hello");
    assertThat(bodyText.calls()).isEqualTo(1);
  }
}
