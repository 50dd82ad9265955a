package org.rejoinder.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rejoinder.error.AlreadyExistsException;
import org.rejoinder.error.NotFoundException;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.ConcurrentUpdateException;
import org.rejoinder.model.Guest;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.PostId;
import org.rejoinder.subscription.Notification;
import org.rejoinder.subscription.NotificationKind;
import org.rejoinder.subscription.Subscription;
import org.rejoinder.subscription.SubscriptionId;

/**
 * Subscriptions and the outbox ({@link NotificationStore}): notifications are stored with the
 * comment or change that causes them, or not at all; each key once; due ones come back until
 * marked sent. A store implementation extends this class and supplies fresh, empty stores.
 */
public abstract class NotificationStoreContract extends StoreContractSupport<NotificationStore> {
  private static final Guest ANN = Guest.of("Ann", "ann@example.com");

  private static Notification note(String subject, String to, PostId post, Instant at) {
    return Notification.of(NotificationKind.REPLY, subject, to, null, post, null, at);
  }

  @Test
  void aCommentIsStoredWithItsSubscriptionsAndNotifications_andTheyAreDue() {
    Comment c = newComment(null, ANN, "hello", 1);
    Subscription replies = Subscription.toReplies("ann@example.com", POST, c.id(), T0);
    Notification n = note("comment-" + c.id().value(), "bob@example.com", POST, T0);

    store.insertComment(c, created(c), List.of(replies), List.of(n));

    assertThat(store.findComment(c.id())).contains(c);
    assertThat(store.findSubscription(replies.id())).contains(replies);
    assertThat(store.dueNotifications(T0, 10)).containsExactly(n);
    assertThat(store.outboxEntry(n.key())).hasValueSatisfying(e -> assertThat(e.sentAt()).isNull());
  }

  @Test
  void aCommentThatCannotBeStored_leavesNoSubscriptionAndNoNotification() {
    Comment orphan = newComment(null, ANN, "hello", 1).toBuilder().parentId(CommentId.of(9999)).build();
    Subscription s = Subscription.toPost("ann@example.com", POST, T0);
    Notification n = note("x", "bob@example.com", POST, T0);

    assertThatThrownBy(() -> store.insertComment(orphan, created(orphan), List.of(s), List.of(n)))
        .isInstanceOf(NotFoundException.class);

    assertThat(store.findSubscription(s.id())).isEmpty();
    assertThat(store.dueNotifications(T0, 10)).isEmpty();
  }

  @Test
  void aStaleUpdate_storesNoNotification() {
    Comment c = insert(newComment(null, ANN, "hello", 1).toBuilder().state(ModerationState.PENDING).build());
    Comment approved = c.toBuilder().state(ModerationState.APPROVED).version(c.version() + 2).build();
    Notification n = note("comment-" + c.id().value(), "bob@example.com", POST, T0);

    assertThatThrownBy(() -> store.updateComment(approved, entry(c, ModerationState.APPROVED), List.of(n)))
        .isInstanceOf(ConcurrentUpdateException.class);

    assertThat(store.dueNotifications(T0.plusSeconds(60), 10)).isEmpty();
  }

  @Test
  void anApprovalStoresItsNotifications_butAKeyAlreadyStored_evenSent_isNeverStoredTwice() {
    Comment c = insert(newComment(null, ANN, "hello", 1).toBuilder().state(ModerationState.PENDING).build());
    Notification n = note("comment-" + c.id().value(), "bob@example.com", POST, T0);
    Comment approved = c.toBuilder().state(ModerationState.APPROVED).version(c.version() + 1).build();

    store.updateComment(approved, entry(c, ModerationState.APPROVED), List.of(n, n));
    assertThat(store.dueNotifications(T0, 10)).containsExactly(n);
    assertThat(store.markSent(n.key(), T0.plusSeconds(1))).isTrue();

    Comment held = approved.toBuilder().state(ModerationState.PENDING).version(approved.version() + 1).build();
    store.updateComment(held, entry(approved, ModerationState.PENDING), List.of());
    Comment again = held.toBuilder().state(ModerationState.APPROVED).version(held.version() + 1).build();
    store.updateComment(again, entry(held, ModerationState.APPROVED), List.of(n));

    assertThat(store.dueNotifications(T0.plusSeconds(60), 10)).isEmpty();
    assertThat(store.outboxEntry(n.key()))
        .hasValueSatisfying(e -> assertThat(e.sentAt()).isEqualTo(T0.plusSeconds(1)));
  }

