package org.rejoinder.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Mention;
import org.rejoinder.store.InMemoryCommentStore;
import org.rejoinder.thread.CommentOrder;
import org.rejoinder.thread.CommentThread;
import org.rejoinder.thread.ThreadNode;
import org.rejoinder.thread.ThreadOptions;

/** The sample's readers answer each other by name, vote, and read a pinned thread first. */
class SampleConversationTest {
  private final SampleDiscussion sample = SampleDiscussion.create(new InMemoryCommentStore());

  @Test
  void forAndrew_namesAndrewsLatestEarlierComment_andHarrietComma_namesHarriet() {
    Comment forAndrew = sample.comment("c26");
    Comment harriet = sample.comment("c20");

    assertThat(forAndrew.body().text()).startsWith("For Andrew:");
    assertThat(forAndrew.mentions())
        .containsExactly(Mention.name(sample.comment("c25").id(), "Andrew"));
    assertThat(harriet.mentions())
        .containsExactly(Mention.name(sample.comment("c19").id(), "Harriet"));
    // "For Darek:" names @dkowalski by another name: it stays text.
    assertThat(sample.comment("c5").mentions()).isEmpty();
  }

  @Test
  void thePinnedThreadLeads_andTheBestSortPutsTheMostUsefulThreadsFirst_numbersStillByTime() {
    CommentThread best = sample.rejoinder().thread(sample.post().id(), Actor.ANONYMOUS,
        ThreadOptions.DEFAULTS.withSort(CommentOrder.BEST));

    ThreadNode pinned = best.roots().get(0);
    assertThat(pinned.id()).isEqualTo(sample.comment(SampleDiscussion.PINNED).id());
    assertThat(pinned.isPinned()).isTrue();
    // Wilson's lower bound: 6 ups (0.785) before 11 ups and 1 down (0.758) before 9 and 1 (0.710)
    assertThat(best.roots().subList(1, 4)).extracting(ThreadNode::id).containsExactly(
        sample.comment("c1").id(), sample.comment("c19").id(), sample.comment("c3").id());
    assertThat(best.node(sample.comment("c19").id()).orElseThrow().number()).hasValue(19);
    assertThat(best.responseCount()).isEqualTo(35);
  }
}
