package org.rejoinder.notify;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.rejoinder.subscription.Notification;
import org.rejoinder.subscription.NotificationKind;

/**
 * What a {@link Notifier} sends for one {@link Notification}: only what its recipient may see.
 * It names the comment's author by display name and carries the comment's text as readers see
 * it (no markup); it never holds another reader's email or IP address.
 *
 * <p>A digest ({@link NotificationKind#DIGEST}) gathers several notifications of one digest
 * subscription into one message: its {@link #items()} are the comments, each with its author's
 * display name, an excerpt of its text and its link, and its notification is made by the {@link
 * OutboxSender} (not stored), with a key derived from the keys of the notifications it gathers.
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
 * @param items the comments a digest gathers, oldest first; empty for any other message
 * @since 0.2.0
 */
public record Message(
    Notification notification,
    String postTitle,
    @Nullable String authorName,
    String text,
    @Nullable URI link,
    @Nullable URI unsubscribe,
    @Nullable URI confirm,
    List<Item> items) {

  /** Creates a message. */
  public Message {
    requireNonNull(notification, "notification must not be null");
    requireNonNull(postTitle, "postTitle must not be null");
    requireNonNull(text, "text must not be null");
    items = List.copyOf(requireNonNull(items, "items must not be null"));
  }

  /** Creates a message about one notification: no {@link #items()}. */
  public Message(
      Notification notification,
      String postTitle,
      @Nullable String authorName,
      String text,
      @Nullable URI link,
      @Nullable URI unsubscribe,
      @Nullable URI confirm) {
    this(notification, postTitle, authorName, text, link, unsubscribe, confirm, List.of());
  }

  /**
   * One comment of a digest.
   *
   * @param kind why the recipient hears of it: a reply to their comment, a new comment
   * @param authorName the display name of the comment's author
   * @param excerpt the beginning of the comment's text as readers see it (no markup), at most
   *     {@value OutboxSender#EXCERPT_CHARS} characters
   * @param link where to read the comment
   * @since 0.2.0
   */
  public record Item(NotificationKind kind, String authorName, String excerpt, URI link) {
    /** Creates an item. */
    public Item {
      requireNonNull(kind, "kind must not be null");
      requireNonNull(authorName, "authorName must not be null");
      requireNonNull(excerpt, "excerpt must not be null");
      requireNonNull(link, "link must not be null");
    }
  }

  /** Returns the notification's kind. */
  public NotificationKind kind() {
    return notification.kind();
  }

  /** Shows the notification (without its address) and the links' presence. */
  @Override
  public String toString() {
    return "Message[" + notification + ", unsubscribe " + (unsubscribe != null)
        + (items.isEmpty() ? "" : ", " + items.size() + " items") + "]";
  }
}
