package org.rejoinder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rejoinder.testing.Comments.POST_AUTHOR;
import static org.rejoinder.testing.Comments.guest;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoinder.error.InvalidInputException;
import org.rejoinder.error.NotFoundException;
import org.rejoinder.error.PermissionDeniedException;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Body;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.IllegalTransitionException;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.QueueItem;
import org.rejoinder.model.QueuePage;
import org.rejoinder.moderation.BulkResult;
import org.rejoinder.moderation.Reasons;
import org.rejoinder.testing.MutableClock;

class ReportsAndQueueTest {
  private static final PostId ONE = PostId.of("one");
  private static final PostId TWO = PostId.of("two");
  private static final Actor MODERATOR = Actor.moderator(POST_AUTHOR);

  private final MutableClock clock = MutableClock.at("2024-05-01T12:00:00Z");
  private Rejoinder rejoinder;

  @BeforeEach
  void setUp() {
    rejoinder = Rejoinder.builder().clock(clock).reportsToHold(2).build();
    rejoinder.createPost(Post.of(ONE, "One", POST_AUTHOR, clock.instant()));
    rejoinder.createPost(Post.of(TWO, "Two", POST_AUTHOR, clock.instant()));
  }

  private Comment say(PostId post, String name, String text) {
    clock.advance(Duration.ofMinutes(1));
    return rejoinder.submit(NewComment.on(post, guest(name), Body.plain(text)));
  }

  private static Actor reader(String name) {
    return Actor.reader(guest(name));
  }

  @Test
  void enoughReports_holdAnApprovedCommentForReview() {
    Comment rude = say(ONE, "Rude", "You are all idiots");

    assertThat(rejoinder.report(rude.id(), reader("Ann"), "insult")).isTrue();
    assertThat(rejoinder.comment(rude.id()).state()).isEqualTo(ModerationState.APPROVED);
    assertThat(rejoinder.report(rude.id(), reader("Bob"), "")).isTrue();

    assertThat(rejoinder.comment(rude.id()).state()).isEqualTo(ModerationState.PENDING);
    assertThat(rejoinder.moderation(Actor.SYSTEM).history(rude.id())).last().satisfies(e -> {
      assertThat(e.reason()).isEqualTo(Reasons.REPORTED);
      assertThat(e.actor()).isEqualTo(Actor.SYSTEM);
    });
    assertThat(rejoinder.moderation(Actor.SYSTEM).reports(rude.id())).extracting(r -> r.reason()).containsExactly("insult", "");
  }

  @Test
  void aReaderReportsACommentOnce() {
    Comment c = say(ONE, "Rude", "meh");

    assertThat(rejoinder.report(c.id(), reader("Ann"), "")).isTrue();
    assertThat(rejoinder.report(c.id(), reader("Ann"), "really")).isFalse();

    assertThat(rejoinder.moderation(Actor.SYSTEM).reports(c.id())).hasSize(1);
    assertThat(rejoinder.comment(c.id()).state()).isEqualTo(ModerationState.APPROVED);
  }

  @Test
  void afterAModeratorApproves_onlyNewReportsCount() {
    Comment c = say(ONE, "Edgy", "controversial but fine");
    rejoinder.report(c.id(), reader("Ann"), "");
    rejoinder.report(c.id(), reader("Bob"), "");
    clock.advance(Duration.ofMinutes(1));
    rejoinder.moderation(MODERATOR).changeState(c.id(), ModerationState.APPROVED, "fine");
    clock.advance(Duration.ofMinutes(1));

    rejoinder.report(c.id(), reader("Cy"), "");
    assertThat(rejoinder.comment(c.id()).state()).isEqualTo(ModerationState.APPROVED);
    rejoinder.report(c.id(), reader("Dee"), "");
    assertThat(rejoinder.comment(c.id()).state()).isEqualTo(ModerationState.PENDING);
  }

  @Test
  void anonymousReaders_cannotReport_andUnknownCommentsAreNotFound() {
    Comment c = say(ONE, "Ann", "hi");

    assertThatThrownBy(() -> rejoinder.report(c.id(), Actor.ANONYMOUS, ""))
        .isInstanceOfSatisfying(PermissionDeniedException.class, e -> assertThat(e.reason()).isEqualTo(PermissionDeniedException.Reason.ANONYMOUS));
    assertThatThrownBy(() -> rejoinder.report(CommentId.of(999), reader("Ann"), ""))
        .isInstanceOf(NotFoundException.class);
    assertThat(rejoinder.moderation(Actor.SYSTEM).reports(c.id())).isEmpty();
  }

