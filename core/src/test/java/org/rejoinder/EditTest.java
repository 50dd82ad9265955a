package org.rejoinder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rejoinder.testing.Comments.POST_AUTHOR;
import static org.rejoinder.testing.Comments.guest;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoinder.error.NotFoundException;
import org.rejoinder.error.PermissionDeniedException;
import org.rejoinder.model.Actor;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Body;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Guest;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.Revision;
import org.rejoinder.moderation.CommentRejectedException;
import org.rejoinder.moderation.ModerationPolicy;
import org.rejoinder.moderation.Reasons;
import org.rejoinder.store.InMemoryCommentStore;
import org.rejoinder.testing.MutableClock;

class EditTest {
  private static final PostId POST = PostId.of("p");
  private static final Guest ANN = guest("Ann");
  private static final Actor MODERATOR = Actor.moderator(POST_AUTHOR);

  private final MutableClock clock = MutableClock.at("2024-05-01T12:00:00Z");
  private final InMemoryCommentStore store = new InMemoryCommentStore();
  private Rejoinder rejoinder;
  private Comment comment;

  @BeforeEach
  void setUp() {
    rejoinder =
        Rejoinder.builder()
            .store(store)
            .clock(clock)
            .moderation(ModerationPolicy.builder().moderationKeywords("casino").disallowedKeywords("idiot").build())
            .build();
    rejoinder.createPost(Post.of(POST, "Post", POST_AUTHOR, clock.instant()));
    comment = rejoinder.submit(NewComment.on(POST, ANN, Body.plain("Teh first draft")));
  }

  @Test
  void theAuthor_editsWithinTheWindow_andTheRevisionKeepsWhoWhenAndTheOldText() {
    clock.advance(Duration.ofMinutes(5));

    Comment edited = rejoinder.edit(comment.id(), Body.plain("The first draft"), Actor.reader(ANN));

    assertThat(edited.body().text()).isEqualTo("The first draft");
    assertThat(edited.editedAt()).isEqualTo(clock.instant());
    assertThat(edited.version()).isEqualTo(2);
    assertThat(edited.state()).isEqualTo(ModerationState.APPROVED);
    assertThat(rejoinder.comment(comment.id())).isEqualTo(edited);
    assertThat(rejoinder.moderation(Actor.SYSTEM).revisions(comment.id()))
        .containsExactly(new Revision(comment.id(), clock.instant(), Actor.reader(ANN), Body.plain("Teh first draft")));
  }

  @Test
  void theAuthor_cannotEditOnceTheWindowIsOver_exactlyFifteenMinutesLater() {
    clock.advance(Duration.ofMinutes(15).minusMillis(1));
    rejoinder.edit(comment.id(), Body.plain("in time"), Actor.reader(ANN));
    clock.advance(Duration.ofMillis(1));

    assertThatThrownBy(() -> rejoinder.edit(comment.id(), Body.plain("too late"), Actor.reader(ANN)))
        .isInstanceOfSatisfying(PermissionDeniedException.class, e -> assertThat(e.reason()).isEqualTo(PermissionDeniedException.Reason.EDIT_WINDOW_PASSED));
    assertThat(rejoinder.comment(comment.id()).body().text()).isEqualTo("in time");
  }

  @Test
  void moderatorsEditAnyCommentAtAnyTime() {
    clock.advance(Duration.ofDays(30));

    Comment edited = rejoinder.edit(comment.id(), Body.plain("[edited by a moderator]"), MODERATOR);

    assertThat(edited.body().text()).isEqualTo("[edited by a moderator]");
    assertThat(rejoinder.moderation(Actor.SYSTEM).revisions(comment.id())).singleElement()
        .satisfies(r -> assertThat(r.editor()).isEqualTo(MODERATOR));
  }

  @Test
  void anotherReader_cannotEdit_andNeitherCanAnAnonymousOne() {
    assertThatThrownBy(() -> rejoinder.edit(comment.id(), Body.plain("hijack"), Actor.reader(guest("Bob"))))
        .isInstanceOfSatisfying(PermissionDeniedException.class, e -> assertThat(e.reason()).isEqualTo(PermissionDeniedException.Reason.NOT_AUTHOR));
    assertThatThrownBy(() -> rejoinder.edit(comment.id(), Body.plain("hijack"), Actor.ANONYMOUS))
        .isInstanceOfSatisfying(PermissionDeniedException.class, e -> assertThat(e.reason()).isEqualTo(PermissionDeniedException.Reason.NOT_AUTHOR));
    assertThat(rejoinder.moderation(Actor.SYSTEM).revisions(comment.id())).isEmpty();
  }

