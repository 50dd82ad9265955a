package org.rejoinder.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.rejoinder.error.AlreadyExistsException;
import org.rejoinder.error.NotFoundException;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.ConcurrentUpdateException;
import org.rejoinder.model.PostId;
import org.rejoinder.subscription.Notification;
import org.rejoinder.subscription.Subscription;
import org.rejoinder.subscription.SubscriptionId;

/**
 * The capability of keeping readers' subscriptions and an outbox of notifications to send. The
 * outbox is written in the same transaction as the comment or the change of state that causes
 * it, so that a crash between that commit and the sending loses no message; a sender reads what
 * is {@linkplain #dueNotifications due}, and marks each one {@linkplain #markSent sent} or
 * {@linkplain #markFailed failed}, so that none is sent twice in the normal course.
 *
 * <p>Notifications are keyed ({@link Notification#key()}): writing one whose key the outbox
 * already has (sent or not) stores nothing and is no error, so a comment approved, unapproved and
 * approved again tells nobody twice.
 *
 * <p>{@code NotificationStoreContract} in the test-jar of {@code rejoinder-core} checks a store
 * against this interface.
 *
 * @since 0.2.0
 */
public interface NotificationStore extends DiscussionStore {

  /**
   * Stores a new comment with its creation entry, as {@link #insertComment(Comment, AuditEntry)}
   * does, together with subscriptions and outbox notifications, in one atomic step.
   *
   * @param subscriptions new subscriptions made with the comment
   * @param notifications notifications to send; those whose key is stored already are skipped
   * @throws AlreadyExistsException if the comment or a subscription id exists
   * @throws NotFoundException if the post, or the parent comment, does not exist
   */
  void insertComment(
      Comment comment,
      AuditEntry created,
      Collection<Subscription> subscriptions,
      Collection<Notification> notifications);

  /**
   * Replaces a comment with its next version, as {@link #updateComment(Comment, AuditEntry)}
   * does, and writes outbox notifications in the same atomic step.
   *
   * @param notifications notifications to send; those whose key is stored already are skipped
   * @throws NotFoundException if no comment has that id
   * @throws ConcurrentUpdateException if the stored version is not {@code next.version() - 1};
   *     nothing is stored
   */
  void updateComment(
      Comment next, @Nullable AuditEntry entry, Collection<Notification> notifications);

  /**
   * Stores a subscription and its notifications (a confirmation request) in one atomic step.
   *
   * @throws AlreadyExistsException if a subscription has that id
   * @throws NotFoundException if the post, or the comment of a {@link Subscription.Scope#REPLIES}
   *     subscription, does not exist
   */
  void insertSubscription(Subscription subscription, Collection<Notification> notifications);

  /** Returns the subscription with this id, if stored. */
  Optional<Subscription> findSubscription(SubscriptionId id);

  /**
   * Returns the active subscriptions that a new approved comment on {@code post} concerns: those
   * to the whole post, and those to the replies of {@code parent} (if not {@code null}), in
   * storage order.
   */
  List<Subscription> activeSubscriptions(PostId post, @Nullable CommentId parent);

  /**
   * Makes a subscription active.
   *
   * @return the subscription as stored now, or empty if there is none with that id
   */
  Optional<Subscription> activateSubscription(SubscriptionId id);

  /**
   * Changes when a subscription's notifications are sent ({@link Subscription#delivery()});
   * notifications stored already keep their due time.
   *
   * @return the subscription as stored now, or empty if there is none with that id
   */
  Optional<Subscription> changeDelivery(SubscriptionId id, Subscription.Delivery delivery);

  /**
   * Deletes a subscription; its unsent notifications stay, and a sender drops them.
   *
   * @return whether there was one to delete
   */
  boolean deleteSubscription(SubscriptionId id);

  /**
   * Returns the unsent notifications due at {@code now} ({@link Notification#nextAttemptAt()} not
   * after it), oldest due first, then in storage order, at most {@code limit} of them.
   *
   * @throws IllegalArgumentException if {@code limit} is below 1
   */
  List<Notification> dueNotifications(Instant now, int limit);

  /**
   * Returns the unsent notifications of one subscription whose {@link
   * Notification#nextAttemptAt()} is exactly {@code dueAt}, in storage order, at most {@code
   * limit} of them: the notifications of one digest, which were held until the same instant
   * ({@link Subscription.Delivery#dueAfter}) and, after a failed attempt, are retried together.
   *
   * @throws IllegalArgumentException if {@code limit} is below 1
   */
  List<Notification> digestNotifications(SubscriptionId subscription, Instant dueAt, int limit);

  /**
   * Marks a notification sent (or dropped): it is never due again.
   *
   * @return whether an unsent notification had that key
   */
  boolean markSent(String key, Instant at);

  /**
   * Marks several notifications sent in one atomic step, as a digest that gathered them was:
   * either all of them or, on a failure, none.
   *
   * @return how many of them were unsent
   */
  int markSent(Collection<String> keys, Instant at);

  /**
   * Records a failed attempt: the notification's attempt count becomes {@code attempts}, its last
   * error {@code error}, and it is due again at {@code retryAt}; a {@code retryAt} of {@code
   * null} gives up on it: never due again.
   *
   * @return whether an unsent notification had that key
   */
  boolean markFailed(String key, int attempts, @Nullable Instant retryAt, String error);

  /**
   * Returns the outbox entry with this key, sent or not, and when it was sent ({@code null} if
   * not sent yet): for operators and tests.
   */
  Optional<OutboxEntry> outboxEntry(String key);

  /**
   * A notification as the outbox holds it.
   *
   * @param notification the notification, with its attempts so far
   * @param sentAt when it was sent or dropped, {@code null} while unsent
   * @param gaveUp whether the sender gave up on it
   * @since 0.2.0
   */
  record OutboxEntry(Notification notification, @Nullable Instant sentAt, boolean gaveUp) {
    /** Creates an entry. */
    public OutboxEntry {
      requireNonNull(notification, "notification must not be null");
    }
  }
}
