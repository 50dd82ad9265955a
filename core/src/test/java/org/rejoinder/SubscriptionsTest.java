package org.rejoinder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rejoinder.testing.Comments.POST_AUTHOR;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rejoinder.error.InvalidInputException;
import org.rejoinder.error.NotFoundException;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Body;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Guest;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;
import org.rejoinder.moderation.ModerationPolicy;
import org.rejoinder.store.InMemoryCommentStore;
import org.rejoinder.subscription.Notification;
import org.rejoinder.subscription.NotificationKind;
import org.rejoinder.subscription.Subscription;
import org.rejoinder.subscription.Subscription.Scope;
import org.rejoinder.subscription.SubscriptionTokens;
import org.rejoinder.testing.MutableClock;
import org.rejoinder.testing.TagPolicy;

class SubscriptionsTest {
  private static final PostId POST = PostId.of("p");
  private static final Guest ANN = Guest.of("Ann", "ann@example.com");
  private static final Guest BOB = Guest.of("Bob", "bob@example.com");
  private static final Guest CAT = Guest.of("Cat", "cat@example.com");
  private static final ModerationPolicy POLICY = TagPolicy.HOLD_OR_SPAM;

  private final MutableClock clock = MutableClock.at("2024-05-01T12:00:00Z");
  private final InMemoryCommentStore store = new InMemoryCommentStore();
  private final Rejoinder rejoinder = Rejoinder.builder().store(store).clock(clock).moderation(POLICY)
      .outbox(true).moderatorAddresses(List.of("mod@example.com")).build();

  SubscriptionsTest() {
    rejoinder.createPost(Post.of(POST, "Post", POST_AUTHOR, clock.instant()));
  }

  private Comment say(Guest who, String text, Set<Scope> subscribe) {
    clock.advance(Duration.ofMinutes(1));
    return rejoinder.submit(NewComment.on(POST, who, Body.plain(text)), Actor.reader(who), subscribe);
  }

  private Comment reply(Comment parent, Guest who, String text) {
    clock.advance(Duration.ofMinutes(1));
    return rejoinder.submit(NewComment.replyTo(POST, parent.id(), who, Body.plain(text)));
  }

  private List<Notification> due() {
    return store.dueNotifications(clock.instant().plus(Duration.ofDays(1)), 100);
  }

  private List<String> sent() {
    List<String> result = due().stream().map(n -> n.kind() + " " + n.recipient()).toList();
    due().forEach(n -> store.markSent(n.key(), clock.instant()));
    return result;
  }

  private Subscription confirmOnly() {
    Notification confirm = due().stream()
        .filter(n -> n.kind().equals(NotificationKind.CONFIRM_SUBSCRIPTION)).findFirst().orElseThrow();
    store.markSent(confirm.key(), clock.instant());
    return rejoinder.confirmSubscription(confirm.subscriptionId());
  }

  @Test
  void aGuestsSubscriptionWaitsForConfirmation_andOnlyThenAReplyIsTold() {
    Comment ann = say(ANN, "First", Set.of(Scope.REPLIES));
    assertThat(store.activeSubscriptions(POST, ann.id())).isEmpty();
    Notification confirm = due().get(0);
    assertThat(due()).containsExactly(confirm);
    assertThat(confirm.kind()).isEqualTo(NotificationKind.CONFIRM_SUBSCRIPTION);
    assertThat(confirm.recipient()).isEqualTo("ann@example.com");

    reply(ann, BOB, "Before the confirmation");
    assertThat(sent()).containsExactly("confirm-subscription ann@example.com");

    Subscription active = rejoinder.confirmSubscription(confirm.subscriptionId());
    assertThat(active.isActive()).isTrue();
    assertThat(active.commentId()).isEqualTo(ann.id());
    reply(ann, BOB, "After the confirmation");
    assertThat(sent()).containsExactly("reply ann@example.com");
  }

  @Test
  void nobodyIsToldOfTheirOwnComment_ofSpam_orOfAHeldCommentBeforeItsApproval() {
    Comment ann = say(ANN, "First", Set.of(Scope.REPLIES, Scope.POST));
    confirmOnly();
    confirmOnly();

    reply(ann, ANN, "Answering myself");
    reply(ann, BOB, "[spam] cheap pills");
    Comment held = reply(ann, CAT, "[hold] a link or two");
    assertThat(sent()).containsExactly("held mod@example.com");

    rejoinder.moderation(Actor.moderator(POST_AUTHOR)).approve(held.id());
    assertThat(sent()).containsExactly("reply ann@example.com");

    rejoinder.moderation(Actor.moderator(POST_AUTHOR)).changeState(held.id(), ModerationState.PENDING, "again");
    rejoinder.moderation(Actor.moderator(POST_AUTHOR)).approve(held.id());
    assertThat(sent()).isEmpty();
  }

