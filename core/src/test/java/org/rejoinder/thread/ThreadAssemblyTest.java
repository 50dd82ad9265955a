package org.rejoinder.thread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rejoinder.testing.Comments.approved;
import static org.rejoinder.testing.Comments.comment;
import static org.rejoinder.testing.Comments.guest;
import static org.rejoinder.testing.Comments.post;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.rejoinder.error.InvalidInputException;
import org.rejoinder.error.NotFoundException;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.Guest;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;

class ThreadAssemblyTest {
  private static final Post POST = post("p");

  private static CommentThread assemble(List<Comment> comments, ThreadOptions options) {
    return CommentThread.assemble(POST, comments, Actor.ANONYMOUS, options);
  }

  private static List<Long> ids(Iterable<ThreadNode> nodes) {
    return StreamSupport.stream(nodes.spliterator(), false).map(n -> n.id().value()).toList();
  }

  private static ThreadNode node(CommentThread thread, long id) {
    return thread.node(CommentId.of(id)).orElseThrow();
  }

  @Test
  void repliesNestUnderTheirParents_oldestFirst_andAreNumberedInTheOrderTheyWerePosted() {
    // 1 ─┬─ 3 ── 5
    //    └─ 4
    // 2
    List<Comment> comments =
        List.of(approved(1, "p", null), approved(2, "p", null), approved(3, "p", 1L),
            approved(4, "p", 1L), approved(5, "p", 3L));

    CommentThread thread = assemble(comments, ThreadOptions.DEFAULTS);

    assertThat(thread.roots()).extracting(n -> n.id().value()).containsExactly(1L, 2L);
    assertThat(ids(thread)).containsExactly(1L, 3L, 5L, 4L, 2L);
    // numbers follow time: comment N was posted N-th, wherever it is shown
    assertThat(StreamSupport.stream(thread.spliterator(), false).map(n -> n.number().getAsInt()))
        .containsExactly(1, 3, 5, 4, 2);
    assertThat(node(thread, 5).depth()).isEqualTo(3);
    assertThat(node(thread, 5).root().id().value()).isEqualTo(1L);
    assertThat(thread.responseCount()).isEqualTo(5);
  }

  @Test
  void inputOrderDoesNotMatter() {
    List<Comment> comments =
        new ArrayList<>(List.of(approved(5, "p", 3L), approved(3, "p", 1L), approved(2, "p", null),
            approved(1, "p", null), approved(4, "p", 1L)));

    assertThat(ids(assemble(comments, ThreadOptions.DEFAULTS))).containsExactly(1L, 3L, 5L, 4L, 2L);
  }

  @Test
  void newestFirst_ordersTopLevelAndRepliesByTheirOwnComparators() {
    List<Comment> comments =
        List.of(approved(1, "p", null), approved(2, "p", null), approved(3, "p", 1L), approved(4, "p", 1L));

    CommentThread thread =
        assemble(comments, ThreadOptions.DEFAULTS.withOrder(CommentOrder.NEWEST_FIRST));

    assertThat(ids(thread)).containsExactly(2L, 1L, 3L, 4L);
    assertThat(
            ids(assemble(comments, ThreadOptions.DEFAULTS.withOrder(CommentOrder.NEWEST_FIRST)
                .withReplyOrder(CommentOrder.NEWEST_FIRST))))
        .containsExactly(2L, 1L, 4L, 3L);
  }

  @Test
  void repliesBelowTheCap_areShownAtTheCap_afterTheirParent_inWordPressOrder() {
    // Chain 1 > 2 > 3 > 4, and 5 a second reply to 2, with maxDepth 2:
    // depth 1: 1; depth 2 (under 1): 2, 3, 4, 5 — each deeper reply right after its parent.
    List<Comment> comments =
        List.of(approved(1, "p", null), approved(2, "p", 1L), approved(3, "p", 2L),
            approved(4, "p", 3L), approved(5, "p", 2L), approved(6, "p", null));

    CommentThread thread = assemble(comments, ThreadOptions.DEFAULTS.withMaxDepth(2));

    ThreadNode root = node(thread, 1);
    assertThat(root.children()).extracting(n -> n.id().value()).containsExactly(2L, 3L, 4L, 5L);
    assertThat(root.children()).allSatisfy(n -> assertThat(n.depth()).isEqualTo(2));
    assertThat(ids(thread)).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
    assertThat(node(thread, 4).inReplyTo()).contains("Guest 3");
    assertThat(root.children()).extracting(ThreadNode::isFlattened)
        .containsExactly(false, true, true, true);
    assertThat(root.isFlattened()).isFalse();
  }