  @Test
  void onlyActiveSubscriptionsToThePostOrToTheParentsReplies_areReturned() {
    Comment parent = top("parent", 1);
    Comment other = top("other", 2);
    Subscription pending = Subscription.toPost("p@example.com", POST, T0);
    Subscription post = Subscription.toPost("q@example.com", POST, T0).activated();
    Subscription replies = Subscription.toReplies("r@example.com", POST, parent.id(), T0).activated();
    Subscription otherReplies = Subscription.toReplies("s@example.com", POST, other.id(), T0).activated();
    Subscription otherPost = Subscription.toPost("t@example.com", OTHER, T0).activated();
    for (Subscription s : List.of(pending, post, replies, otherReplies, otherPost)) {
      store.insertSubscription(s, List.of());
    }

    assertThat(store.activeSubscriptions(POST, parent.id())).containsExactly(post, replies);
    assertThat(store.activeSubscriptions(POST, null)).containsExactly(post);
  }

  @Test
  void aSubscriptionIsActivatedAndDeleted_andAnUnknownOneIsNeither() {
    Subscription s = Subscription.toPost("ann@example.com", POST, T0);
    Notification confirm = Notification.of(NotificationKind.CONFIRM_SUBSCRIPTION, "s", s.email(),
        s.id(), POST, null, T0);
    store.insertSubscription(s, List.of(confirm));
    assertThat(store.dueNotifications(T0, 10)).containsExactly(confirm);

    assertThat(store.activateSubscription(s.id())).contains(s.activated());
    assertThat(store.findSubscription(s.id())).contains(s.activated());
    assertThat(store.deleteSubscription(s.id())).isTrue();
    assertThat(store.deleteSubscription(s.id())).isFalse();
    assertThat(store.activateSubscription(s.id())).isEmpty();
    assertThat(store.findSubscription(s.id())).isEmpty();
  }

  @Test
  void aSubscriptionToAnUnknownPostOrComment_orWithATakenId_isRefused() {
    Subscription unknownPost = Subscription.toPost("ann@example.com", PostId.of("nope"), T0);
    assertThatThrownBy(() -> store.insertSubscription(unknownPost, List.of()))
        .isInstanceOf(NotFoundException.class);
    Subscription unknownComment = Subscription.toReplies("ann@example.com", POST, CommentId.of(999), T0);
    assertThatThrownBy(() -> store.insertSubscription(unknownComment, List.of()))
        .isInstanceOf(NotFoundException.class);

    Subscription s = Subscription.toPost("ann@example.com", POST, T0);
    store.insertSubscription(s, List.of());
    assertThatThrownBy(() -> store.insertSubscription(s, List.of()))
        .isInstanceOf(AlreadyExistsException.class);
  }

  @Test
  void dueNotifications_comeOldestDueFirst_limited_andFailedOnesComeBackWhenTheirRetryIsDue() {
    Notification first = note("a", "a@example.com", POST, T0);
    Notification second = note("b", "b@example.com", POST, T0.plusSeconds(1));
    Notification third = note("c", "c@example.com", POST, T0.plusSeconds(2));
    store.insertSubscription(Subscription.toPost("x@example.com", POST, T0), List.of(third, first, second));

    assertThat(store.dueNotifications(T0.plusSeconds(1), 10)).containsExactly(first, second);
    assertThat(store.dueNotifications(T0.plusSeconds(5), 2)).containsExactly(first, second);

    assertThat(store.markFailed(first.key(), 1, T0.plusSeconds(60), "421 try later")).isTrue();
    assertThat(store.dueNotifications(T0.plusSeconds(5), 10)).containsExactly(second, third);
    assertThat(store.dueNotifications(T0.plusSeconds(60), 10))
        .containsExactly(second, third, first.failed(T0.plusSeconds(60), "421 try later"));

    assertThat(store.markFailed(second.key(), 5, null, "550 no such user")).isTrue();
    assertThat(store.markSent(third.key(), T0.plusSeconds(61))).isTrue();
    assertThat(store.markSent(third.key(), T0.plusSeconds(62))).isFalse();
    assertThat(store.dueNotifications(T0.plusSeconds(3600), 10))
        .containsExactly(first.failed(T0.plusSeconds(60), "421 try later"));
    assertThat(store.outboxEntry(second.key())).hasValueSatisfying(e -> {
      assertThat(e.gaveUp()).isTrue();
      assertThat(e.notification().attempts()).isEqualTo(5);
      assertThat(e.notification().lastError()).isEqualTo("550 no such user");
    });
    assertThat(store.markSent("no-such-key", T0)).isFalse();
  }

