package org.rejoinder.subscription;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.rejoinder.internal.Checks;
import org.rejoinder.internal.Redaction;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.Limits;
import org.rejoinder.model.PostId;

/**
 * One message to send to one recipient, as the store's outbox keeps it until it is sent. It is
 * written in the same transaction as the comment or the approval that causes it, and carries an
 * idempotency {@link #key()}: a second notification with the same key is never stored, so an
 * approval repeated after an unapproval tells nobody twice, and a notifier can tell a retry from
 * a new message.
 *
 * @param key the idempotency key, unique in the outbox, at most {@value Limits#MAX_ID_CHARS}
 *     characters (see {@link #keyOf})
 * @param kind what it tells
 * @param recipient the address it goes to
 * @param subscriptionId the subscription that asked for it, whose unsubscribe link it carries;
 *     {@code null} for messages nobody subscribed to (to moderators)
 * @param postId the post it is about
 * @param commentId the comment it is about, or {@code null} (a confirmation request)
 * @param createdAt when it was written (kept to the millisecond)
 * @param attempts how many times sending it failed so far
 * @param nextAttemptAt when to try (again), not before
 * @param lastError why the last attempt failed, or {@code null}
 * @since 0.2.0
 */
public record Notification(
    String key,
    NotificationKind kind,
    String recipient,
    @Nullable SubscriptionId subscriptionId,
    PostId postId,
    @Nullable CommentId commentId,
    Instant createdAt,
    int attempts,
    Instant nextAttemptAt,
    @Nullable String lastError) {

  /** The longest {@link #lastError()} kept: {@value} characters. */
  public static final int MAX_ERROR_CHARS = 500;

  /**
   * Creates a notification.
   *
   * @throws IllegalArgumentException if a value is out of range
   */
  public Notification {
    key = Checks.argumentLine("key", key, Limits.MAX_ID_CHARS);
    requireNonNull(kind, "kind must not be null");
    requireNonNull(recipient, "recipient must not be null");
    checkArgument(!recipient.isBlank() && recipient.length() <= Limits.MAX_EMAIL_CHARS,
        "recipient must be an address of 1 to %s characters", Limits.MAX_EMAIL_CHARS);
    requireNonNull(postId, "postId must not be null");
    createdAt = requireNonNull(createdAt, "createdAt must not be null").truncatedTo(ChronoUnit.MILLIS);
    checkArgument(attempts >= 0, "attempts must not be negative but was %s", attempts);
    nextAttemptAt =
        requireNonNull(nextAttemptAt, "nextAttemptAt must not be null").truncatedTo(ChronoUnit.MILLIS);
    if (lastError != null && lastError.length() > MAX_ERROR_CHARS) {
      lastError = lastError.substring(0, MAX_ERROR_CHARS);
    }
  }

  /**
   * Returns a new notification, due at once, keyed by {@link #keyOf}{@code (kind, subject,
   * recipient)}.
   *
   * @param subject what it is about, such as {@code comment-42}: the same subject, kind and
   *     recipient make the same key
   */
  public static Notification of(
      NotificationKind kind,
      String subject,
      String recipient,
      @Nullable SubscriptionId subscriptionId,
      PostId postId,
      @Nullable CommentId commentId,
      Instant at) {
    return new Notification(keyOf(kind, subject, recipient), kind, recipient, subscriptionId,
        postId, commentId, at, 0, at, null);
  }

  /**
   * Returns the idempotency key of a kind of message about a subject to a recipient: {@code
   * <kind>/<subject>/<hash of the address in lower case>}, so that the key names nobody.
   */
  public static String keyOf(NotificationKind kind, String subject, String recipient) {
    requireNonNull(kind, "kind must not be null");
    requireNonNull(subject, "subject must not be null");
    requireNonNull(recipient, "recipient must not be null");
    String hash = Hashing.sha256()
        .hashString(recipient.trim().toLowerCase(Locale.ROOT), StandardCharsets.UTF_8)
        .toString()
        .substring(0, 24);
    return kind.name() + "/" + subject + "/" + hash;
  }

  /**
   * Returns a copy held until {@code dueAt}: not due before then (a digest subscription's
   * notification, due with the rest of its hour or day).
   */
  public Notification heldUntil(Instant dueAt) {
    return new Notification(key, kind, recipient, subscriptionId, postId, commentId, createdAt,
        attempts, dueAt, lastError);
  }

  /** Returns a copy after one more failed attempt, to try again at {@code retryAt}. */
  public Notification failed(Instant retryAt, String error) {
    return new Notification(key, kind, recipient, subscriptionId, postId, commentId, createdAt,
        attempts + 1, retryAt, error);
  }

  /** Shows everything but the address. */
  @Override
  public String toString() {
    return "Notification[" + key + ", " + kind + " to " + Redaction.email(recipient)
        + (subscriptionId == null ? "" : ", subscription " + subscriptionId) + ", post " + postId
        + (commentId == null ? "" : ", comment " + commentId) + ", attempts " + attempts
        + ", next at " + nextAttemptAt + "]";
  }
}
