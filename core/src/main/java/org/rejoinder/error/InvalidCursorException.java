package org.rejoinder.error;

import static java.util.Objects.requireNonNull;

/**
 * Thrown when a page link's cursor ({@code org.rejoinder.thread.ThreadCursor}) cannot be used: it
 * is not a cursor Rejoinder made, or it was made for another post or another order than the page
 * asked for. A cursor comes from a URL, so this is a reader's bad input: answer it as a bad
 * request ({@link ErrorCode#INVALID_CURSOR}, HTTP 400), for example with the first page.
 *
 * @since 0.2.0
 */
public final class InvalidCursorException extends RejoinderException {
  private static final long serialVersionUID = 1L;

  /** Why a cursor was refused. */
  public enum Reason {
    /** Not a cursor: wrong length, characters, version or check, or values out of range. */
    MALFORMED,
    /** A cursor of another post's pages. */
    OTHER_POST,
    /**
     * A cursor of the pages in another order, or where pages have no cursors: an order without
     * them, a flat layout.
     */
    OTHER_ORDER
  }

  private final Reason reason;

  /**
   * Creates the exception.
   *
   * @param reason why the cursor was refused
   * @param message a human-readable description, safe to log
   */
  public InvalidCursorException(Reason reason, String message) {
    super(ErrorCode.INVALID_CURSOR, message);
    this.reason = requireNonNull(reason, "reason must not be null");
  }

  /** Returns why the cursor was refused. */
  public Reason reason() {
    return reason;
  }
}
