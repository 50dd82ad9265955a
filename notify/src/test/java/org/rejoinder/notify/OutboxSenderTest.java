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
import org.rejoinder.subscription.Subscription.Scope;
import org.rejoinder.subscription.SubscriptionTokens;
import org.rejoinder.testing.MutableClock;

/** The sender's rounds: retries with a doubling backoff, giving up, and dropping what is moot. */
class OutboxSenderTest {
  private static final PostId POST = PostId.of("p");
  private static final SiteUser DEE = SiteUser.of("7", "Dee").withEmail("dee@example.com");
  private static final SiteUser BOB = SiteUser.of("8", "Bob").withEmail("bob@example.com");

  private final MutableClock clock = MutableClock.at("2024-05-01T12:00:00Z");
  private final InMemoryCommentStore store = new InMemoryCommentStore();
  private final Rejoinder rejoinder = Rejoinder.builder().store(store).clock(clock).outbox(true).build();
  private final List<Message> sent = new ArrayList<>();
  /** What the notifier does next, in order: null sends, an exception fails. */
  private final Deque<Exception> outcomes = new ArrayDeque<>();

  private final OutboxSender sender = OutboxSender.builder(store, message -> {
        Exception next = outcomes.pollFirst();
        if (next instanceof DeliveryException d) {
          throw d;
        }
        if (next instanceof RuntimeException r) {
          throw r;
        }
        sent.add(message);
      })
      .clock(clock).links(Links.under(URI.create("https://example.net/")))
      .tokens(SubscriptionTokens.withSecret(new byte[32]))
      .maxAttempts(3).backoff(Duration.ofMinutes(1), Duration.ofMinutes(90)).build();

  private Comment replyToDee() {
    rejoinder.createPost(Post.of(POST, "Post", SiteUser.of("1", "Ed"), clock.instant()));
    Comment dee = rejoinder.submit(NewComment.on(POST, DEE, Body.plain("Hi")), Actor.reader(DEE), Set.of(Scope.REPLIES));
    clock.advance(Duration.ofMinutes(1));
    return rejoinder.submit(NewComment.replyTo(POST, dee.id(), BOB, Body.plain("Hello *Dee*")), Actor.reader(BOB));
  }

  private Notification only() {
    return store.dueNotifications(Instant.MAX.minusSeconds(1), 10).get(0);
  }

  @Test
  void aFailedMessageIsTriedAgainAfterADoublingBackoff_andSentOnce() {
    replyToDee();
    outcomes.add(new DeliveryException("421 busy", false, null));
    outcomes.add(new IllegalStateException("connection reset"));

    assertThat(sender.sendDue()).isZero();
    assertThat(only().attempts()).isEqualTo(1);
    assertThat(only().nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
    clock.advance(Duration.ofSeconds(59));
    assertThat(sender.sendDue()).isZero();
    clock.advance(Duration.ofSeconds(1));
    assertThat(sender.sendDue()).isZero();
    assertThat(only().nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));
    clock.advance(Duration.ofMinutes(2));

    assertThat(sender.sendDue()).isEqualTo(1);
    assertThat(sender.sendDue()).isZero();
    assertThat(sent).singleElement().satisfies(m -> {
      assertThat(m.notification().recipient()).isEqualTo("dee@example.com");
      assertThat(m.authorName()).isEqualTo("Bob");
      assertThat(m.text()).isEqualTo("Hello *Dee*");
      assertThat(m.unsubscribe()).isNotNull();
      assertThat(m.link()).hasToString("https://example.net/posts/p#comment-2");
    });
  }

  @Test
  void aPermanentFailure_orTheLastAttempt_givesUp() {
    replyToDee();
    String key = only().key();
    outcomes.add(new DeliveryException("550 no such mailbox", true, null));
    sender.sendDue();
    assertThat(store.outboxEntry(key).orElseThrow().gaveUp()).isTrue();
    assertThat(store.dueNotifications(Instant.MAX.minusSeconds(1), 10)).isEmpty();
  }

  @Test
  void theBackoffDoublesUpToItsMaximum() {
    assertThat(sender.backoff(1)).isEqualTo(Duration.ofMinutes(1));
    assertThat(sender.backoff(3)).isEqualTo(Duration.ofMinutes(4));
    assertThat(sender.backoff(8)).isEqualTo(Duration.ofMinutes(90));
    assertThat(sender.backoff(1000)).isEqualTo(Duration.ofMinutes(90));
  }

  @Test
  void aReplyMarkedSpamBeforeItsMessageWent_isNeverTold() {
    Comment reply = replyToDee();
    rejoinder.moderation(Actor.SYSTEM).markSpam(reply.id());
    assertThat(sender.sendDue()).isZero();
    assertThat(sent).isEmpty();
    assertThat(store.dueNotifications(Instant.MAX.minusSeconds(1), 10)).isEmpty();
  }

  @Test
  void theBuilderRefusesMissingLinksAndBadSettings() {
    assertThatThrownBy(() -> OutboxSender.builder(store, m -> { }).build())
        .isInstanceOf(NullPointerException.class).hasMessageContaining("links");
    assertThatThrownBy(() -> OutboxSender.builder(store, m -> { }).maxAttempts(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxAttempts");
    assertThatThrownBy(() -> OutboxSender.builder(store, m -> { })
            .backoff(Duration.ofMinutes(2), Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max");
  }
}