  @Test
  void theAuthor_cannotEditTheirCommentOnceItIsSpamOrTrash() {
    rejoinder.moderation(MODERATOR).changeState(comment.id(), ModerationState.SPAM, "");

    assertThatThrownBy(() -> rejoinder.edit(comment.id(), Body.plain("not spam!"), Actor.reader(ANN)))
        .isInstanceOfSatisfying(PermissionDeniedException.class, e -> assertThat(e.reason()).isEqualTo(PermissionDeniedException.Reason.STATE_NOT_EDITABLE));
  }

  @Test
  void anEditIsJudgedAgain_andAHoldMovesTheCommentToPending() {
    clock.advance(Duration.ofMinutes(1));

    Comment edited = rejoinder.edit(comment.id(), Body.plain("Now visit my casino"), Actor.reader(ANN));

    assertThat(edited.state()).isEqualTo(ModerationState.PENDING);
    AuditEntry last = rejoinder.moderation(Actor.SYSTEM).history(comment.id()).get(1);
    assertThat(last.from()).isEqualTo(ModerationState.APPROVED);
    assertThat(last.to()).isEqualTo(ModerationState.PENDING);
    assertThat(last.reason()).isEqualTo(Reasons.MODERATION_KEYWORD);
    assertThat(last.actor()).isEqualTo(Actor.SYSTEM);
  }

  @Test
  void aCleanEdit_neverApprovesAHeldComment() {
    rejoinder.moderation(MODERATOR).changeState(comment.id(), ModerationState.PENDING, "check");

    Comment edited = rejoinder.edit(comment.id(), Body.plain("All clean now"), Actor.reader(ANN));

    assertThat(edited.state()).isEqualTo(ModerationState.PENDING);
    assertThat(rejoinder.moderation(Actor.SYSTEM).history(comment.id())).hasSize(2);
  }

  @Test
  void anEditThePolicyRejects_changesNothing() {
    clock.advance(Duration.ofMinutes(1));
    rejoinder.submit(NewComment.on(POST, ANN, Body.plain("Second comment")));

    assertThatThrownBy(() -> rejoinder.edit(comment.id(), Body.plain("Second comment"), Actor.reader(ANN)))
        .isInstanceOfSatisfying(CommentRejectedException.class, e -> {
          assertThat(e.verdict().reason()).isEqualTo(Reasons.DUPLICATE);
          assertThat(e.httpStatus()).isEqualTo(409);
        });
    assertThat(rejoinder.comment(comment.id())).isEqualTo(comment);
    assertThat(rejoinder.moderation(Actor.SYSTEM).revisions(comment.id())).isEmpty();
  }

  @Test
  void editingToTheSameText_changesNothing() {
    Comment same = rejoinder.edit(comment.id(), Body.plain("Teh first draft"), Actor.reader(ANN));

    assertThat(same).isEqualTo(comment);
    assertThat(rejoinder.moderation(Actor.SYSTEM).revisions(comment.id())).isEmpty();
  }

  @Test
  void theEditWindowIsConfigurable_andZeroLeavesEditingToModerators() {
    Rejoinder strict = Rejoinder.builder().store(store).clock(clock).editWindow(Duration.ZERO).build();

    assertThatThrownBy(() -> strict.edit(comment.id(), Body.plain("x"), Actor.reader(ANN)))
        .isInstanceOfSatisfying(PermissionDeniedException.class, e -> assertThat(e.reason()).isEqualTo(PermissionDeniedException.Reason.EDIT_WINDOW_PASSED));
    assertThat(strict.moderation(MODERATOR).edit(comment.id(), Body.plain("x")).body().text()).isEqualTo("x");
    assertThatThrownBy(() -> Rejoinder.builder().editWindow(Duration.ofMinutes(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("editWindow");
  }

  @Test
  void anUnknownComment_isNotFound() {
    assertThatThrownBy(() -> rejoinder.edit(org.rejoinder.model.CommentId.of(404), Body.plain("x"), MODERATOR))
        .isInstanceOf(NotFoundException.class);
  }
}
