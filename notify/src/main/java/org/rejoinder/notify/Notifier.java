package org.rejoinder.notify;

/**
 * Delivers one message: by email ({@link SmtpNotifier}), or however an application likes. The
 * {@link OutboxSender} calls it once per due notification and records the outcome; a notifier
 * throws {@link DeliveryException} when the message did not go, saying whether trying again
 * could help. Calls may come from the sender's thread: an implementation is safe for use by many
 * threads.
 *
 * @since 0.2.0
 */
@FunctionalInterface
public interface Notifier {

  /**
   * Sends a message. The same {@link Message#notification() notification key} may come again
   * after a crash between sending and recording it: a notifier that can, passes the key on (as a
   * {@code Message-ID}, an idempotency header) so that the far end can drop the repeat.
   *
   * @throws DeliveryException if it was not sent
   */
  void send(Message message) throws DeliveryException;
}
