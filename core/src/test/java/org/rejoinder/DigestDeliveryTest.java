package org.rejoinder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rejoinder.testing.Comments.POST_AUTHOR;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rejoinder.error.NotFoundException;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Body;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Guest;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;
import org.rejoinder.store.InMemoryCommentStore;
import org.rejoinder.subscription.Notification;
import org.rejoinder.subscription.Subscription;
import org.rejoinder.subscription.Subscription.Delivery;
import org.rejoinder.subscription.Subscription.Scope;
import org.rejoinder.subscription.SubscriptionId;
import org.rejoinder.testing.MutableClock;

/** A digest subscription's notifications are written at once but held until the digest is due. */
class DigestDeliveryTest {
  private static final PostId POST = PostId.of("p");
  private static final SiteUser DEE = SiteUser.of("7", "Dee").withEmail("dee@example.com");
  private static final Guest BOB = Guest.of("Bob", "bob@example.com");

  private final MutableClock clock = MutableClock.at("2024-05-01T12:10:00Z");
  private final InMemoryCommentStore store = new InMemoryCommentStore();
  private final Rejoinder rejoinder = Rejoinder.builder().store(store).clock(clock).outbox(true).build();

  DigestDeliveryTest() {
    rejoinder.createPost(Post.of(POST, "Post", POST_AUTHOR, clock.instant()));
  }

  private Comment reply(Comment parent, String text) {
    clock.advance(Duration.ofMinutes(10));
    return rejoinder.submit(NewComment.replyTo(POST, parent.id(), BOB, Body.plain(text)));
  }

  @Test
  void anHourlySubscribersNotifications_areHeldUntilTheStartOfTheNextHour() {
    Comment dee = rejoinder.submit(NewComment.on(POST, DEE, Body.plain("Hi")), Actor.reader(DEE),
        Set.of(Scope.REPLIES), Delivery.HOURLY);
    Subscription s = store.activeSubscriptions(POST, dee.id()).get(0);
    assertThat(s.delivery()).isEqualTo(Delivery.HOURLY);

    reply(dee, "One");
    reply(dee, "Two");
    Instant hour = Instant.parse("2024-05-01T13:00:00Z");

    assertThat(store.dueNotifications(hour.minusMillis(1), 10)).isEmpty();
    assertThat(store.dueNotifications(hour, 10)).hasSize(2)
        .allSatisfy(n -> assertThat(n.nextAttemptAt()).isEqualTo(hour));
    assertThat(store.digestNotifications(s.id(), hour, 10)).extracting(Notification::createdAt)
        .containsExactly(Instant.parse("2024-05-01T12:20:00Z"), Instant.parse("2024-05-01T12:30:00Z"));
  }

  @Test
  void changingTheDelivery_appliesToLaterNotifications() {
    Comment dee = rejoinder.submit(NewComment.on(POST, DEE, Body.plain("Hi")), Actor.reader(DEE),
        Set.of(Scope.REPLIES));
    SubscriptionId id = store.activeSubscriptions(POST, dee.id()).get(0).id();
    reply(dee, "At once");
    assertThat(store.dueNotifications(clock.instant(), 10)).hasSize(1);

    assertThat(rejoinder.changeDelivery(id, Delivery.DAILY).delivery()).isEqualTo(Delivery.DAILY);
    reply(dee, "Tomorrow");
    assertThat(store.dueNotifications(Instant.parse("2024-05-01T23:59:59Z"), 10)).hasSize(1);
    assertThat(store.dueNotifications(Instant.parse("2024-05-02T00:00:00Z"), 10)).hasSize(2);

    rejoinder.unsubscribe(id);
    assertThatThrownBy(() -> rejoinder.changeDelivery(id, Delivery.HOURLY))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void subscribingWithoutCommenting_takesADelivery() {
    Subscription s = rejoinder.subscribe(POST, "eve@example.com", Delivery.DAILY);
    assertThat(rejoinder.subscription(s.id()).delivery()).isEqualTo(Delivery.DAILY);
  }

  @Test
  void dueTimes_followTheClocksZone() {
    Instant at = Instant.parse("2024-05-01T22:30:00Z");
    ZoneId paris = ZoneId.of("Europe/Paris");
    assertThat(Delivery.IMMEDIATE.dueAfter(at, paris)).isEqualTo(at);
    assertThat(Delivery.HOURLY.dueAfter(at, paris)).isEqualTo(Instant.parse("2024-05-01T23:00:00Z"));
    assertThat(Delivery.DAILY.dueAfter(at, paris)).isEqualTo(Instant.parse("2024-05-02T22:00:00Z"));
    assertThat(Delivery.DAILY.dueAfter(at, ZoneId.of("UTC"))).isEqualTo(Instant.parse("2024-05-02T00:00:00Z"));
    ZoneId kolkata = ZoneId.of("Asia/Kolkata");
    assertThat(Delivery.HOURLY.dueAfter(at, kolkata)).isEqualTo(Instant.parse("2024-05-01T22:30:00Z").plusSeconds(3600));
  }
}