  @Test
  void theDeepestLevelHasNoReplyLink() {
    List<Comment> comments =
        List.of(approved(1, "p", null), approved(2, "p", 1L), approved(3, "p", 2L));

    CommentThread thread = assemble(comments, ThreadOptions.DEFAULTS.withMaxDepth(3));

    assertThat(node(thread, 1).canReply()).isTrue();
    assertThat(node(thread, 2).canReply()).isTrue();
    assertThat(node(thread, 3).canReply()).isFalse();
  }

  @Test
  void flat_listsEveryCommentAtDepthOne_inOrder_sayingWhomItAnswers() {
    List<Comment> comments =
        List.of(approved(1, "p", null), approved(2, "p", null), approved(3, "p", 1L));

    CommentThread thread = assemble(comments, ThreadOptions.DEFAULTS.withThreaded(false));

    assertThat(ids(thread)).containsExactly(1L, 2L, 3L);
    assertThat(thread.roots()).allSatisfy(n -> {
      assertThat(n.depth()).isEqualTo(1);
      assertThat(n.children()).isEmpty();
      assertThat(n.canReply()).isFalse();
    });
    assertThat(node(thread, 3).inReplyTo()).contains("Guest 1");
    assertThat(node(thread, 2).inReplyTo()).isEmpty();
  }

  @Test
  void flat_replyToAHiddenComment_doesNotNameItsAuthor() {
    Guest spammer = guest("Spammer");
    List<Comment> comments =
        List.of(comment(1, "p", null, spammer, ModerationState.SPAM), approved(2, "p", 1L));

    CommentThread thread = assemble(comments, ThreadOptions.DEFAULTS.withThreaded(false));

    assertThat(ids(thread)).containsExactly(2L);
    assertThat(node(thread, 2).inReplyTo()).isEmpty();
  }

  @Test
  void hiddenCommentsWithoutShownReplies_disappear_andWithThemBecomePlaceholders() {
    // 1 (trash) > 2 (spam) > 3 (approved); 4 (trash, leaf); 5 (pending) > 6 (trash)
    List<Comment> comments =
        List.of(
            comment(1, "p", null, guest("A"), ModerationState.TRASH),
            comment(2, "p", 1L, guest("B"), ModerationState.SPAM),
            approved(3, "p", 2L),
            comment(4, "p", null, guest("D"), ModerationState.TRASH),
            comment(5, "p", null, guest("E"), ModerationState.PENDING),
            comment(6, "p", 5L, guest("F"), ModerationState.TRASH));

    CommentThread thread = assemble(comments, ThreadOptions.DEFAULTS);

    assertThat(ids(thread)).containsExactly(1L, 2L, 3L);
    assertThat(node(thread, 1).isPlaceholder()).isTrue();
    assertThat(node(thread, 2).isPlaceholder()).isTrue();
    assertThat(node(thread, 1).number()).isEmpty();
    assertThat(node(thread, 3).number()).hasValue(1);
    assertThat(node(thread, 3).inReplyTo()).isEmpty();
    assertThat(node(thread, 2).canReply()).isFalse();
    assertThat(thread.responseCount()).isEqualTo(1);
  }

  @Test
  void viewersOwnPendingComment_isShownUnnumbered_andNotCounted() {
    Guest ann = guest("Ann");
    List<Comment> comments =
        List.of(approved(1, "p", null), comment(2, "p", 1L, ann, ModerationState.PENDING),
            approved(3, "p", null));

    CommentThread asAnn = CommentThread.assemble(POST, comments, Actor.reader(ann), ThreadOptions.DEFAULTS);
    CommentThread asOther = CommentThread.assemble(POST, comments, Actor.reader(guest("Bob")), ThreadOptions.DEFAULTS);

    assertThat(ids(asAnn)).containsExactly(1L, 2L, 3L);
    assertThat(node(asAnn, 2).kind()).isEqualTo(ThreadNode.Kind.AWAITING_MODERATION);
    assertThat(node(asAnn, 2).number()).isEmpty();
    assertThat(node(asAnn, 2).canReply()).isFalse();
    assertThat(node(asAnn, 3).number()).hasValue(2);
    assertThat(asAnn.responseCount()).isEqualTo(2);
    assertThat(ids(asOther)).containsExactly(1L, 3L);
  }

