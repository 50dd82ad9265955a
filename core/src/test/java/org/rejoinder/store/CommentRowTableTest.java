package org.rejoinder.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rejoinder.model.Body;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.Guest;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.PostId;

class CommentRowTableTest {
  private static final PostId POST = PostId.of("p");
  private static final Guest ANN = Guest.of("Ann", null);

  private static CommentRow row(long id) {
    Comment c = Comment.create(CommentId.of(id), POST, null, ANN, Body.plain("hi"),
        Instant.parse("2024-01-01T00:00:00Z"), ModerationState.APPROVED, ClientInfo.NONE);
    return new CommentRow(c, null, POST, ANN);
  }

  @Test
  void rowsRemovedInAnyOrder_leaveEveryOtherRowFoundByItsId() {
    CommentRowTable table = new CommentRowTable();
    Random random = new Random(3);
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      // Sequential ids, as handed out, and scattered ones, as imported.
      long id = i % 2 == 0 ? i + 1L : 1 + (random.nextLong() >>> 2);
      if (!table.contains(id)) {
        table.add(row(id));
        ids.add(id);
      }
    }
    Collections.shuffle(ids, random);
    List<Long> removed = ids.subList(0, ids.size() / 2);
    List<Long> kept = ids.subList(ids.size() / 2, ids.size());
    for (long id : removed) {
      table.remove(id);
    }

    assertThat(table.size()).isEqualTo(kept.size());
    for (long id : kept) {
      assertThat(table.get(id)).extracting(r -> r.id).isEqualTo(id);
    }
    for (long id : removed) {
      assertThat(table.get(id)).isNull();
    }
    assertThat(table.rows()).extracting(r -> r.id).containsExactlyInAnyOrderElementsOf(kept);
  }
}
