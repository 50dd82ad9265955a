package org.rejoinder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Author;
import org.rejoinder.model.Body;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Guest;
import org.rejoinder.model.InvalidParentException;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.QueueItem;
import org.rejoinder.model.SiteUser;
import org.rejoinder.moderation.Ban;
import org.rejoinder.moderation.BanList;
import org.rejoinder.moderation.CommentRejectedException;
import org.rejoinder.moderation.Decision;
import org.rejoinder.moderation.ModerationPolicy;
import org.rejoinder.moderation.Reasons;
import org.rejoinder.testing.MutableClock;
import org.rejoinder.thread.CommentThread;
import org.rejoinder.thread.ThreadNode;

/**
 * A discussion like the ones that make moderation necessary, replayed through the public API: a
 * spammer, a flooder, an insult, a first-time guest, and a moderator cleaning up.
 */
class ModerationScenarioTest {
  private static final PostId POST = PostId.of("ten-years");
  private static final SiteUser EDITOR = SiteUser.of("1", "Margaret");
  private static final Actor MODERATOR = Actor.moderator(EDITOR);
  private static final Guest ANDREW = Guest.of("Andrew", "andrew@example.org");
  private static final Guest SPAMMER =
      Guest.of("Best Essay Writers", "seo@example.biz", "https://cheap-essays.example.biz");
  private static final Guest FLOODER = Guest.of("Fast Fingers", "fast@example.net");
  private static final Guest GRUMPY = Guest.of("GRUMPY READER", "grumpy@example.com");
  private static final Guest JO = Guest.of("Jo Park", "jo.park@example.com");

  private final MutableClock clock = MutableClock.at("2024-04-02T09:30:00Z");
  private final BanList bans = new BanList();
  private final Rejoinder rejoinder =
      Rejoinder.builder()
          .clock(clock)
          .moderation(ModerationPolicy.builder()
              .holdFirstComments(true)
              .moderationKeywords("idiot")
              .disallowedKeywords("keep an eye on your blog")
              .disallowedDecision(Decision.SPAM)
              .bans(bans)
              .build())
          .build();

  private Comment say(Author author, String text, String ip) {
    return rejoinder.submit(NewComment.on(POST, author, Body.plain(text)).withClient(ClientInfo.of(ip, "UA")));
  }

  private Comment reply(Comment parent, Author author, String text, String ip) {
    return rejoinder.submit(
        NewComment.replyTo(POST, parent.id(), author, Body.plain(text)).withClient(ClientInfo.of(ip, "UA")));
  }

  private void minutes(int n) {
    clock.advance(Duration.ofMinutes(n));
  }

