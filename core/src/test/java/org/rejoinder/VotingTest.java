package org.rejoinder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoinder.error.ErrorCode;
import org.rejoinder.error.NotFoundException;
import org.rejoinder.error.PermissionDeniedException;
import org.rejoinder.error.PermissionDeniedException.Reason;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Body;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.Guest;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;
import org.rejoinder.model.Vote;
import org.rejoinder.model.VoteChange;
import org.rejoinder.model.VoteDirection;
import org.rejoinder.model.Votes;
import org.rejoinder.moderation.Ban;
import org.rejoinder.moderation.BanList;
import org.rejoinder.moderation.ModerationPolicy;
import org.rejoinder.testing.MutableClock;
import org.rejoinder.thread.CommentOrder;
import org.rejoinder.thread.ThreadOptions;

/** Who may vote on what, and what a vote changes. */
class VotingTest {
  private static final PostId POST = PostId.of("votes");
  private static final SiteUser EDITOR = SiteUser.of("1", "Editor");
  private static final SiteUser ADA = SiteUser.of("2", "Ada");
  private static final SiteUser BEN = SiteUser.of("3", "Ben");
  private static final Guest ANN = Guest.of("Ann", "ann@example.com");

  private final MutableClock clock = MutableClock.at("2024-05-01T12:00:00Z");
  private final BanList bans = new BanList();
  private final List<VoteChange> heard = new ArrayList<>();
  private Rejoinder rejoinder;
  private Comment annsComment;

  @BeforeEach
  void setUp() {
    rejoinder = build(false);
    rejoinder.createPost(Post.of(POST, "Votes", EDITOR, clock.instant()));
    annsComment = say(ANN, "Worth a vote?");
  }

  private Rejoinder build(boolean guestVotes) {
    return Rejoinder.builder()
        .clock(clock)
        .moderation(ModerationPolicy.builder().bans(bans).build())
        .guestVotes(guestVotes)
        .listener(new CommentListener() {
          @Override
          public void voted(Comment comment, VoteChange change) {
            heard.add(change);
          }
        })
        .build();
  }

  private Comment say(org.rejoinder.model.Author author, String text) {
    clock.advance(Duration.ofMinutes(1));
    return rejoinder.submit(NewComment.on(POST, author, Body.plain(text)));
  }

  private static Reason reason(Runnable call) {
    try {
      call.run();
    } catch (PermissionDeniedException e) {
      assertThat(e.code()).isEqualTo(ErrorCode.PERMISSION_DENIED);
      return e.reason();
    }
    throw new AssertionError("not refused");
  }

  @Test
  void aSignedInReadersVote_isCounted_onceHoweverOftenTheyClick() {
    CommentId id = annsComment.id();

    VoteChange first = rejoinder.vote(id, Actor.reader(ADA), VoteDirection.UP);
    VoteChange second = rejoinder.vote(id, Actor.reader(ADA), VoteDirection.UP);
    rejoinder.vote(id, Actor.reader(BEN), VoteDirection.UP);

    assertThat(first.changed()).isTrue();
    assertThat(second.changed()).isFalse();
    assertThat(rejoinder.comment(id).votes()).isEqualTo(Votes.of(2, 0));
    assertThat(heard).hasSize(2);
  }

  @Test
  void aReaderChangesTheirVote_orTakesItBack() {
    CommentId id = annsComment.id();
    rejoinder.vote(id, Actor.reader(ADA), VoteDirection.UP);

    VoteChange down = rejoinder.vote(id, Actor.reader(ADA), VoteDirection.DOWN);
    assertThat(down.before()).isEqualTo(VoteDirection.UP);
    assertThat(down.votes()).isEqualTo(Votes.of(0, 1));

    VoteChange back = rejoinder.unvote(id, Actor.reader(ADA));
    assertThat(back.after()).isNull();
    assertThat(rejoinder.comment(id).votes()).isEqualTo(Votes.NONE);
    assertThat(heard).extracting(VoteChange::after).containsExactly(VoteDirection.UP, VoteDirection.DOWN, null);
  }

  @Test
  void noOneVotesOnTheirOwnComment() {
    Comment adas = say(ADA, "My own");
    assertThat(reason(() -> rejoinder.vote(adas.id(), Actor.reader(ADA), VoteDirection.UP)))
        .isEqualTo(Reason.OWN_COMMENT);
  }

