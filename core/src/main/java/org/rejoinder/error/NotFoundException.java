package org.rejoinder.error;

/**
 * Thrown when a post or comment does not exist.
 *
 * @since 0.1.0
 */
public final class NotFoundException extends RejoinderException {
  private static final long serialVersionUID = 1L;

  private final String kind;
  private final String id;

  /**
   * Creates the exception.
   *
   * @param kind what was looked up, for example {@code "post"} or {@code "comment"}
   * @param id the id that was not found
   */
  public NotFoundException(String kind, Object id) {
    super(ErrorCode.NOT_FOUND, "No " + kind + " with id " + id);
    this.kind = kind;
    this.id = String.valueOf(id);
  }

  /** Returns what was looked up: {@code "post"} or {@code "comment"}. */
  public String kind() {
    return kind;
  }

  /** Returns the id that was not found, as text. */
  public String id() {
    return id;
  }
}