  @Test
  void aModeratedDiscussion_endsWithACleanThreadAndAnEmptyQueue() {
    rejoinder.createPost(Post.of(POST, "Ten years of writing in public", EDITOR, clock.instant()));

    // A regular whose first comment the moderator approves; after that, they are trusted.
    minutes(10);
    Comment congrats = say(ANDREW, "Congratulations on ten years!", "198.51.100.1");
    assertThat(congrats.state()).isEqualTo(ModerationState.PENDING);
    rejoinder.moderation(MODERATOR).changeState(congrats.id(), ModerationState.APPROVED, "regular reader");
    minutes(5);
    Comment thanks = reply(congrats, EDITOR, "Thank you, Andrew.", "198.51.100.2");
    assertThat(thanks.state()).isEqualTo(ModerationState.APPROVED);
    minutes(5);
    assertThat(reply(thanks, ANDREW, "Here's to ten more.", "198.51.100.1").state())
        .isEqualTo(ModerationState.APPROVED);

    // The spammer is caught by a disallowed phrase, then banned; their next try is spam too.
    minutes(5);
    Comment spam = say(SPAMMER, "Hi, your article is interesting, I'll keep an eye on your blog.", "203.0.113.66");
    assertThat(spam.state()).isEqualTo(ModerationState.SPAM);
    bans.add(Ban.ip("203.0.113.0/24"));
    minutes(5);
    Comment spamAgain = say(Guest.of("Essays", "essays@example.biz"), "Great read!", "203.0.113.99");
    assertThat(spamAgain.state()).isEqualTo(ModerationState.SPAM);
    assertThat(rejoinder.moderation(Actor.SYSTEM).history(spamAgain.id()).get(0).reason()).isEqualTo(Reasons.BANNED);

    // The flooder gets one comment in, the rest are refused until 15 seconds have passed.
    minutes(5);
    Comment flood = say(FLOODER, "First!", "192.0.2.50");
    for (int i = 1; i <= 3; i++) {
      clock.advance(Duration.ofSeconds(4));
      int n = i;
      assertThatThrownBy(() -> say(FLOODER, "And another thing " + n, "192.0.2.50"))
          .isInstanceOfSatisfying(CommentRejectedException.class, e -> assertThat(e.httpStatus()).isEqualTo(429));
    }
    clock.advance(Duration.ofSeconds(15));
    Comment floodLater = say(FLOODER, "Sorry for the noise.", "192.0.2.50");

    // The insult is held; a reader quotes it before anyone notices.
    minutes(5);
    Comment insult = say(GRUMPY, "Only an idiot writes 2000 words.", "192.0.2.77");
    assertThat(insult.state()).isEqualTo(ModerationState.PENDING);
    assertThatThrownBy(() -> reply(insult, ANDREW, "Be nice.", "198.51.100.1"))
        .isInstanceOf(InvalidParentException.class);

    // A first-time guest is held; they see their own comment awaiting moderation.
    minutes(5);
    Comment jo = say(JO, "Found this via a newsletter. Lovely post.", "192.0.2.88");
    assertThat(jo.state()).isEqualTo(ModerationState.PENDING);
    assertThat(rejoinder.thread(POST, Actor.reader(JO)).node(jo.id()).orElseThrow().kind())
        .isEqualTo(ThreadNode.Kind.AWAITING_MODERATION);

    // The moderator works through the queue, oldest first.
    List<QueueItem> queue = rejoinder.moderation(MODERATOR).queue(0, 50).items();
    assertThat(queue).extracting(i -> i.comment().id())
        .containsExactly(flood.id(), floodLater.id(), insult.id(), jo.id());
    assertThat(queue).extracting(i -> i.heldBy().reason())
        .containsExactly(Reasons.FIRST_COMMENT, Reasons.FIRST_COMMENT, Reasons.MODERATION_KEYWORD,
            Reasons.FIRST_COMMENT);
    rejoinder.moderation(MODERATOR).changeState(insult.id(), ModerationState.TRASH, "insult");
    rejoinder.moderation(MODERATOR).changeState(floodLater.id(), ModerationState.TRASH, "noise");
    rejoinder.moderation(MODERATOR).changeStates(List.of(flood.id(), jo.id()), ModerationState.APPROVED, "fine");

    // Jo is now a known commenter: the next comment goes straight through.
    minutes(5);
    assertThat(reply(jo, JO, "Thanks for approving me!", "192.0.2.88").state()).isEqualTo(ModerationState.APPROVED);

    CommentThread thread = rejoinder.thread(POST);
    assertThat(thread.responseCount()).isEqualTo(6);
    assertThat(thread).extracting(n -> n.comment().orElseThrow().author().displayName())
        .containsExactly("Andrew", "Margaret", "Andrew", "Fast Fingers", "Jo Park", "Jo Park");
    assertThat(thread).extracting(ThreadNode::depth).containsExactly(1, 2, 3, 1, 1, 2);
    assertThat(rejoinder.moderation(MODERATOR).queue(0, 50).total()).isZero();
    assertThat(rejoinder.moderation(MODERATOR).actionsOf(MODERATOR.key(), 0, 50)).hasSize(5);

    // A month later the trash is emptied; nothing changes for readers.
    clock.advance(Duration.ofDays(30));
    assertThat(rejoinder.moderation(Actor.SYSTEM).purgeTrash().deleted()).isEqualTo(2);
    assertThat(rejoinder.thread(POST).responseCount()).isEqualTo(6);
  }
}
