package org.rejoinder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoinder.error.PermissionDeniedException;
import org.rejoinder.error.PermissionDeniedException.Reason;
import org.rejoinder.model.Actor;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Author;
import org.rejoinder.model.Body;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Guest;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;
import org.rejoinder.moderation.ModerationPolicy;
import org.rejoinder.moderation.Reasons;
import org.rejoinder.testing.MutableClock;
import org.rejoinder.thread.CommentOrder;
import org.rejoinder.thread.ThreadOptions;
import org.rejoinder.thread.ThreadPage;

/** Moderators pin a few top-level comments per post; pinned threads lead page 1. */
class PinningTest {
  private static final PostId POST = PostId.of("pins");
  private static final SiteUser EDITOR = SiteUser.of("1", "Editor");

  private final MutableClock clock = MutableClock.at("2024-05-01T12:00:00Z");
  private final List<AuditEntry> heard = new ArrayList<>();
  private Rejoinder rejoinder;
  private ModerationView moderation;

  @BeforeEach
  void setUp() {
    rejoinder = Rejoinder.builder()
        .clock(clock)
        .moderation(ModerationPolicy.approveAll())
        .maxPinnedPerPost(2)
        .listener(new CommentListener() {
          @Override
          public void pinned(Comment comment, AuditEntry entry) {
            heard.add(entry);
          }
        })
        .build();
    rejoinder.createPost(Post.of(POST, "Pins", EDITOR, clock.instant()));
    moderation = rejoinder.moderation(Actor.moderator(EDITOR));
  }

  private Comment say(String name, String text) {
    clock.advance(Duration.ofMinutes(1));
    Author author = Guest.of(name, name.toLowerCase(java.util.Locale.ROOT) + "@example.com");
    return rejoinder.submit(NewComment.on(POST, author, Body.plain(text)));
  }

  private static Reason reason(Runnable call) {
    try {
      call.run();
    } catch (PermissionDeniedException e) {
      return e.reason();
    }
    throw new AssertionError("not refused");
  }

  @Test
  void aPinnedThread_leadsPageOneUnderEverySort_labelledAsPinned() {
    Comment old = say("Ann", "The answer everyone needs");
    for (int i = 0; i < 5; i++) {
      say("Reader" + i, "Comment " + i);
    }

    Comment pinned = moderation.pin(old.id());

    assertThat(pinned.pinned()).isTrue();
    for (CommentOrder sort : CommentOrder.builtIns()) {
      ThreadPage page = rejoinder.threadPage(POST, Actor.ANONYMOUS,
          ThreadOptions.DEFAULTS.withSort(sort).withPerPage(2), 1);
      assertThat(page.roots().get(0).id()).as(sort.name()).isEqualTo(old.id());
      assertThat(page.roots().get(0).isPinned()).isTrue();
      assertThat(page.roots()).hasSize(3);
    }
  }

  @Test
  void pinsAndUnpins_areRecorded_andToldToListeners() {
    Comment c = say("Ann", "Pin me");

    moderation.pin(c.id());
    moderation.pin(c.id()); // already pinned: nothing happens
    moderation.unpin(c.id());

    assertThat(moderation.history(c.id())).extracting(AuditEntry::reason)
        .containsExactly(Reasons.APPROVED, Reasons.PINNED, Reasons.UNPINNED);
    assertThat(heard).extracting(AuditEntry::reason).containsExactly(Reasons.PINNED, Reasons.UNPINNED);
    assertThat(heard.get(0).actor()).isEqualTo(Actor.moderator(EDITOR));
    assertThat(moderation.pinned(POST)).isEmpty();
  }

  @Test
  void onlyAFewApprovedTopLevelComments_canBePinned() {
    Comment a = say("Ann", "a");
    Comment b = say("Ben", "b");
    Comment c = say("Cy", "c");
    Comment reply = rejoinder.submit(NewComment.replyTo(POST, a.id(), EDITOR, Body.plain("r")),
        Actor.moderator(EDITOR));
    Comment held = say("Di", "d");
    moderation.changeState(held.id(), ModerationState.PENDING, "look again");
    moderation.pin(a.id());
    moderation.pin(b.id());

    assertThat(reason(() -> moderation.pin(c.id()))).isEqualTo(Reason.PIN_LIMIT);
    assertThat(reason(() -> moderation.pin(reply.id()))).isEqualTo(Reason.NOT_TOP_LEVEL);
    assertThat(reason(() -> moderation.pin(held.id()))).isEqualTo(Reason.NOT_APPROVED);
    assertThat(moderation.pinned(POST)).extracting(Comment::id).containsExactly(a.id(), b.id());
  }

  @Test
  void pinEntries_leaveRestoringAndTheQueueAlone() {
    Comment c = say("Ann", "pinned then trashed");
    moderation.pin(c.id());
    moderation.trash(c.id());
    moderation.unpin(c.id());

    Comment restored = moderation.restoreFromTrash(c.id());
    assertThat(restored.state()).isEqualTo(ModerationState.APPROVED);

    moderation.changeState(c.id(), ModerationState.PENDING, "held for a look");
    moderation.pin(say("Ben", "other").id());
    assertThat(moderation.queue(0, 10).items()).singleElement()
        .satisfies(item -> assertThat(item.heldBy().reason()).isEqualTo("held for a look"));
  }

  @Test
  void readersCannotPin() {
    assertThat(reason(() -> rejoinder.moderation(Actor.reader(EDITOR)))).isEqualTo(Reason.NOT_MODERATOR);
  }
}
