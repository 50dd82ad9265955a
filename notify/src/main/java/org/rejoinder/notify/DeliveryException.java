package org.rejoinder.notify;

/**
 * A message a {@link Notifier} could not deliver. A {@linkplain #isPermanent() permanent} failure
 * (no such mailbox, a refused address) is not tried again; any other is, after a backoff.
 *
 * @since 0.2.0
 */
public final class DeliveryException extends Exception {
  private static final long serialVersionUID = 1L;

  private final boolean permanent;

  /**
   * Creates one.
   *
   * @param message what failed, without the recipient's address
   * @param permanent whether trying again cannot help
   * @param cause the underlying failure, or {@code null}
   */
  public DeliveryException(String message, boolean permanent, @org.jspecify.annotations.Nullable Throwable cause) {
    super(message, cause);
    this.permanent = permanent;
  }

  /** Returns whether trying again cannot help. */
  public boolean isPermanent() {
    return permanent;
  }
}
