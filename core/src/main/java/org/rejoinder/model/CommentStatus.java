package org.rejoinder.model;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import org.rejoinder.internal.Checks;

/**
 * Whether a post takes comments: {@link #OPEN}, {@link #CLOSED}, or open until some days after
 * it was published ({@link #closesAfterDays(int)}, WordPress's "automatically close comments on
 * posts older than N days").
 *
 * @param mode open, closed or closing
 * @param days for {@link Mode#CLOSES_AFTER_DAYS}, the days after publishing during which
 *     comments are taken (1 to 36,500); zero otherwise
 * @since 0.1.0
 */
public record CommentStatus(Mode mode, int days) {
  /** Comments are taken. */
  public static final CommentStatus OPEN = new CommentStatus(Mode.OPEN, 0);
  /** Comments are not taken. */
  public static final CommentStatus CLOSED = new CommentStatus(Mode.CLOSED, 0);

  /** The kinds of status. */
  public enum Mode {
    /** Open. */
    OPEN,
    /** Closed. */
    CLOSED,
    /** Open until a number of days after publishing. */
    CLOSES_AFTER_DAYS
  }

  /**
   * Creates a status.
   *
   * @throws org.rejoinder.error.InvalidInputException if {@code days} does not fit the mode
   */
  public CommentStatus {
    requireNonNull(mode, "mode must not be null");
    if (mode == Mode.CLOSES_AFTER_DAYS) {
      Checks.inputRange("commentStatus.days", days, 1, 36_500);
    } else {
      Checks.inputRange("commentStatus.days", days, 0, 0);
    }
  }

  /** Returns a status that takes comments until {@code days} days after publishing. */
  public static CommentStatus closesAfterDays(int days) {
    return new CommentStatus(Mode.CLOSES_AFTER_DAYS, days);
  }

  /** Returns whether a post published at {@code publishedAt} takes comments at {@code now}. */
  public boolean isOpen(Instant publishedAt, Instant now) {
    switch (mode) {
      case OPEN:
        return true;
      case CLOSED:
        return false;
      case CLOSES_AFTER_DAYS:
        return now.isBefore(publishedAt.plus(Duration.ofDays(days)));
      default:
        throw new AssertionError(mode);
    }
  }
}
