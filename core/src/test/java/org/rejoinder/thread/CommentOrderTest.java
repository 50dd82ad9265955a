package org.rejoinder.thread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rejoinder.testing.Comments.approved;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rejoinder.model.Comment;

class CommentOrderTest {
  private static final Comparator<Comment> BY_ID = Comparator.comparing(Comment::id);

  @Test
  void theBuiltInOrders_areTimeOrders_withStableNames() {
    Comment older = approved(1, "p", null);
    Comment newer = approved(2, "p", null);

    assertThat(CommentOrder.OLDEST_FIRST.name()).isEqualTo("oldest-first");
    assertThat(CommentOrder.NEWEST_FIRST.name()).isEqualTo("newest-first");
    assertThat(CommentOrder.OLDEST_FIRST.comparator().compare(older, newer)).isNegative();
    assertThat(CommentOrder.NEWEST_FIRST.comparator().compare(older, newer)).isPositive();
    assertThat(CommentOrder.NEWEST_FIRST.pagesByTime()).isTrue();
    assertThat(CommentOrder.NEWEST_FIRST.pageOrder().compare(older, newer)).isNegative();
  }

  @Test
  void aCustomTimeOrder_cutsPagesByTime_andARankedOneByItself() {
    Comparator<Comment> idDescending = BY_ID.reversed();
    CommentOrder sorted = CommentOrder.of("id-descending", idDescending);
    CommentOrder ranked = CommentOrder.ranked("id-descending", idDescending);
    List<Comment> comments = List.of(approved(1, "p", null), approved(2, "p", null));

    assertThat(sorted.pagesByTime()).isTrue();
    assertThat(comments.stream().sorted(sorted.pageOrder()).map(Comment::id).toList())
        .containsExactly(comments.get(0).id(), comments.get(1).id());
    assertThat(ranked.pagesByTime()).isFalse();
    assertThat(comments.stream().sorted(ranked.pageOrder()).map(Comment::id).toList())
        .containsExactly(comments.get(1).id(), comments.get(0).id());
    assertThat(ranked).isNotEqualTo(sorted).hasToString("CommentOrder[id-descending, ranked]");
  }

  @Test
  void ordersAreEqual_whenNameKindAndComparatorAre() {
    assertThat(CommentOrder.of("by-id", BY_ID)).isEqualTo(CommentOrder.of("by-id", BY_ID))
        .hasSameHashCodeAs(CommentOrder.of("by-id", BY_ID))
        .isNotEqualTo(CommentOrder.of("by-number", BY_ID));
  }

  @Test
  void aNameMustBeStable_andNotABuiltInOne() {
    assertThatThrownBy(() -> CommentOrder.of("Best First", BY_ID))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Best First");
    assertThatThrownBy(() -> CommentOrder.ranked("oldest-first", BY_ID))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("built-in");
    assertThatThrownBy(() -> CommentOrder.of("x", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("comparator must not be null");
  }
}
