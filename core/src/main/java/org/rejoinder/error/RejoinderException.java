package org.rejoinder.error;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * The root of every exception Rejoinder throws on purpose.
 *
 * <p>Each subclass names one kind of failure, and {@link #code()} gives it as a value an
 * application can switch on. Exceptions are unchecked: none of them can be fixed by retrying the
 * same call, except a concurrent update ({@link ErrorCode#CONCURRENT_UPDATE}), after reading the
 * comment again.
 *
 * <p>Rejoinder throws these for what a reader or user sent: a form field, an id or a page number
 * from a URL, a body. A mistake in how the application uses the library (a builder setting, an
 * option, a broken store contract) is an {@link IllegalArgumentException}, {@link
 * IllegalStateException} or {@link NullPointerException} instead, whose message names the value.
 *
 * @since 0.1.0
 */
public class RejoinderException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorCode code;

  /**
   * Creates an exception with a code and a message.
   *
   * @param code the machine-readable reason
   * @param message a human-readable description, safe to log
   */
  public RejoinderException(ErrorCode code, String message) {
    this(code, message, null);
  }

  /**
   * Creates an exception with a code, a message and a cause.
   *
   * @param code the machine-readable reason
   * @param message a human-readable description, safe to log
   * @param cause the underlying failure, or {@code null}
   */
  public RejoinderException(ErrorCode code, String message, @Nullable Throwable cause) {
    super(message, cause);
    this.code = requireNonNull(code, "code must not be null");
  }

  /** Returns the machine-readable reason for this failure. */
  public ErrorCode code() {
    return code;
  }
}
