package org.rejoinder.model;

import org.rejoinder.error.InvalidInputException.Problem;
import org.rejoinder.error.InvalidInputException;

/**
 * A comment's identifier: a positive number, unique within a store. It also names the comment's
 * permalink anchor, {@code comment-<id>}.
 *
 * @param value the number, greater than zero
 * @since 0.1.0
 */
public record CommentId(long value) implements Comparable<CommentId> {
  /**
   * Creates a comment id.
   *
   * @throws InvalidInputException if {@code value} is not positive
   */
  public CommentId {
    if (value <= 0) {
      throw new InvalidInputException(
          "commentId", Problem.OUT_OF_RANGE, "commentId must be positive but was " + value);
    }
  }

  /** Returns the comment id {@code value}. */
  public static CommentId of(long value) {
    return new CommentId(value);
  }

  /**
   * Parses an id as it appears in a form field or URL.
   *
   * @throws InvalidInputException if {@code text} is not a positive decimal number
   */
  public static CommentId parse(String text) {
    try {
      return new CommentId(Long.parseLong(text.strip()));
    } catch (NumberFormatException | NullPointerException e) {
      throw new InvalidInputException(
          "commentId", Problem.MALFORMED, "commentId is not a number: " + text);
    }
  }

  @Override
  public int compareTo(CommentId other) {
    return Long.compare(value, other.value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
