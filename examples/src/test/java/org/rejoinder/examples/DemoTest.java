package org.rejoinder.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rejoinder.model.Actor;
import org.rejoinder.model.ModerationState;
import org.rejoinder.moderation.Reasons;
import org.rejoinder.store.InMemoryCommentStore;
import org.rejoinder.thread.CommentThread;
import org.rejoinder.thread.ThreadNode;

class DemoTest {
  private final SampleDiscussion discussion = SampleDiscussion.create(new InMemoryCommentStore());

  @Test
  void sampleDiscussion_hasThirtyFivePublicResponses_outOfThirtySeven() {
    CommentThread thread = discussion.rejoinder().thread(discussion.post().id());

    assertThat(SampleDiscussion.scriptedComments()).isEqualTo(37);
    assertThat(thread.responseCount()).isEqualTo(35);
    assertThat(discussion.comment("c29").state()).isEqualTo(ModerationState.SPAM);
    assertThat(discussion.comment("c36").state()).isEqualTo(ModerationState.PENDING);
  }

  @Test
  void thePolicy_notAModerator_caughtTheSpammerAndHeldTheNewcomer() {
    var moderation = discussion.rejoinder().moderation(Actor.moderator(SampleDiscussion.EDITOR));

    assertThat(moderation.history(discussion.comment("c29").id()))
        .singleElement()
        .satisfies(e -> {
          assertThat(e.actor()).isEqualTo(Actor.SYSTEM);
          assertThat(e.reason()).isEqualTo(Reasons.DISALLOWED_KEYWORD);
        });
    assertThat(moderation.history(discussion.comment("c36").id()))
        .singleElement()
        .satisfies(e -> assertThat(e.reason()).isEqualTo(Reasons.TOO_MANY_LINKS));
    assertThat(moderation.queue(0, 10).items())
        .extracting(i -> i.comment().id())
        .containsExactly(discussion.comment("c36").id());
  }

  @Test
  void outline_showsTheHeadingAndNesting_butNeitherSpamNorPending() {
    String outline = Demo.outline(discussion.rejoinder().thread(discussion.post().id()));

    assertThat(outline).startsWith("35 responses to “Ten years of writing in public”\n");
    assertThat(outline).contains("\n    2. Margaret Hale (author) — 2024-04-02 10:10\n");
    assertThat(outline).doesNotContain("cheap-essays").doesNotContain("Jo Park");
  }

  @Test
  void theNewcomerSeesTheirOwnPendingComment() {
    CommentThread asJo =
        discussion.rejoinder().thread(discussion.post().id(), Actor.reader(SampleDiscussion.NEWCOMER));

    ThreadNode pending = asJo.node(discussion.comment("c36").id()).orElseThrow();
    assertThat(pending.kind()).isEqualTo(ThreadNode.Kind.AWAITING_MODERATION);
    assertThat(Demo.outline(asJo)).contains("Jo Park").contains("Your comment is awaiting moderation.");
  }

  @Test
  void responsesHeading_isPluralisedForZeroOneAndMany() {
    var post = discussion.post();
    assertThat(Demo.responsesHeading(0, post)).isEqualTo("No responses to “Ten years of writing in public”");
    assertThat(Demo.responsesHeading(1, post)).isEqualTo("One response to “Ten years of writing in public”");
    assertThat(Demo.responsesHeading(2, post)).startsWith("2 responses to");
  }
}
