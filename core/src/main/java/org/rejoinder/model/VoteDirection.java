package org.rejoinder.model;

import java.util.Locale;
import org.rejoinder.error.InvalidInputException;
import org.rejoinder.error.InvalidInputException.Problem;

/**
 * Which way a reader votes on a comment: up (useful) or down.
 *
 * @since 0.2.0
 */
public enum VoteDirection {
  /** The comment is useful: +1 to its score. */
  UP,
  /** The comment is not: -1 to its score. */
  DOWN;

  /** Returns what this vote adds to a comment's score: +1 or -1. */
  public int value() {
    return this == UP ? 1 : -1;
  }

  /**
   * Parses a direction as a form field or URL gives it: {@code up} or {@code down}, in any case.
   *
   * @throws InvalidInputException if {@code text} is neither ({@code MALFORMED})
   */
  public static VoteDirection parse(String text) {
    String name = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    if (name.equals("UP")) {
      return UP;
    }
    if (name.equals("DOWN")) {
      return DOWN;
    }
    throw new InvalidInputException("vote", Problem.MALFORMED, "vote must be up or down but was " + text);
  }
}
