package org.rejoinder.thread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rejoinder.testing.Comments.approved;
import static org.rejoinder.testing.Comments.post;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.Votes;

/** The built-in sorts, numbers that follow time under each, and pinned threads first on page 1. */
class RankedOrdersTest {
  private static final Post POST = post("p");

  private static Comment voted(long id, Long parent, int ups, int downs) {
    return approved(id, "p", parent).withVotes(Votes.of(ups, downs));
  }

  private static List<Long> ids(Iterable<ThreadNode> nodes) {
    return StreamSupport.stream(nodes.spliterator(), false).map(n -> n.id().value()).toList();
  }

  private static CommentThread assemble(List<Comment> comments, ThreadOptions options) {
    return CommentThread.assemble(POST, comments, Actor.ANONYMOUS, options);
  }

  // 1: 1 up; 2: 10 up 1 down; 3: none; 4: 5 up 5 down; 5: 0 up 2 down; 6: 1 up (ties with 1).
  private static final List<Comment> THREADS =
      List.of(voted(1, null, 1, 0), voted(2, null, 10, 1), voted(3, null, 0, 0),
          voted(4, null, 5, 5), voted(5, null, 0, 2), voted(6, null, 1, 0));

  @Test
  void best_ranksByTheWilsonLowerBound_tiesOlderFirst() {
    // best: 2 (0.739), 4 (0.312), 1 and 6 (0.378 each; 1 is older)... sorted: 2, 1, 6, 4, 3, 5
    CommentThread thread = assemble(THREADS, ThreadOptions.DEFAULTS.withSort(CommentOrder.BEST));
    assertThat(ids(thread)).containsExactly(2L, 1L, 6L, 4L, 3L, 5L);
  }

  @Test
  void top_ranksByUpsMinusDowns_tiesOlderFirst() {
    // scores: 1:+1 2:+9 3:0 4:0 5:-2 6:+1
    CommentThread thread = assemble(THREADS, ThreadOptions.DEFAULTS.withSort(CommentOrder.TOP));
    assertThat(ids(thread)).containsExactly(2L, 1L, 6L, 3L, 4L, 5L);
  }

  @Test
  void controversial_ranksEvenlySplitManyVotesFirst() {
    // 4: 10^(5/5) = 10; 2: 11^(1/10) = 1.27; the others 0, by time
    CommentThread thread = assemble(THREADS, ThreadOptions.DEFAULTS.withSort(CommentOrder.CONTROVERSIAL));
    assertThat(ids(thread)).containsExactly(4L, 2L, 1L, 3L, 5L, 6L);
  }

  @Test
  void hot_letsNewerCommentsOutrankOlderOnesOfTheSameOrderOfMagnitude() {
    // log10 of scores 1 and 0 is 0: among 1, 3, 4 and 6 the newest is hottest; 2's score of 9
    // adds 0.95 (about 12 hours), and 5's -2 takes 0.30 away
    CommentThread thread = assemble(THREADS, ThreadOptions.DEFAULTS.withSort(CommentOrder.HOT));
    assertThat(ids(thread)).containsExactly(2L, 6L, 4L, 3L, 1L, 5L);
  }

  @Test
  void repliesAreSortedSeparately_byTheReplyOrder() {
    List<Comment> comments = new ArrayList<>(THREADS);
    comments.add(voted(7, 3L, 0, 3));
    comments.add(voted(8, 3L, 4, 0));
    comments.add(voted(9, 3L, 1, 0));

    CommentThread bestReplies = assemble(comments,
        ThreadOptions.DEFAULTS.withReplyOrder(CommentOrder.TOP));

    ThreadNode three = bestReplies.node(CommentId.of(3)).orElseThrow();
    assertThat(ids(three.children())).containsExactly(8L, 9L, 7L);
    assertThat(ids(bestReplies.roots())).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
  }

  @Test
  void numbersFollowTime_whateverTheSort() {
    for (CommentOrder sort : CommentOrder.builtIns()) {
      CommentThread thread = assemble(THREADS, ThreadOptions.DEFAULTS.withSort(sort));
      for (ThreadNode node : thread) {
        assertThat(node.number()).as("%s under %s", node.id(), sort).hasValue((int) node.id().value());
      }
    }
  }

  @Test
  void rankedPages_holdTheFirstThreadsByRank() {
    CommentThread thread =
        assemble(THREADS, ThreadOptions.DEFAULTS.withSort(CommentOrder.BEST).withPerPage(2));

    assertThat(ids(thread.page(1))).containsExactly(2L, 1L);
    assertThat(ids(thread.page(2))).containsExactly(6L, 4L);
    assertThat(ids(thread.page(3))).containsExactly(3L, 5L);
    assertThat(thread.pageOf(CommentId.of(5))).isEqualTo(3);
  }

  static List<CommentOrder> sorts() {
    return CommentOrder.builtIns();
  }

