package org.rejoinder.subscription;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.rejoinder.internal.Checks;
import org.rejoinder.internal.Redaction;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.Limits;
import org.rejoinder.model.PostId;

/**
 * A reader's wish to hear of new comments: of replies to one of their comments ({@link
 * Scope#REPLIES}, "Notify me of replies to my comment") or of every new comment on a post
 * ({@link Scope#POST}, "Notify me of new comments on this post"). A subscription made by a guest
 * waits ({@link Status#PENDING}) until its address confirms it by a link; one made by a signed-in
 * reader, whose address the application knows, is {@link Status#ACTIVE} at once. Only active
 * subscriptions are notified: at once ({@link Delivery#IMMEDIATE}, the default), or gathered
 * into one digest message an hour or a day ({@link Delivery#HOURLY}, {@link Delivery#DAILY}).
 *
 * @param id the subscription's id, which its links carry
 * @param email where notifications go; trimmed, kept as given, compared ignoring case
 * @param postId the post
 * @param scope what the reader hears of
 * @param commentId the comment whose replies are wanted ({@link Scope#REPLIES}), else {@code null}
 * @param status whether it has been confirmed
 * @param createdAt when it was made (kept to the millisecond)
 * @param delivery when its notifications are sent: one by one at once, or as a digest
 * @since 0.2.0
 */
public record Subscription(
    SubscriptionId id,
    String email,
    PostId postId,
    Scope scope,
    @Nullable CommentId commentId,
    Status status,
    Instant createdAt,
    Delivery delivery) {

  /** What a subscription asks to hear of. */
  public enum Scope {
    /** Approved replies to one comment. */
    REPLIES,
    /** Every approved comment on a post. */
    POST
  }

  /** Whether a subscription is in force. */
  public enum Status {
    /** Waiting for its address to confirm it; not notified. */
    PENDING,
    /** Confirmed; notified. */
    ACTIVE
  }

  /**
   * When a subscription's notifications are sent. A digest subscription's notifications are
   * written to the outbox as others are, but held until the end of the hour, or of the day, in
   * which they were written ({@link #dueAfter}); the sender then sends all of that period's in
   * one message.
   *
   * @since 0.2.0
   */
  public enum Delivery {
    /** Each notification at once, in a message of its own. The default. */
    IMMEDIATE,
    /** One digest an hour at most, at the start of the next hour. */
    HOURLY,
    /** One digest a day at most, at the start of the next day. */
    DAILY;

    /**
     * Returns when a notification written at {@code at} is due: {@code at} itself for {@link
     * #IMMEDIATE}; the start of the next hour for {@link #HOURLY}, and of the next day for {@link
     * #DAILY}, in {@code zone} (the engine's clock's zone). Notifications written in the same
     * hour (or day) are due at the same instant, which is how a sender tells one digest's
     * notifications.
     */
    public Instant dueAfter(Instant at, ZoneId zone) {
      requireNonNull(at, "at must not be null");
      requireNonNull(zone, "zone must not be null");
      return switch (this) {
        case IMMEDIATE -> at;
        case HOURLY -> ZonedDateTime.ofInstant(at, zone).truncatedTo(ChronoUnit.HOURS).plusHours(1).toInstant();
        case DAILY -> ZonedDateTime.ofInstant(at, zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
      };
    }
  }

  /**
   * Creates a subscription.
   *
   * @throws org.rejoinder.error.InvalidInputException if {@code email} is not an address
   * @throws IllegalArgumentException if {@code commentId} is given for a {@link Scope#POST}
   *     subscription or missing for a {@link Scope#REPLIES} one
   */
  public Subscription {
    requireNonNull(id, "id must not be null");
    String checked = Checks.optionalEmail("email", email, Limits.MAX_EMAIL_CHARS);
    email = Checks.requiredLine("email", checked, Limits.MAX_EMAIL_CHARS);
    requireNonNull(postId, "postId must not be null");
    requireNonNull(scope, "scope must not be null");
    requireNonNull(status, "status must not be null");
    checkArgument(
        (scope == Scope.REPLIES) == (commentId != null),
        "commentId must be given exactly for REPLIES but scope was %s and commentId %s",
        scope,
        commentId);
    createdAt = requireNonNull(createdAt, "createdAt must not be null").truncatedTo(ChronoUnit.MILLIS);
    requireNonNull(delivery, "delivery must not be null");
  }

  /**
   * Creates a subscription whose notifications are sent at once ({@link Delivery#IMMEDIATE}).
   *
   * @throws org.rejoinder.error.InvalidInputException if {@code email} is not an address
   * @throws IllegalArgumentException as the canonical constructor
   */
  public Subscription(
      SubscriptionId id,
      String email,
      PostId postId,
      Scope scope,
      @Nullable CommentId commentId,
      Status status,
      Instant createdAt) {
    this(id, email, postId, scope, commentId, status, createdAt, Delivery.IMMEDIATE);
  }

  /** Returns a new pending subscription to every comment on a post. */
  public static Subscription toPost(String email, PostId postId, Instant at) {
    return new Subscription(SubscriptionId.random(), email, postId, Scope.POST, null, Status.PENDING, at);
  }

  /** Returns a new pending subscription to the replies to one comment of a post. */
  public static Subscription toReplies(String email, PostId postId, CommentId commentId, Instant at) {
    requireNonNull(commentId, "commentId must not be null");
    return new Subscription(
        SubscriptionId.random(), email, postId, Scope.REPLIES, commentId, Status.PENDING, at);
  }

  /** Returns this subscription confirmed. */
  public Subscription activated() {
    return new Subscription(id, email, postId, scope, commentId, Status.ACTIVE, createdAt, delivery);
  }

  /** Returns this subscription with its notifications sent as {@code delivery} says. */
  public Subscription withDelivery(Delivery delivery) {
    return new Subscription(id, email, postId, scope, commentId, status, createdAt, delivery);
  }

  /** Returns whether it is notified. */
  public boolean isActive() {
    return status == Status.ACTIVE;
  }

  /** Returns the address in lower case ({@link Locale#ROOT}), to compare addresses by. */
  public String normalizedEmail() {
    return email.toLowerCase(Locale.ROOT);
  }

  /** Shows everything but the address. */
  @Override
  public String toString() {
    return "Subscription[" + id + ", " + Redaction.email(email) + ", post " + postId + ", " + scope
        + (commentId == null ? "" : " of comment " + commentId) + ", " + status + ", " + createdAt + ", " + delivery + "]";
  }
}
