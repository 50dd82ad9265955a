package org.rejoinder.notify;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.rejoinder.subscription.Notification;
import org.rejoinder.subscription.NotificationKind;

/**
 * What a {@link Notifier} sends for one {@link Notification}: only what its recipient may see.
 * It names the comment's author by display name and carries the comment's text as readers see
 * it (no markup); it never holds another reader's email or IP address.
 *
 * @param notification the notification: kind, recipient, idempotency key
 * @param postTitle the title of the post
 * @param authorName the display name of the comment's author, or {@code null} when the message
 *     is about no comment (a confirmation request)
 * @param text the comment's text as readers see it, empty when about no comment
 * @param link where to read the comment (or the post), or {@code null}
 * @param unsubscribe the one-click link that ends the subscription, or {@code null} for messages
 *     nobody subscribed to
 * @param confirm the link that confirms a new subscription ({@link
 *     NotificationKind#CONFIRM_SUBSCRIPTION}), else {@code null}
 * @since 0.2.0
 */
public record Message(
    Notification notification,
    String postTitle,
    @Nullable String authorName,
    String text,
    @Nullable URI link,
    @Nullable URI unsubscribe,
    @Nullable URI confirm) {

  /** Creates a message. */
  public Message {
    requireNonNull(notification, "notification must not be null");
    requireNonNull(postTitle, "postTitle must not be null");
    requireNonNull(text, "text must not be null");
  }

  /** Returns the notification's kind. */
  public NotificationKind kind() {
    return notification.kind();
  }

  /** Shows the notification (without its address) and the links' presence. */
  @Override
  public String toString() {
    return "Message[" + notification + ", unsubscribe " + (unsubscribe != null) + "]";
  }
}
