package org.rejoinder.subscription;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * What a notification tells. Kinds are an open set: the constants here are the ones Rejoinder
 * writes, and a feature or an application adds its own with {@link #of(String)} (a notifier then
 * gives it a template).
 *
 * @param name lower case letters, digits and dashes, 1 to 40 characters
 * @since 0.2.0
 */
public record NotificationKind(String name) {
  /** An approved reply to a comment whose author subscribed to its replies. */
  public static final NotificationKind REPLY = new NotificationKind("reply");
  /** An approved comment on a post the recipient subscribed to. */
  public static final NotificationKind NEW_COMMENT = new NotificationKind("new-comment");
  /** A comment held for moderation, told to the moderators' addresses. */
  public static final NotificationKind HELD = new NotificationKind("held");
  /**
   * An approved comment that names the recipient ({@code @Name}, see {@link
   * org.rejoinder.model.Mention}), told to the named author whose address is known.
   */
  public static final NotificationKind MENTIONED = new NotificationKind("mentioned");
  /**
   * One message gathering a digest subscription's notifications of an hour or a day ({@link
   * Subscription.Delivery}); never stored in the outbox, made by the sender from those it holds.
   */
  public static final NotificationKind DIGEST = new NotificationKind("digest");
  /** The request to confirm a new subscription by its link. */
  public static final NotificationKind CONFIRM_SUBSCRIPTION = new NotificationKind("confirm-subscription");

  /**
   * Creates a kind.
   *
   * @throws IllegalArgumentException if {@code name} is not lower case letters, digits and dashes
   */
  public NotificationKind {
    requireNonNull(name, "name must not be null");
    checkArgument(name.matches("[a-z0-9-]{1,40}"),
        "name must be 1 to 40 lower case letters, digits and dashes but was %s", name);
  }

  /** Returns the kind with this name. */
  public static NotificationKind of(String name) {
    return new NotificationKind(name);
  }

  @Override
  public String toString() {
    return name;
  }
}
