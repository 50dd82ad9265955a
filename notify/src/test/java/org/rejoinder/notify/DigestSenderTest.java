package org.rejoinder.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rejoinder.NewComment;
import org.rejoinder.Rejoinder;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Body;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;
import org.rejoinder.store.InMemoryCommentStore;
import org.rejoinder.subscription.Notification;
import org.rejoinder.subscription.NotificationKind;
import org.rejoinder.subscription.Subscription.Delivery;
import org.rejoinder.subscription.Subscription.Scope;
import org.rejoinder.subscription.SubscriptionTokens;
import org.rejoinder.testing.MutableClock;

/** Digests: one message per subscriber and period, sent once, retried and resent as one. */
class DigestSenderTest {
  private static final PostId POST = PostId.of("p");
  private static final SiteUser DEE = SiteUser.of("7", "Dee").withEmail("dee@example.com");
  private static final SiteUser BOB = SiteUser.of("8", "Bob").withEmail("bob@example.com");
  private static final Instant HOUR = Instant.parse("2024-05-01T13:00:00Z");

  /** The process dies: neither a delivery failure nor anything the sender catches. */
  private static final class Crash extends Error {
    private static final long serialVersionUID = 1L;
  }

  private final MutableClock clock = MutableClock.at("2024-05-01T12:05:00Z");
  private final InMemoryCommentStore store = new InMemoryCommentStore();
  private final Rejoinder rejoinder = Rejoinder.builder().store(store).clock(clock).outbox(true).build();
  private final List<Message> sent = new ArrayList<>();
  /** What the notifier does after the next message, in order: null sends, a throwable fails. */
  private final Deque<Throwable> outcomes = new ArrayDeque<>();

  private final OutboxSender sender = OutboxSender.builder(store, message -> {
        Throwable next = outcomes.pollFirst();
        if (next instanceof Crash crash) {
          sent.add(message); // the server took it; the process dies before marking it sent
          throw crash;
        }
        if (next instanceof DeliveryException d) {
          throw d;
        }
        sent.add(message);
      })
      .clock(clock).links(Links.under(URI.create("https://example.net/")))
      .tokens(SubscriptionTokens.withSecret(new byte[32]))
      .backoff(Duration.ofMinutes(1), Duration.ofMinutes(90)).build();

  private Comment dee;

  DigestSenderTest() {
    rejoinder.createPost(Post.of(POST, "Post", SiteUser.of("1", "Ed"), clock.instant()));
    dee = rejoinder.submit(NewComment.on(POST, DEE, Body.plain("Hi")), Actor.reader(DEE),
        Set.of(Scope.REPLIES), Delivery.HOURLY);
  }

  private Comment reply(String text) {
    clock.advance(Duration.ofMinutes(10));
    return rejoinder.submit(NewComment.replyTo(POST, dee.id(), BOB, Body.plain(text)), Actor.reader(BOB));
  }

  private List<String> heldKeys() {
    return store.dueNotifications(Instant.MAX.minusSeconds(1), 10).stream().map(Notification::key).toList();
  }

  @Test
  void twoRepliesWithinTheHour_goAsOneDigestAtTheHour_andEveryNotificationIsMarkedSent() {
    Comment one = reply("First   reply,\n\nin two paragraphs");
    Comment two = reply("Second reply");
    List<String> keys = heldKeys();

    clock.set(HOUR.minusSeconds(1));
    assertThat(sender.sendDue()).isZero();
    clock.set(HOUR);
    assertThat(sender.sendDue()).isEqualTo(1);
    assertThat(sender.sendDue()).isZero();

    assertThat(sent).singleElement().satisfies(m -> {
      assertThat(m.kind()).isEqualTo(NotificationKind.DIGEST);
      assertThat(m.notification().recipient()).isEqualTo("dee@example.com");
      assertThat(m.notification().key()).isEqualTo(OutboxSender.digestKey(keys, "dee@example.com"));
      assertThat(m.unsubscribe()).isNotNull();
      assertThat(m.items()).extracting(Message.Item::excerpt)
          .containsExactly("First reply, in two paragraphs", "Second reply");
      assertThat(m.items()).extracting(i -> i.link().toString()).containsExactly(
          "https://example.net/posts/p#comment-" + one.id().value(),
          "https://example.net/posts/p#comment-" + two.id().value());
      assertThat(m.items()).extracting(Message.Item::authorName).containsOnly("Bob");
    });
    for (String key : keys) {
      assertThat(store.outboxEntry(key).orElseThrow().sentAt()).isEqualTo(HOUR);
    }
  }

