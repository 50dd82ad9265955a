package org.rejoinder.thread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rejoinder.testing.Comments.approved;
import static org.rejoinder.testing.Comments.comment;
import static org.rejoinder.testing.Comments.guest;
import static org.rejoinder.testing.Comments.post;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rejoinder.error.InvalidInputException;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;

class ThreadSliceTest {
  private static final Post POST = post("p");
  private static final ThreadOptions TWO_A_PAGE = ThreadOptions.DEFAULTS.withPerPage(2);

  // Threads 1, 2, 3, 4, 5 (oldest first), each a top-level comment; 2 has a reply, 6.
  private static final List<Comment> COMMENTS =
      List.of(approved(1, "p", null), approved(2, "p", null), approved(3, "p", null),
          approved(4, "p", null), approved(5, "p", null), approved(6, "p", 2L));

  private static ThreadPageRequest page(int number) {
    return ThreadPageRequest.of(POST.id(), Actor.ANONYMOUS, TWO_A_PAGE, number);
  }

  @Test
  void cut_selectsThePagesThreads_withTheirPositionAndCounts() {
    ThreadSlice slice = ThreadSlice.cut(COMMENTS, page(2));

    assertThat(slice.comments()).extracting(c -> c.id().value()).containsExactly(3L, 4L);
    assertThat(slice).isEqualTo(new ThreadSlice(slice.comments(), 5, 2, 3, 6,
        Map.of(CommentId.of(3), 3, CommentId.of(4), 4), Set.of()));
  }

  @Test
  void aThreadReadOnePageAtATime_holdsOnlyThatPage_butCountsTheWholeThread() {
    CommentThread part =
        CommentThread.assemble(POST, ThreadSlice.cut(COMMENTS, page(2)), Actor.ANONYMOUS, TWO_A_PAGE);

    assertThat(part.isComplete()).isFalse();
    assertThat(part.pageCount()).isEqualTo(3);
    assertThat(part.responseCount()).isEqualTo(6);
    // numbers follow time: the third and fourth comments posted
    assertThat(part.page(2).roots()).extracting(n -> n.number().getAsInt()).containsExactly(3, 4);
    assertThat(part.pageOf(CommentId.of(4))).isEqualTo(2);
    assertThatThrownBy(() -> part.page(1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Page 1 was not read");
    assertThatThrownBy(() -> part.page(4)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aSliceOfEveryThread_isComplete_andEqualsTheWholeThread() {
    ThreadOptions onePage = ThreadOptions.DEFAULTS;
    ThreadSlice all = ThreadSlice.cut(COMMENTS, ThreadPageRequest.of(POST.id(), Actor.ANONYMOUS, onePage, 1));
    CommentThread fromSlice = CommentThread.assemble(POST, all, Actor.ANONYMOUS, onePage);
    CommentThread whole = CommentThread.assemble(POST, COMMENTS, Actor.ANONYMOUS, onePage);

    assertThat(fromSlice.isComplete()).isTrue();
    assertThat(whole.isComplete()).isTrue();
    assertThat(fromSlice.size()).isEqualTo(whole.size());
    assertThat(fromSlice.roots()).extracting(ThreadNode::id)
        .containsExactlyElementsOf(whole.roots().stream().map(ThreadNode::id).toList());
  }

  @Test
  void aPendingOnlyThread_countsForItsAuthorAlone() {
    List<Comment> comments =
        List.of(approved(1, "p", null), comment(2, "p", null, guest("Jo"), ModerationState.PENDING));
    ThreadOptions options = ThreadOptions.DEFAULTS;

    ThreadSlice forJo = ThreadSlice.cut(comments,
        ThreadPageRequest.of(POST.id(), Actor.reader(guest("Jo")), options, 1));
    ThreadSlice forOthers = ThreadSlice.cut(comments,
        ThreadPageRequest.of(POST.id(), Actor.ANONYMOUS, options, 1));

    assertThat(forJo.threadCount()).isEqualTo(2);
    assertThat(forJo.comments()).hasSize(2);
    assertThat(forOthers.threadCount()).isEqualTo(1);
    assertThat(forOthers.comments()).extracting(c -> c.id().value()).containsExactly(1L);
  }

  @Test
  void aSliceThatCountedAThreadItThenMissed_stillShowsItsPage() {
    // As a store read without a snapshot may answer: 3 threads counted, 1 of page 1 read.
    ThreadSlice raced = new ThreadSlice(List.of(approved(1, "p", null)), 3, 0, 0, 3,
        Map.of(CommentId.of(1), 1), Set.of());

    CommentThread part = CommentThread.assemble(POST, raced, Actor.ANONYMOUS, TWO_A_PAGE);

    assertThat(part.page(1).roots()).extracting(n -> n.id().value()).containsExactly(1L);
    assertThat(part.pageCount()).isEqualTo(2);
    assertThatThrownBy(() -> part.page(2)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aPageAfterTheLast_selectsNothing() {
    ThreadSlice slice = ThreadSlice.cut(COMMENTS, page(9));

    assertThat(slice).isEqualTo(new ThreadSlice(List.of(), 5, 5, 6, 6));
  }

  @Test
  void badRequestsAndSlices_areRefused() {
    assertThatThrownBy(() -> page(0)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new ThreadPageRequest(POST.id(), null, 1, 0, FirstPage.OLDEST, CommentOrder.OLDEST_FIRST))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("perPage");
    assertThatThrownBy(() -> new ThreadSlice(List.of(), 2, 3, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ThreadSlice(List.of(), 2, 0, 5, 4))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ThreadSlice(List.of(approved(1, "p", null)), 1, 0, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a number");
    assertThatThrownBy(() -> new ThreadSlice(List.of(approved(1, "p", null)), 1, 0, 0, 1,
        Map.of(CommentId.of(1), 2), Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
    ThreadPageRequest otherPost = ThreadPageRequest.of(PostId.of("q"), Actor.ANONYMOUS, TWO_A_PAGE, 1);
    assertThatThrownBy(() -> ThreadSlice.cut(COMMENTS, otherPost))
        .isInstanceOf(IllegalArgumentException.class);
    ThreadSlice slice = ThreadSlice.cut(COMMENTS, page(1));
    assertThatThrownBy(() -> CommentThread.assemble(POST, slice, Actor.ANONYMOUS, TWO_A_PAGE.withThreaded(false)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("flat");
  }
}
