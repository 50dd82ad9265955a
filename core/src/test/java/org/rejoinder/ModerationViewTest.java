package org.rejoinder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rejoinder.testing.Comments.POST_AUTHOR;
import static org.rejoinder.testing.Comments.guest;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoinder.error.PermissionDeniedException;
import org.rejoinder.model.Actor;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Body;
import org.rejoinder.model.Comment;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.testing.MutableClock;

class ModerationViewTest {
  private static final PostId POST = PostId.of("p");
  private static final Actor MODERATOR = Actor.moderator(POST_AUTHOR);

  private final MutableClock clock = MutableClock.at("2024-05-01T12:00:00Z");
  private final Rejoinder rejoinder = Rejoinder.builder().clock(clock).build();
  private Comment comment;

  @BeforeEach
  void setUp() {
    rejoinder.createPost(Post.of(POST, "Post", POST_AUTHOR, clock.instant()));
    comment = rejoinder.submit(NewComment.on(POST, guest("Ann"), Body.plain("Hello")));
  }

  @Test
  void onlyModeratorsAndAdministrators_getAView_checkedWhenItIsMade() {
    assertThat(rejoinder.moderation(MODERATOR).actor()).isEqualTo(MODERATOR);
    assertThat(rejoinder.moderation(Actor.SYSTEM).actor()).isEqualTo(Actor.SYSTEM);
    assertThatThrownBy(() -> rejoinder.moderation(Actor.reader(guest("Ann"))))
        .isInstanceOfSatisfying(PermissionDeniedException.class,
            e -> assertThat(e.reason()).isEqualTo(PermissionDeniedException.Reason.NOT_MODERATOR));
    assertThatThrownBy(() -> rejoinder.moderation(Actor.ANONYMOUS))
        .isInstanceOf(PermissionDeniedException.class);
  }

  @Test
  void theConveniences_changeTheState_asTheViewsActor_withoutAReason() {
    ModerationView moderation = rejoinder.moderation(MODERATOR);

    assertThat(moderation.markSpam(comment.id()).state()).isEqualTo(ModerationState.SPAM);
    assertThat(moderation.approve(comment.id()).state()).isEqualTo(ModerationState.APPROVED);
    assertThat(moderation.trash(comment.id()).state()).isEqualTo(ModerationState.TRASH);
    assertThat(moderation.restoreFromTrash(comment.id()).state()).isEqualTo(ModerationState.APPROVED);

    assertThat(moderation.history(comment.id()))
        .extracting(AuditEntry::to)
        .containsExactly(ModerationState.APPROVED, ModerationState.SPAM, ModerationState.APPROVED,
            ModerationState.TRASH, ModerationState.APPROVED);
    assertThat(moderation.history(comment.id()).subList(1, 4))
        .allSatisfy(e -> {
          assertThat(e.actor()).isEqualTo(MODERATOR);
          assertThat(e.reason()).isEmpty();
        });
  }

  @Test
  void aModeratorsEdit_isRecordedAsTheirs_atAnyTime() {
    clock.advance(Duration.ofDays(3));

    Comment edited = rejoinder.moderation(MODERATOR).edit(comment.id(), Body.plain("[removed a link]"));

    assertThat(edited.body().text()).isEqualTo("[removed a link]");
    assertThat(rejoinder.moderation(MODERATOR).revisions(comment.id()))
        .singleElement()
        .satisfies(r -> assertThat(r.editor()).isEqualTo(MODERATOR));
  }

  @Test
  void aModeratorsView_cannotPurge_anAdministratorsCan() {
    rejoinder.moderation(MODERATOR).trash(comment.id());
    clock.advance(Duration.ofDays(31));

    assertThatThrownBy(() -> rejoinder.moderation(MODERATOR).purgeTrash())
        .isInstanceOfSatisfying(PermissionDeniedException.class,
            e -> assertThat(e.reason()).isEqualTo(PermissionDeniedException.Reason.NOT_ADMIN));
    assertThat(rejoinder.moderation(Actor.admin(POST_AUTHOR)).purgeTrash().deleted()).isEqualTo(1);
  }

  @Test
  void aViewShowsItsActor_butNoEmailAddress() {
    Actor guestModerator = Actor.moderator(guest("Mia Moderator"));

    assertThat(rejoinder.moderation(guestModerator).toString())
        .contains("MODERATOR")
        .doesNotContain("mia.moderator@example.com", "mia.moderator");
  }
}