  @Test
  void aSubscriptionKeepsItsDelivery_whichCanBeChanged_butNotForAnUnknownOne() {
    Subscription hourly = Subscription.toPost("ann@example.com", POST, T0)
        .withDelivery(Subscription.Delivery.HOURLY);
    Subscription plain = Subscription.toPost("bob@example.com", POST, T0).activated();
    store.insertSubscription(hourly, List.of());
    store.insertSubscription(plain, List.of());

    assertThat(store.findSubscription(hourly.id())).contains(hourly);
    assertThat(store.findSubscription(plain.id()))
        .hasValueSatisfying(s -> assertThat(s.delivery()).isEqualTo(Subscription.Delivery.IMMEDIATE));
    assertThat(store.changeDelivery(plain.id(), Subscription.Delivery.DAILY))
        .contains(plain.withDelivery(Subscription.Delivery.DAILY));
    assertThat(store.activeSubscriptions(POST, null))
        .containsExactly(plain.withDelivery(Subscription.Delivery.DAILY));
    assertThat(store.changeDelivery(SubscriptionId.random(), Subscription.Delivery.DAILY)).isEmpty();
  }

  @Test
  void aDigestsNotifications_areTheSubscriptionsUnsentOnesHeldUntilTheSameInstant_inStorageOrder() {
    Subscription ann = Subscription.toPost("ann@example.com", POST, T0).activated();
    Subscription bob = Subscription.toPost("bob@example.com", POST, T0).activated();
    Instant hour = T0.plusSeconds(3600);
    Notification second = held("c-2", ann, T0.plusSeconds(20), hour);
    Notification first = held("c-1", ann, T0.plusSeconds(10), hour);
    Notification nextHour = held("c-3", ann, T0.plusSeconds(3700), hour.plusSeconds(3600));
    Notification bobs = held("c-1", bob, T0.plusSeconds(10), hour);
    store.insertSubscription(ann, List.of(second, first, nextHour));
    store.insertSubscription(bob, List.of(bobs));

    assertThat(store.dueNotifications(hour.minusMillis(1), 10)).isEmpty();
    assertThat(store.digestNotifications(ann.id(), hour, 10)).containsExactly(second, first);
    assertThat(store.digestNotifications(ann.id(), hour, 1)).containsExactly(second);
    assertThat(store.digestNotifications(ann.id(), hour.plusSeconds(3600), 10)).containsExactly(nextHour);

    assertThat(store.markSent(List.of(second.key(), first.key()), hour)).isEqualTo(2);
    assertThat(store.digestNotifications(ann.id(), hour, 10)).isEmpty();
    assertThat(store.digestNotifications(bob.id(), hour, 10)).containsExactly(bobs);
    assertThat(store.markSent(List.of(first.key(), bobs.key(), "no-such-key"), hour)).isEqualTo(1);
    assertThat(store.dueNotifications(hour.plusSeconds(7200), 10)).containsExactly(nextHour);
    assertThat(store.outboxEntry(first.key()))
        .hasValueSatisfying(e -> assertThat(e.sentAt()).isEqualTo(hour));
  }

  @Test
  void aDigestRetriedAfterAFailure_staysTogether() {
    Subscription ann = Subscription.toPost("ann@example.com", POST, T0).activated();
    Instant hour = T0.plusSeconds(3600);
    Notification first = held("c-1", ann, T0.plusSeconds(10), hour);
    Notification second = held("c-2", ann, T0.plusSeconds(20), hour);
    store.insertSubscription(ann, List.of(first, second));
    Instant retry = hour.plusSeconds(60);

    store.markFailed(first.key(), 1, retry, "421 try later");
    store.markFailed(second.key(), 1, retry, "421 try later");

    assertThat(store.digestNotifications(ann.id(), hour, 10)).isEmpty();
    assertThat(store.digestNotifications(ann.id(), retry, 10))
        .containsExactly(first.failed(retry, "421 try later"), second.failed(retry, "421 try later"));
  }

  @Test
  void aMentionedNotification_keepsItsKind() {
    Comment c = insert(newComment(null, ANN, "@Bob hello", 1));
    Notification n = Notification.of(NotificationKind.MENTIONED, "comment-" + c.id().value(),
        "bob@example.com", null, POST, c.id(), T0);
    store.insertSubscription(Subscription.toPost("x@example.com", POST, T0), List.of(n));

    assertThat(store.dueNotifications(T0, 10)).singleElement()
        .satisfies(due -> assertThat(due.kind()).isEqualTo(NotificationKind.MENTIONED))
        .isEqualTo(n);
  }

  private static Notification held(String subject, Subscription s, Instant at, Instant dueAt) {
    return Notification.of(NotificationKind.NEW_COMMENT, subject, s.email(), s.id(), s.postId(), null, at)
        .heldUntil(dueAt);
  }
}
