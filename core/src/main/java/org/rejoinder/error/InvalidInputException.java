package org.rejoinder.error;

import static java.util.Objects.requireNonNull;

/**
 * Thrown when a value fails validation. {@link #field()} names the value (for example {@code
 * "author.email"}) and {@link #problem()} says what is wrong with it, so that a form can show the
 * message next to the right input.
 *
 * @since 0.1.0
 */
public final class InvalidInputException extends RejoinderException {
  private static final long serialVersionUID = 1L;

  /** What is wrong with a value. */
  public enum Problem {
    /** The value is missing or blank. */
    REQUIRED,
    /** The value is longer than its limit. */
    TOO_LONG,
    /** The value is out of its allowed range. */
    OUT_OF_RANGE,
    /** The value is not well formed: not an email address, not an http(s) URL, bad characters. */
    MALFORMED
  }

  private final String field;
  private final Problem problem;

  /**
   * Creates the exception.
   *
   * @param field the name of the invalid value, dotted for nested values
   * @param problem what is wrong with it
   * @param message a human-readable description
   */
  public InvalidInputException(String field, Problem problem, String message) {
    super(ErrorCode.INVALID_INPUT, message);
    this.field = requireNonNull(field, "field must not be null");
    this.problem = requireNonNull(problem, "problem must not be null");
  }

  /** Returns the name of the invalid value, for example {@code "author.email"}. */
  public String field() {
    return field;
  }

  /** Returns what is wrong with the value. */
  public Problem problem() {
    return problem;
  }
}
