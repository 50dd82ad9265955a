package org.rejoinder.error;

/**
 * Thrown when an object is created with an id that is already taken.
 *
 * @since 0.1.0
 */
public final class AlreadyExistsException extends RejoinderException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param kind what was created, for example {@code "post"}
   * @param id the id that is taken
   */
  public AlreadyExistsException(String kind, Object id) {
    super(ErrorCode.ALREADY_EXISTS, "A " + kind + " with id " + id + " already exists");
  }
}
