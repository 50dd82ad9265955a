package org.rejoinder.error;

/**
 * Thrown when the acting user's role does not allow an operation, for example a reader trying to
 * approve a comment.
 *
 * @since 0.1.0
 */
public final class PermissionDeniedException extends RejoinderException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what was refused and why
   */
  public PermissionDeniedException(String message) {
    super(ErrorCode.PERMISSION_DENIED, message);
  }
}