  @Test
  void aCommentThatIsNotApproved_takesNoVotes() {
    rejoinder.moderation(Actor.moderator(EDITOR)).trash(annsComment.id());

    assertThat(reason(() -> rejoinder.vote(annsComment.id(), Actor.reader(ADA), VoteDirection.UP)))
        .isEqualTo(Reason.NOT_APPROVED);
  }

  @Test
  void anonymousReadersDoNotVote_andGuestsOnlyWhereAllowed() {
    CommentId id = say(ADA, "Mine").id();
    assertThat(reason(() -> rejoinder.vote(id, Actor.ANONYMOUS, VoteDirection.UP)))
        .isEqualTo(Reason.ANONYMOUS);
    assertThat(reason(() -> rejoinder.vote(id, Actor.reader(ANN), VoteDirection.UP)))
        .isEqualTo(Reason.GUEST);
    assertThat(reason(() -> rejoinder.vote(id, Actor.visitor("cookie-7f3a"), VoteDirection.UP)))
        .isEqualTo(Reason.GUEST);

    Rejoinder open = build(true);
    open.createPost(Post.of(PostId.of("open"), "Open", EDITOR, clock.instant()));
    Comment c = open.submit(NewComment.on(PostId.of("open"), ADA, Body.plain("Vote, anyone")));
    open.vote(c.id(), Actor.visitor("cookie-7f3a"), VoteDirection.UP);
    open.vote(c.id(), Actor.reader(ANN), VoteDirection.DOWN);

    assertThat(open.comment(c.id()).votes()).isEqualTo(Votes.of(1, 1));
    assertThat(open.votesOf(PostId.of("open"), Actor.visitor("cookie-7f3a")))
        .isEqualTo(Map.of(c.id(), VoteDirection.UP));
  }

  @Test
  void bans_apply_aRejectingBanRefuses_aSpamBanIgnoresTheVoteUnnoticed() {
    bans.add(Ban.author(ADA).rejecting());
    bans.add(Ban.ip("203.0.113.0/24"));

    assertThat(reason(() -> rejoinder.vote(annsComment.id(), Actor.reader(ADA), VoteDirection.UP)))
        .isEqualTo(Reason.BANNED);
    VoteChange ignored = rejoinder.vote(annsComment.id(), Actor.reader(BEN), VoteDirection.UP,
        ClientInfo.of("203.0.113.9", "Agent"));

    assertThat(ignored.changed()).isFalse();
    assertThat(rejoinder.comment(annsComment.id()).votes()).isEqualTo(Votes.NONE);
    assertThat(heard).isEmpty();
  }

  @Test
  void aModeratorSeesWhoVoted_aReaderSeesTheirOwnVotes() {
    rejoinder.vote(annsComment.id(), Actor.reader(ADA), VoteDirection.UP);
    clock.advance(Duration.ofSeconds(5));
    rejoinder.vote(annsComment.id(), Actor.reader(BEN), VoteDirection.DOWN);

    assertThat(rejoinder.moderation(Actor.moderator(EDITOR)).votes(annsComment.id()))
        .extracting(Vote::voterKey, Vote::direction)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ADA.key(), VoteDirection.UP),
            org.assertj.core.groups.Tuple.tuple(BEN.key(), VoteDirection.DOWN));
    assertThat(rejoinder.votesOf(POST, Actor.reader(ADA))).isEqualTo(Map.of(annsComment.id(), VoteDirection.UP));
    assertThat(rejoinder.votesOf(POST, Actor.ANONYMOUS)).isEmpty();
  }

  @Test
  void votesOnAnUnknownComment_areNotFound() {
    assertThatThrownBy(() -> rejoinder.vote(CommentId.of(404), Actor.reader(ADA), VoteDirection.UP))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void votesReorderTheBestSort_andNumbersStay() {
    Comment second = say(BEN, "Second");
    rejoinder.vote(second.id(), Actor.reader(ADA), VoteDirection.UP);

    var thread = rejoinder.thread(POST, Actor.ANONYMOUS, ThreadOptions.DEFAULTS.withSort(CommentOrder.BEST));

    assertThat(thread.roots()).extracting(n -> n.id()).containsExactly(second.id(), annsComment.id());
    assertThat(thread.roots()).extracting(n -> n.number().getAsInt()).containsExactly(2, 1);
  }
}