  @Test
  void pages_holdWholeThreads_oldestPageFirst() {
    List<Comment> comments = new ArrayList<>();
    for (long id = 1; id <= 5; id++) {
      comments.add(approved(id, "p", null));
    }
    comments.add(approved(6, "p", 1L));

    CommentThread thread = assemble(comments, ThreadOptions.DEFAULTS.withPerPage(2));

    assertThat(thread.pageCount()).isEqualTo(3);
    assertThat(ids(thread.page(1))).containsExactly(1L, 6L, 2L);
    assertThat(ids(thread.page(2))).containsExactly(3L, 4L);
    assertThat(ids(thread.page(3))).containsExactly(5L);
    assertThat(thread.page(1).hasPrevious()).isFalse();
    assertThat(thread.page(3).hasNext()).isFalse();
    assertThat(thread.pageOf(CommentId.of(6))).isEqualTo(1);
    assertThat(thread.pageOf(CommentId.of(5))).isEqualTo(3);
    // numbers follow time, across pages: the reply posted sixth is number 6 on page 1
    assertThat(node(thread, 3).number()).hasValue(3);
    assertThat(node(thread, 6).number()).hasValue(6);
  }

  @Test
  void pages_newestFirst_putTheNewestThreadsOnPageOne() {
    List<Comment> comments = new ArrayList<>();
    for (long id = 1; id <= 5; id++) {
      comments.add(approved(id, "p", null));
    }

    CommentThread thread =
        assemble(comments, ThreadOptions.DEFAULTS.withPerPage(2).withFirstPage(FirstPage.NEWEST));

    assertThat(ids(thread.page(1))).containsExactly(5L);
    assertThat(ids(thread.page(2))).containsExactly(3L, 4L);
    assertThat(ids(thread.page(3))).containsExactly(1L, 2L);
    assertThat(thread.pageOf(CommentId.of(1))).isEqualTo(3);
    assertThat(thread.pageOf(CommentId.of(5))).isEqualTo(1);
  }

  @Test
  void pages_areCutInPostingOrder_andSortedWithinByTheDisplayOrder() {
    List<Comment> comments = new ArrayList<>();
    for (long id = 1; id <= 4; id++) {
      comments.add(approved(id, "p", null));
    }

    CommentThread thread =
        assemble(comments, ThreadOptions.DEFAULTS.withPerPage(2).withOrder(CommentOrder.NEWEST_FIRST));

    assertThat(ids(thread.page(1))).containsExactly(2L, 1L);
    assertThat(ids(thread.page(2))).containsExactly(4L, 3L);
  }

  @Test
  void emptyThread_hasOneEmptyPage() {
    CommentThread thread = assemble(List.of(), ThreadOptions.DEFAULTS);

    assertThat(thread.isEmpty()).isTrue();
    assertThat(thread.pageCount()).isEqualTo(1);
    assertThat(thread.page(1).roots()).isEmpty();
    assertThat(thread.responseCount()).isZero();
  }

  @Test
  void pageOutOfRange_isInvalidInput_andUnknownCommentHasNoPage() {
    CommentThread thread = assemble(List.of(approved(1, "p", null)), ThreadOptions.DEFAULTS);

    assertThatThrownBy(() -> thread.page(0)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> thread.page(2)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> thread.pageOf(CommentId.of(99))).isInstanceOf(NotFoundException.class);
  }

  @Test
  void commentsOfAnotherPost_orGivenTwice_areRefused() {
    assertThatThrownBy(() -> assemble(List.of(approved(1, "other", null)), ThreadOptions.DEFAULTS))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> assemble(List.of(approved(1, "p", null), approved(1, "p", null)), ThreadOptions.DEFAULTS))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aReplyWhoseParentIsMissing_isShownAtTopLevel_ratherThanLost() {
    CommentThread thread = assemble(List.of(approved(7, "p", 3L)), ThreadOptions.DEFAULTS);

    assertThat(ids(thread)).containsExactly(7L);
    assertThat(node(thread, 7).depth()).isEqualTo(1);
  }