  @Test
  void theQueue_listsPendingCommentsOfEveryPost_oldestFirst_withWhyAndReports_paged() {
    Comment links = say(TWO, "Linker", "http://a.example http://b.example");
    say(ONE, "Fine", "nothing to see");
    Comment reported = say(ONE, "Rude", "idiots");
    rejoinder.report(reported.id(), reader("Ann"), "insult");
    rejoinder.report(reported.id(), reader("Bob"), "insult");
    Comment held = say(ONE, "Held", "check me");
    rejoinder.moderation(MODERATOR).changeState(held.id(), ModerationState.PENDING, "looks odd");

    QueuePage first = rejoinder.moderation(MODERATOR).queue(0, 2);
    QueuePage second = rejoinder.moderation(MODERATOR).queue(2, 2);

    assertThat(first.total()).isEqualTo(3);
    assertThat(first.hasMore()).isTrue();
    assertThat(first.items()).extracting(i -> i.comment().id()).containsExactly(links.id(), reported.id());
    assertThat(first.items()).extracting(i -> i.heldBy().reason())
        .containsExactly(Reasons.TOO_MANY_LINKS, Reasons.REPORTED);
    assertThat(first.items().get(1).reports()).hasSize(2);
    assertThat(second.items()).extracting(QueueItem::comment).extracting(Comment::id).containsExactly(held.id());
    assertThat(second.items().get(0).heldBy().actor()).isEqualTo(MODERATOR);
    assertThat(second.hasMore()).isFalse();
  }

  @Test
  void theQueue_isForModeratorsOnly() {
    assertThatThrownBy(() -> rejoinder.moderation(reader("Ann")).queue(0, 10))
        .isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(() -> rejoinder.moderation(MODERATOR).queue(0, 0)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void bulkApprove_changesEveryComment_andReportsTheOnesItCouldNot() {
    Comment a = say(ONE, "A", "http://a.example http://b.example");
    Comment b = say(ONE, "B", "http://c.example http://d.example");
    Comment approved = say(ONE, "C", "already fine");
    CommentId missing = CommentId.of(999);

    BulkResult result =
        rejoinder.moderation(MODERATOR).changeStates(List.of(a.id(), b.id(), approved.id(), missing, a.id()), ModerationState.APPROVED, "ok");

    assertThat(result.changed()).extracting(Comment::id).containsExactly(a.id(), b.id());
    assertThat(result.failed()).containsOnlyKeys(approved.id(), missing);
    assertThat(result.failed().get(approved.id())).isInstanceOf(IllegalTransitionException.class);
    assertThat(result.failed().get(missing)).isInstanceOf(NotFoundException.class);
    assertThat(rejoinder.moderation(MODERATOR).queue(0, 10).total()).isZero();
    assertThat(rejoinder.moderation(MODERATOR).actionsOf(MODERATOR.key(), 0, 10)).hasSize(2);
  }

  @Test
  void bulkSpamAndTrash_byAReader_changeNothing() {
    Comment a = say(ONE, "A", "x");

    assertThatThrownBy(() -> rejoinder.moderation(reader("A")).changeStates(List.of(a.id()), ModerationState.SPAM, ""))
        .isInstanceOf(PermissionDeniedException.class);
    assertThat(rejoinder.moderation(MODERATOR).changeStates(List.of(a.id()), ModerationState.TRASH, "").changed())
        .hasSize(1);
  }

  @Test
  void theModerationLog_isQueryablePerModerator_newestFirst() {
    Actor other = Actor.moderator(guest("Other"));
    Comment a = say(ONE, "A", "x");
    Comment b = say(ONE, "B", "y");
    rejoinder.moderation(MODERATOR).changeState(a.id(), ModerationState.SPAM, "spam");
    clock.advance(Duration.ofSeconds(1));
    rejoinder.moderation(other).changeState(b.id(), ModerationState.TRASH, "rude");
    clock.advance(Duration.ofSeconds(1));
    rejoinder.moderation(MODERATOR).markNotSpam(a.id());

    assertThat(rejoinder.moderation(MODERATOR).actionsOf(MODERATOR.key(), 0, 10))
        .extracting(e -> e.commentId(), e -> e.to())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(a.id(), ModerationState.APPROVED),
            org.assertj.core.groups.Tuple.tuple(a.id(), ModerationState.SPAM));
    assertThat(rejoinder.moderation(MODERATOR).actionsOf(other.key(), 0, 10)).extracting(e -> e.reason()).containsExactly("rude");
    assertThatThrownBy(() -> rejoinder.moderation(reader("A")).actionsOf(MODERATOR.key(), 0, 10))
        .isInstanceOf(PermissionDeniedException.class);
  }
}