  @Test
  void postSubscribersHearOfEveryApprovedComment_once_evenWhenTheyAlsoWaitForReplies() {
    Comment ann = say(ANN, "First", Set.of(Scope.REPLIES, Scope.POST));
    confirmOnly();
    confirmOnly();
    Comment bob = say(BOB, "Second", Set.of(Scope.POST));
    confirmOnly();
    assertThat(sent()).containsExactly("new-comment ann@example.com");

    reply(ann, CAT, "A reply to Ann");
    assertThat(sent()).containsExactlyInAnyOrder("reply ann@example.com", "new-comment bob@example.com");
    reply(bob, CAT, "A reply to Bob");
    assertThat(sent()).containsExactlyInAnyOrder("new-comment ann@example.com", "new-comment bob@example.com");
  }

  @Test
  void aSignedInReadersSubscriptionIsActiveAtOnce_andUnsubscribingEndsIt() {
    SiteUser dee = SiteUser.of("7", "Dee").withEmail("dee@example.com");
    clock.advance(Duration.ofMinutes(1));
    Comment c = rejoinder.submit(NewComment.on(POST, dee, Body.plain("Hi")), Actor.reader(dee), Set.of(Scope.REPLIES));
    assertThat(due()).isEmpty();
    Subscription s = store.activeSubscriptions(POST, c.id()).get(0);

    reply(c, BOB, "Hello Dee");
    assertThat(sent()).containsExactly("reply dee@example.com");
    assertThat(rejoinder.unsubscribe(s.id())).isTrue();
    assertThat(rejoinder.unsubscribe(s.id())).isFalse();
    reply(c, CAT, "Hello again");
    assertThat(sent()).isEmpty();
    assertThatThrownBy(() -> rejoinder.confirmSubscription(s.id())).isInstanceOf(NotFoundException.class);
  }

  @Test
  void subscribingWithoutAnAddress_isRefused_andStoresNothing() {
    Guest anonymous = Guest.of("Nobody", null);
    assertThatThrownBy(() -> say(anonymous, "Hi", Set.of(Scope.POST)))
        .isInstanceOf(InvalidInputException.class);
    assertThat(rejoinder.thread(POST).responseCount()).isZero();
    assertThat(due()).isEmpty();
  }

  @Test
  void aReaderSubscribesWithoutCommenting_byConfirmingTheLinkSentToThem() {
    Subscription s = rejoinder.subscribe(POST, "eve@example.com");
    assertThat(s.isActive()).isFalse();
    assertThat(due()).singleElement().satisfies(n -> assertThat(n.subscriptionId()).isEqualTo(s.id()));
    SubscriptionTokens tokens = SubscriptionTokens.withSecret(new byte[32]);
    String token = tokens.confirmationToken(s.id(), clock.instant());
    assertThat(rejoinder.confirmSubscription(tokens.confirmed(token, clock.instant())).isActive()).isTrue();
  }

  @Test
  void withoutTheOutbox_commentsWriteNoNotifications_butConfirmationsStillGo() {
    InMemoryCommentStore plain = new InMemoryCommentStore();
    Rejoinder off = Rejoinder.builder().store(plain).clock(clock).build();
    off.createPost(Post.of(POST, "Post", POST_AUTHOR, clock.instant()));
    Comment ann = off.submit(NewComment.on(POST, ANN, Body.plain("Hi")), Actor.reader(ANN), Set.of(Scope.REPLIES));
    List<Notification> confirm = plain.dueNotifications(Instant.MAX.minusSeconds(1), 10);
    assertThat(confirm).hasSize(1);
    off.confirmSubscription(confirm.get(0).subscriptionId());
    plain.markSent(confirm.get(0).key(), clock.instant());
    off.submit(NewComment.replyTo(POST, ann.id(), BOB, Body.plain("Reply")));
    assertThat(plain.dueNotifications(Instant.MAX.minusSeconds(1), 10)).isEmpty();
  }
}