  @Test
  void nodesAreReadOnly() {
    CommentThread thread =
        assemble(List.of(approved(1, "p", null), approved(2, "p", 1L)), ThreadOptions.DEFAULTS);

    assertThatThrownBy(() -> thread.roots().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> node(thread, 1).children().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void options_outOfRange_areRejected() {
    assertThatThrownBy(() -> ThreadOptions.DEFAULTS.withMaxDepth(11))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxDepth must be between 2 and 10 but was 11");
    assertThatThrownBy(() -> ThreadOptions.DEFAULTS.withMaxDepth(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("maxDepth");
    assertThatThrownBy(() -> ThreadOptions.DEFAULTS.withPerPage(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("perPage");
  }

  @Test
  void aNode_isTheSameObjectWhereverItIsReachedFrom() {
    // 1 ── 3 ── 5
    // 2
    CommentThread thread = assemble(
        List.of(approved(1, "p", null), approved(2, "p", null), approved(3, "p", 1L),
            approved(5, "p", 3L)),
        ThreadOptions.DEFAULTS);

    ThreadNode five = node(thread, 5);
    ThreadNode first = thread.roots().get(0);

    assertThat(first.children().get(0).children().get(0)).isSameAs(five);
    assertThat(StreamSupport.stream(thread.spliterator(), false).filter(n -> n.id().value() == 5))
        .singleElement().isSameAs(five);
    assertThat(five.root()).isSameAs(first).isSameAs(node(thread, 1));
    assertThat(thread.firstPage().roots().get(0)).isSameAs(first);
    assertThat(node(thread, 2).root()).isSameAs(node(thread, 2));
  }

  @Test
  void readersOfOneThreadAtOnce_getTheSameNodes() throws Exception {
    List<Comment> comments = new ArrayList<>();
    for (long id = 1; id <= 2_000; id++) {
      comments.add(approved(id, "p", id <= 2 || id % 3 == 0 ? null : Long.valueOf(id - 2)));
    }
    CommentThread thread = assemble(comments, ThreadOptions.DEFAULTS);
    int readers = 4;
    List<List<ThreadNode>> seen = new ArrayList<>();
    java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(readers);
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(readers);
    try {
      List<java.util.concurrent.Future<List<ThreadNode>>> reads = new ArrayList<>();
      for (int r = 0; r < readers; r++) {
        reads.add(pool.submit(() -> {
          start.await();
          List<ThreadNode> nodes = new ArrayList<>();
          thread.forEach(nodes::add);
          return nodes;
        }));
      }
      for (var read : reads) {
        seen.add(read.get());
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(seen.get(0)).hasSize(thread.size());
    for (List<ThreadNode> other : seen) {
      assertThat(other).hasSameSizeAs(seen.get(0));
      for (int k = 0; k < other.size(); k++) {
        assertThat(other.get(k)).isSameAs(seen.get(0).get(k));
      }
    }
  }

  @Test
  void commentsWhoseIdsAreFarApart_assembleAsThoseWithIdsCloseTogether() {
    long far = 1_000_000_000_000L;
    CommentThread thread = assemble(
        List.of(approved(far + 7, "p", 1L), approved(1, "p", null), approved(far, "p", null),
            approved(3 * far, "p", far)),
        ThreadOptions.DEFAULTS);

    assertThat(ids(thread)).containsExactly(1L, far + 7, far, 3 * far);
    assertThat(node(thread, 3 * far).root().id().value()).isEqualTo(far);
    assertThat(thread.node(CommentId.of(2))).isEmpty();
    assertThat(thread.node(CommentId.of(far + 1))).isEmpty();
    assertThatThrownBy(() -> assemble(
            List.of(approved(1, "p", null), approved(far, "p", null), approved(far, "p", null)),
            ThreadOptions.DEFAULTS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(far + " is given twice");
  }

  @Test
  void aCommentGivenTwice_isRefusedAlsoWhenTheCopiesAreInTimeOrder() {
    Comment first = approved(1, "p", null);
    Instant later = first.createdAt().plusSeconds(60);
    Comment again = first.toBuilder().createdAt(later).updatedAt(later).build();

    assertThatThrownBy(() -> assemble(List.of(first, approved(2, "p", null), again), ThreadOptions.DEFAULTS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Comment 1 is given twice");
  }
}
