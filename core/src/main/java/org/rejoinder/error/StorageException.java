package org.rejoinder.error;

/**
 * Thrown when the storage backend fails: a database that cannot be reached, a schema newer than
 * this code. The operation did not happen.
 *
 * @since 0.1.0
 */
public final class StorageException extends RejoinderException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed
   * @param cause the backend's exception
   */
  public StorageException(String message, Throwable cause) {
    super(ErrorCode.STORAGE_FAILURE, message, cause);
  }

  /**
   * Creates the exception without a cause.
   *
   * @param message what failed
   */
  public StorageException(String message) {
    super(ErrorCode.STORAGE_FAILURE, message, null);
  }
}