  @Test
  void aCrashBetweenSendingAndMarking_sendsTheSameDigestOnceMore_withTheSameKey() {
    reply("One");
    reply("Two");
    clock.set(HOUR);
    outcomes.add(new Crash());

    assertThatThrownBy(sender::sendDue).isInstanceOf(Crash.class);
    clock.advance(Duration.ofMinutes(70));
    reply("Three, in the next hour");
    clock.set(HOUR.plusSeconds(3600));
    assertThat(sender.sendDue()).isEqualTo(1);
    assertThat(sender.sendDue()).isZero();

    assertThat(sent).hasSize(2);
    assertThat(sent.get(1).notification().key()).isEqualTo(sent.get(0).notification().key());
    assertThat(sent.get(1).items()).hasSize(2);
    clock.set(HOUR.plusSeconds(7200));
    assertThat(sender.sendDue()).isEqualTo(1);
    assertThat(sent.get(2).kind()).isEqualTo(NotificationKind.REPLY);
  }

  @Test
  void aFailedDigest_isRetriedAsOne() {
    reply("One");
    reply("Two");
    clock.set(HOUR);
    outcomes.add(new DeliveryException("421 busy", false, null));

    assertThat(sender.sendDue()).isZero();
    assertThat(store.dueNotifications(Instant.MAX.minusSeconds(1), 10))
        .hasSize(2).allSatisfy(n -> {
          assertThat(n.attempts()).isEqualTo(1);
          assertThat(n.nextAttemptAt()).isEqualTo(HOUR.plusSeconds(60));
        });
    clock.advance(Duration.ofMinutes(1));
    assertThat(sender.sendDue()).isEqualTo(1);
    assertThat(sent).singleElement().satisfies(m -> assertThat(m.items()).hasSize(2));
  }

  @Test
  void aCommentMarkedSpamMeanwhile_isLeftOut_andALoneNotificationGoesAsItself() {
    reply("One");
    Comment spam = reply("Buy now");
    reply("Three");
    rejoinder.moderation(Actor.SYSTEM).markSpam(spam.id());
    clock.set(HOUR);

    assertThat(sender.sendDue()).isEqualTo(1);
    assertThat(sent.get(0).items()).extracting(Message.Item::excerpt).containsExactly("One", "Three");
    assertThat(store.dueNotifications(Instant.MAX.minusSeconds(1), 10)).isEmpty();

    clock.advance(Duration.ofMinutes(5));
    reply("Alone");
    clock.set(HOUR.plusSeconds(3600));
    assertThat(sender.sendDue()).isEqualTo(1);
    assertThat(sent.get(1).kind()).isEqualTo(NotificationKind.REPLY);
    assertThat(sent.get(1).items()).isEmpty();
    assertThat(sent.get(1).text()).isEqualTo("Alone");
  }

  @Test
  void anExcerpt_isCutBetweenWords_withAnEllipsis() {
    String words = "word ".repeat(100);
    String excerpt = OutboxSender.excerpt(words);
    assertThat(excerpt).hasSizeLessThanOrEqualTo(OutboxSender.EXCERPT_CHARS).endsWith("word\u2026");
    assertThat(OutboxSender.excerpt("  short\n text ")).isEqualTo("short text");
    String emoji = "a".repeat(OutboxSender.EXCERPT_CHARS - 1) + "\ud83d\ude00 and more";
    assertThat(OutboxSender.excerpt(emoji)).isEqualTo("a".repeat(OutboxSender.EXCERPT_CHARS - 1) + "\u2026");
  }
}
