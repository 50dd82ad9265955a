package org.rejoinder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rejoinder.testing.Comments.POST_AUTHOR;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
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
import org.rejoinder.subscription.Subscription.Scope;
import org.rejoinder.testing.MutableClock;
import org.rejoinder.testing.TagPolicy;

/** The authors a comment names hear of it once it is visible, once, and never of their own. */
class MentionNotificationsTest {
  private static final PostId POST = PostId.of("p");
  private static final Guest ANN = Guest.of("Ann Lee", "ann@example.com");
  private static final Guest BOB = Guest.of("Bob", "bob@example.com");
  private static final Guest CAT = Guest.of("Cat", "cat@example.com");
  private static final ModerationPolicy POLICY = TagPolicy.HOLD_OR_SPAM;

  private final MutableClock clock = MutableClock.at("2024-05-01T12:00:00Z");
  private final InMemoryCommentStore store = new InMemoryCommentStore();
  private final Rejoinder rejoinder = rejoinder(true);

  private Rejoinder rejoinder(boolean notifyMentioned) {
    return Rejoinder.builder().store(store).clock(clock).moderation(POLICY).outbox(true)
        .moderatorAddresses(List.of("mod@example.com")).notifyMentioned(notifyMentioned).build();
  }

  MentionNotificationsTest() {
    rejoinder.createPost(Post.of(POST, "Post", POST_AUTHOR, clock.instant()));
  }

  private Comment say(Rejoinder r, Guest who, String text) {
    clock.advance(Duration.ofMinutes(1));
    return r.submit(NewComment.on(POST, who, Body.plain(text)), Actor.reader(who), Set.of());
  }

  private List<Notification> due() {
    return store.dueNotifications(clock.instant().plus(Duration.ofDays(1)), 100);
  }

  private List<String> sent() {
    List<String> result = due().stream().map(n -> n.kind() + " " + n.recipient()).toList();
    due().forEach(n -> store.markSent(n.key(), clock.instant()));
    return result;
  }

  @Test
  void aNamedGuestHearsOfTheComment_aboutThatComment_withoutASubscription() {
    say(rejoinder, ANN, "First");
    Comment bob = say(rejoinder, BOB, "@Ann Lee, I agree with you");

    assertThat(due()).singleElement().satisfies(n -> {
      assertThat(n.kind()).isEqualTo(NotificationKind.MENTIONED);
      assertThat(n.recipient()).isEqualTo("ann@example.com");
      assertThat(n.commentId()).isEqualTo(bob.id());
      assertThat(n.subscriptionId()).isNull();
    });
  }

  @Test
  void nobodyHearsOfSpam_norOfAHeldCommentBeforeItsApproval_andOnlyOnceAfter() {
    say(rejoinder, ANN, "First");
    say(rejoinder, BOB, "@Ann [spam] cheap pills");
    Comment held = say(rejoinder, CAT, "@Ann [hold] see my site");
    assertThat(sent()).containsExactly("held mod@example.com");

    rejoinder.moderation(Actor.moderator(POST_AUTHOR)).approve(held.id());
    assertThat(sent()).containsExactly("mentioned ann@example.com");

    rejoinder.moderation(Actor.moderator(POST_AUTHOR)).changeState(held.id(), ModerationState.PENDING, "again");
    rejoinder.moderation(Actor.moderator(POST_AUTHOR)).approve(held.id());
    assertThat(sent()).isEmpty();
  }

  @Test
  void aNamedAuthorWhoAlsoWaitsForReplies_hearsOnce_ofTheReply() {
    clock.advance(Duration.ofMinutes(1));
    SiteUser dee = SiteUser.of("7", "Dee").withEmail("dee@example.com");
    Comment first = rejoinder.submit(NewComment.on(POST, dee, Body.plain("First")), Actor.reader(dee),
        Set.of(Scope.REPLIES, Scope.POST));

    clock.advance(Duration.ofMinutes(1));
    rejoinder.submit(NewComment.replyTo(POST, first.id(), BOB, Body.plain("@Dee yes")));

    assertThat(sent()).containsExactly("reply dee@example.com");
  }

  @Test
  void aNamedPostSubscriber_hearsOnce_ofTheMention() {
    clock.advance(Duration.ofMinutes(1));
    SiteUser dee = SiteUser.of("7", "Dee").withEmail("dee@example.com");
    rejoinder.submit(NewComment.on(POST, dee, Body.plain("First")), Actor.reader(dee), Set.of(Scope.POST));

    say(rejoinder, BOB, "Thanks @Dee");

    assertThat(sent()).containsExactly("mentioned dee@example.com");
  }

  @Test
  void anAuthorWithoutAnAddress_aLinkToAComment_andTheSwitchOff_tellNobody() {
    Guest noAddress = Guest.of("Eve", null);
    Comment eve = say(rejoinder, noAddress, "First");
    say(rejoinder, BOB, "@Eve hello, and see #comment-" + eve.id().value());
    Comment ann = say(rejoinder, ANN, "Second");
    say(rejoinder, BOB, "As [Ann Lee](#comment-" + ann.id().value() + ") said");
    assertThat(sent()).isEmpty();

    say(rejoinder(false), CAT, "@Ann what do you mean?");
    assertThat(sent()).isEmpty();
    say(rejoinder, CAT, "@Ann and you?");
    assertThat(sent()).containsExactly("mentioned ann@example.com");
  }
}
