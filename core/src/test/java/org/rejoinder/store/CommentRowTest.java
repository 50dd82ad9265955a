package org.rejoinder.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rejoinder.model.Body;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.Guest;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.PostId;

class CommentRowTest {
  private static final PostId POST = PostId.of("p");
  private static final Guest ANN = Guest.of("Ann", null);

  private static CommentRow row(Instant created) {
    Comment c = Comment.create(CommentId.of(1), POST, null, ANN, Body.plain("hi"), created,
        ModerationState.APPROVED, ClientInfo.NONE);
    return new CommentRow(c, null, POST, ANN);
  }

  @Test
  void createdFrom_answersAsTheCommentsOwnTimeDoes_nearTheMillisecondAndFarFromIt() {
    List<Instant> times = List.of(
        Instant.parse("2024-01-01T00:00:00Z"),
        Instant.parse("2024-01-01T00:00:00.001Z"),
        Instant.parse("1969-12-31T23:59:59.999Z"),
        Instant.EPOCH,
        Instant.MIN,
        Instant.MAX.minusNanos(Instant.MAX.getNano()));
    List<Long> nanos = List.of(-1_000_001L, -1_000_000L, -999_999L, -1L, 0L, 1L, 999_999L,
        1_000_000L, 1_000_001L);
    for (Instant time : times) {
      CommentRow row = row(time);
      Instant created = row.createdAt();
      for (Instant base : times) {
        for (long shift : nanos) {
          Instant from;
          try {
            from = base.plusNanos(shift);
          } catch (java.time.DateTimeException outOfRange) {
            continue;
          }
          long fromMillis;
          try {
            fromMillis = from.toEpochMilli();
          } catch (ArithmeticException tooFar) {
            fromMillis = Long.MIN_VALUE;
          }
          assertThat(row.createdFrom(from, fromMillis))
              .as("created %s, from %s", created, from)
              .isEqualTo(!created.isBefore(from));
        }
      }
    }
  }
}
