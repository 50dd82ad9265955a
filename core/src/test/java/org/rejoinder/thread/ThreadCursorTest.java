package org.rejoinder.thread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rejoinder.testing.Comments.approved;
import static org.rejoinder.testing.Comments.post;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rejoinder.error.ErrorCode;
import org.rejoinder.error.InvalidCursorException;
import org.rejoinder.error.InvalidCursorException.Reason;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;

class ThreadCursorTest {
  private static final Post POST = post("p");
  private static final Comment ROOT = approved(7, "p", null);

  private static InvalidCursorException.Reason refusal(Runnable action) {
    try {
      action.run();
    } catch (InvalidCursorException e) {
      assertThat(e.code()).isEqualTo(ErrorCode.INVALID_CURSOR);
      return e.reason();
    }
    throw new AssertionError("not refused");
  }

  @Test
  void token_isUrlSafe_andParsesBackToAnEqualCursor() {
    for (CommentOrder order : CommentOrder.builtIns()) {
      for (ThreadCursor.Direction direction : ThreadCursor.Direction.values()) {
        ThreadCursor cursor = ThreadCursor.of(POST.id(), order, direction, ROOT, 150);

        assertThat(cursor.token()).matches("[A-Za-z0-9_-]+").hasSizeLessThan(100);
        ThreadCursor read = ThreadCursor.parse(cursor.token());
        assertThat(read).isEqualTo(cursor);
        assertThat(read.direction()).isEqualTo(direction);
        assertThat(read.orderName()).isEqualTo(order.name());
        assertThat(read.rootId()).isEqualTo(ROOT.id());
        assertThat(read.createdAt()).isEqualTo(ROOT.createdAt());
        assertThat(read.position()).isEqualTo(150);
        read.checkFor(POST.id(), order);
      }
    }
  }

  @Test
  void parse_refusesEveryChangedCharacter_andGarbage_asMalformed() {
    String token = ThreadCursor.of(POST.id(), CommentOrder.BEST, ThreadCursor.Direction.LATER, ROOT, 3)
        .token();
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for (int i = 0; i < token.length(); i++) {
      char replacement = alphabet.charAt((alphabet.indexOf(token.charAt(i)) + 1) % alphabet.length());
      String changed = token.substring(0, i) + replacement + token.substring(i + 1);
      assertThat(refusal(() -> ThreadCursor.parse(changed))).as("changed at %d", i)
          .isEqualTo(Reason.MALFORMED);
    }
    for (String garbage : List.of("", "x", "!!!!", token.substring(0, token.length() - 1),
        token + "A", token + "=", "A".repeat(5_000), "<script>")) {
      assertThat(refusal(() -> ThreadCursor.parse(garbage))).as(garbage).isEqualTo(Reason.MALFORMED);
    }
  }

  @Test
  void checkFor_refusesAnotherPost_andAnotherOrder() {
    ThreadCursor cursor =
        ThreadCursor.of(POST.id(), CommentOrder.OLDEST_FIRST, ThreadCursor.Direction.LATER, ROOT, 0);

    assertThat(refusal(() -> cursor.checkFor(PostId.of("q"), CommentOrder.OLDEST_FIRST)))
        .isEqualTo(Reason.OTHER_POST);
    assertThat(refusal(() -> cursor.checkFor(POST.id(), CommentOrder.NEWEST_FIRST)))
        .isEqualTo(Reason.OTHER_ORDER);
    assertThat(refusal(() -> cursor.checkFor(POST.id(), CommentOrder.BEST)))
        .isEqualTo(Reason.OTHER_ORDER);
    assertThat(refusal(() -> ThreadPageRequest.of(PostId.of("q"), Actor.ANONYMOUS,
            ThreadOptions.DEFAULTS, cursor)))
        .isEqualTo(Reason.OTHER_POST);
  }

  @Test
  void supports_timeOrdersAndScoredRankings_notABareComparator() {
    CommentOrder bare = CommentOrder.ranked("bare", Comparator.comparing(Comment::id));

    assertThat(ThreadCursor.supports(CommentOrder.OLDEST_FIRST)).isTrue();
    assertThat(ThreadCursor.supports(CommentOrder.BEST)).isTrue();
    assertThat(ThreadCursor.supports(CommentOrder.rankedBy("long", c -> c.body().text().length())))
        .isTrue();
    assertThat(ThreadCursor.supports(bare)).isFalse();
    assertThatThrownBy(() -> ThreadCursor.of(POST.id(), bare, ThreadCursor.Direction.LATER, ROOT, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ThreadCursor.of(POST.id(), CommentOrder.OLDEST_FIRST,
            ThreadCursor.Direction.LATER, approved(8, "p", 7L), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void pages_ofAThread_leadToTheirNeighbours_andNotPastEitherEnd() {
    // Five threads, two a page: cursors on page 2 lead back to page 1 and on to page 3.
    List<Comment> comments = List.of(approved(1, "p", null), approved(2, "p", null),
        approved(3, "p", null), approved(4, "p", null), approved(5, "p", null));
    ThreadOptions options = ThreadOptions.DEFAULTS.withPerPage(2);
    CommentThread whole = CommentThread.assemble(POST, comments, Actor.ANONYMOUS, options);

    assertThat(whole.page(1).earlier()).isEmpty();
    assertThat(whole.page(3).later()).isEmpty();
    ThreadCursor older = whole.page(2).earlier().orElseThrow();
    ThreadCursor newer = whole.page(2).later().orElseThrow();
    ThreadPage first = CommentThread.assemble(POST,
        ThreadSlice.cut(comments, ThreadPageRequest.of(POST.id(), Actor.ANONYMOUS, options, older)),
        Actor.ANONYMOUS, options).cursorPage();
    ThreadPage third = CommentThread.assemble(POST,
        ThreadSlice.cut(comments, ThreadPageRequest.of(POST.id(), Actor.ANONYMOUS, options, newer)),
        Actor.ANONYMOUS, options).cursorPage();

    assertThat(first.number()).isEqualTo(1);
    assertThat(first.roots()).extracting(n -> n.id().value()).containsExactly(1L, 2L);
    assertThat(third.number()).isEqualTo(3);
    assertThat(third.roots()).extracting(n -> n.id().value()).containsExactly(5L);
    assertThat(whole.page(1).later().orElseThrow().rootId().value()).isEqualTo(2L);
  }
}