  @ParameterizedTest
  @MethodSource("sorts")
  void pinnedThreads_comeFirstOnPageOne_underEverySort(CommentOrder sort) {
    List<Comment> comments = new ArrayList<>(THREADS);
    comments.set(4, comments.get(4).withPinned(true)); // 5, the lowest by every vote
    comments.set(2, comments.get(2).withPinned(true)); // 3
    comments.add(voted(7, 5L, 0, 0));

    for (FirstPage firstPage : FirstPage.values()) {
      ThreadOptions options = ThreadOptions.DEFAULTS.withSort(sort).withPerPage(2).withFirstPage(firstPage);
      CommentThread thread = assemble(comments, options);

      ThreadPage first = thread.page(1);
      assertThat(first.roots()).hasSize(4);
      assertThat(first.roots().subList(0, 2)).extracting(n -> n.id().value())
          .containsExactlyInAnyOrder(3L, 5L);
      assertThat(first.roots().subList(0, 2)).allMatch(ThreadNode::isPinned);
      assertThat(first.roots().subList(2, 4)).noneMatch(ThreadNode::isPinned);
      assertThat(thread.pageCount()).as("pinned threads add to page 1").isEqualTo(2);
      assertThat(thread.pageOf(CommentId.of(7))).isEqualTo(1);
      assertThat(thread.page(2).roots()).extracting(n -> n.id().value()).doesNotContain(3L, 5L);
      assertThat(thread.node(CommentId.of(7)).orElseThrow().number()).hasValue(7);
    }
  }

  @Test
  void aPinnedCommentThatIsNoLongerApproved_leadsAnOrdinaryThread() {
    List<Comment> comments = new ArrayList<>(THREADS);
    comments.set(0, comments.get(0).withPinned(true).withState(ModerationState.TRASH, approved(1, "p", null).createdAt()));
    comments.add(voted(7, 1L, 0, 0));

    CommentThread thread = assemble(comments, ThreadOptions.DEFAULTS.withPerPage(2));

    assertThat(thread.pinned()).isEmpty();
    ThreadNode placeholder = thread.node(CommentId.of(1)).orElseThrow();
    assertThat(placeholder.isPlaceholder()).isTrue();
    assertThat(placeholder.isPinned()).isFalse();
    assertThat(ids(thread.page(1))).containsExactly(1L, 7L, 2L);
  }

  @Test
  void builtInOrders_areFoundByName_andTheirNamesAreReserved() {
    assertThat(CommentOrder.builtIn("best")).contains(CommentOrder.BEST);
    assertThat(CommentOrder.builtIn("oldest-first")).contains(CommentOrder.OLDEST_FIRST);
    assertThat(CommentOrder.builtIn("worst")).isEmpty();
    assertThat(CommentOrder.builtIns()).extracting(CommentOrder::name)
        .containsExactly("oldest-first", "newest-first", "best", "top", "controversial", "hot");
    assertThat(CommentOrder.BEST.pagesByTime()).isFalse();
    assertThatThrownBy(() -> CommentOrder.rankedBy("hot", c -> 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("hot is a built-in order's");
  }

  @Test
  void anOrderByAScoreOfOnesOwn_ranksHighestFirst_tiesOlderFirst() {
    CommentOrder mostUps = CommentOrder.rankedBy("most-ups", c -> c.votes().ups());

    CommentThread thread = assemble(THREADS, ThreadOptions.DEFAULTS.withSort(mostUps));

    assertThat(ids(thread)).containsExactly(2L, 4L, 1L, 6L, 3L, 5L);
  }

  @Test
  void commentsPostedInTheSameMillisecond_areOrderedAndNumberedById_underEveryOrder() {
    List<Comment> comments = new ArrayList<>();
    for (long id = 1; id <= 100; id++) {
      comments.add(approved(id, "p", null).toBuilder().createdAt(approved(1, "p", null).createdAt())
          .votes(Votes.of((int) (id % 3), 0)).build());
    }
    java.util.Collections.shuffle(comments, new java.util.Random(3));

    CommentThread oldest = assemble(comments, ThreadOptions.DEFAULTS.unpaged());
    CommentThread top = assemble(comments, ThreadOptions.DEFAULTS.withSort(CommentOrder.TOP).unpaged());

    assertThat(ids(oldest)).isSorted().hasSize(100);
    for (ThreadNode node : top) {
      assertThat(node.number()).hasValue((int) node.id().value());
    }
    List<Long> byTop = ids(top);
    assertThat(byTop.subList(0, 33)).isSorted().allMatch(id -> id % 3 == 2);
    assertThat(byTop.subList(33, 67)).isSorted().allMatch(id -> id % 3 == 1);
    assertThat(byTop.subList(67, 100)).isSorted().allMatch(id -> id % 3 == 0);
  }
}
