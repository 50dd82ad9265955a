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
import org.rejoinder.model.Body;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Guest;
import org.rejoinder.model.IllegalTransitionException;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.moderation.PurgeResult;
import org.rejoinder.moderation.Reasons;
import org.rejoinder.store.InMemoryCommentStore;
import org.rejoinder.testing.MutableClock;
import org.rejoinder.thread.CommentThread;
import org.rejoinder.thread.ThreadNode;

class TrashAndPurgeTest {
  private static final PostId POST = PostId.of("p");
  private static final Actor MODERATOR = Actor.moderator(POST_AUTHOR);
  private static final Actor ADMIN = Actor.admin(POST_AUTHOR);

  private final MutableClock clock = MutableClock.at("2024-05-01T12:00:00Z");
  private final InMemoryCommentStore store = new InMemoryCommentStore();
  private Rejoinder rejoinder;

  @BeforeEach
  void setUp() {
    rejoinder = Rejoinder.builder().store(store).clock(clock).build();
    rejoinder.createPost(Post.of(POST, "Post", POST_AUTHOR, clock.instant()));
  }

  private Comment say(Guest author, String text) {
    clock.advance(Duration.ofMinutes(1));
    return rejoinder.submit(NewComment.on(POST, author, Body.plain(text)).withClient(ClientInfo.of("192.0.2.7", "UA")));
  }

  private Comment reply(Comment parent, Guest author, String text) {
    clock.advance(Duration.ofMinutes(1));
    return rejoinder.submit(NewComment.replyTo(POST, parent.id(), author, Body.plain(text)));
  }

  private Comment trash(Comment c) {
    return rejoinder.moderation(MODERATOR).changeState(c.id(), ModerationState.TRASH, "abuse");
  }

  @Test
  void restoreFromTrash_returnsToTheStateBeforeTheTrash() {
    Comment held = say(guest("Ann"), "http://a.example http://b.example");
    assertThat(held.state()).isEqualTo(ModerationState.PENDING);
    trash(held);

    Comment restored = rejoinder.moderation(MODERATOR).restoreFromTrash(held.id());

    assertThat(restored.state()).isEqualTo(ModerationState.PENDING);
    assertThat(rejoinder.moderation(Actor.SYSTEM).history(held.id())).last().satisfies(e -> {
      assertThat(e.from()).isEqualTo(ModerationState.TRASH);
      assertThat(e.reason()).isEqualTo(Reasons.RESTORED);
      assertThat(e.actor()).isEqualTo(MODERATOR);
    });
  }

  @Test
  void restoreFromTrash_ofAnApprovedComment_approvesItAgain_andOfANonTrashedOneIsIllegal() {
    Comment c = say(guest("Ann"), "fine");
    trash(c);

    assertThat(rejoinder.moderation(MODERATOR).restoreFromTrash(c.id()).state()).isEqualTo(ModerationState.APPROVED);
    assertThatThrownBy(() -> rejoinder.moderation(MODERATOR).restoreFromTrash(c.id()))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> rejoinder.moderation(Actor.reader(guest("Ann"))).restoreFromTrash(c.id()))
        .isInstanceOf(PermissionDeniedException.class);
  }

  @Test
  void notSpam_returnsToTheStateBefore_orPendingWhenThePolicyStoredItAsSpam() {
    Rejoinder strict = Rejoinder.builder().store(store).clock(clock)
        .moderation(org.rejoinder.moderation.ModerationPolicy.builder()
            .disallowedKeywords("essays").disallowedDecision(org.rejoinder.moderation.Decision.SPAM).build())
        .build();
    clock.advance(Duration.ofMinutes(1));
    Comment caught = strict.submit(NewComment.on(POST, guest("Student"), Body.plain("I love essays")));
    Comment marked = say(guest("Ann"), "fine");
    rejoinder.moderation(MODERATOR).changeState(marked.id(), ModerationState.SPAM, "oops");

    assertThat(caught.state()).isEqualTo(ModerationState.SPAM);
    assertThat(rejoinder.moderation(MODERATOR).markNotSpam(caught.id()).state()).isEqualTo(ModerationState.PENDING);
    assertThat(rejoinder.moderation(MODERATOR).markNotSpam(marked.id()).state()).isEqualTo(ModerationState.APPROVED);
    assertThatThrownBy(() -> rejoinder.moderation(MODERATOR).markNotSpam(marked.id()))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void aTrashedCommentWithReplies_showsAPlaceholder_andATrashedLeafDisappears() {
    Comment parent = say(guest("Rude"), "Boll*cks");
    Comment answer = reply(parent, guest("Ann"), "For Rude: please be civil");
    Comment leaf = say(guest("Troll"), "first!!1");
    trash(parent);
    trash(leaf);

    CommentThread thread = rejoinder.thread(POST);

    assertThat(thread.roots()).hasSize(1);
    ThreadNode placeholder = thread.roots().get(0);
    assertThat(placeholder.isPlaceholder()).isTrue();
    assertThat(placeholder.comment()).isEmpty();
    assertThat(placeholder.children()).extracting(ThreadNode::id).containsExactly(answer.id());
    assertThat(thread.node(leaf.id())).isEmpty();
    assertThat(thread.responseCount()).isEqualTo(1);
  }

  @Test
  void purge_deletesTrashOlderThanTheRetention_only() {
    Comment old = say(guest("Old"), "old");
    java.time.Instant trashedAt = trash(old).updatedAt();
    Comment recent = say(guest("Recent"), "recent");
    trash(recent);
    clock.set(trashedAt.plus(Duration.ofDays(30)).minusMillis(1));

    assertThat(rejoinder.moderation(ADMIN).purgeTrash()).isEqualTo(new PurgeResult(0, 0));
    clock.advance(Duration.ofMillis(1));
    assertThat(rejoinder.moderation(ADMIN).purgeTrash()).isEqualTo(new PurgeResult(1, 0));

    assertThatThrownBy(() -> rejoinder.comment(old.id())).isInstanceOf(NotFoundException.class);
    assertThat(rejoinder.moderation(Actor.SYSTEM).history(old.id())).isEmpty();
    assertThat(rejoinder.comment(recent.id()).state()).isEqualTo(ModerationState.TRASH);
  }

  @Test
  void purge_ofACommentWithReplies_leavesATombstoneWithNothingOfItsAuthorOrText() {
    Guest rude = new Guest("Rude Person", "rude@example.com", "https://rude.example.com");
    Comment parent = say(rude, "Something unforgivable");
    rejoinder.edit(parent.id(), Body.plain("Something even worse"), MODERATOR);
    rejoinder.report(parent.id(), Actor.reader(guest("Ann")), "quotes the text: unforgivable");
    Comment answer = reply(parent, guest("Ann"), "For Rude: no");
    trash(parent);
    clock.advance(Duration.ofDays(31));

    PurgeResult result = rejoinder.moderation(Actor.SYSTEM).purgeTrash();

    assertThat(result).isEqualTo(new PurgeResult(0, 1));
    Comment tombstone = rejoinder.comment(parent.id());
    assertThat(tombstone.state()).isEqualTo(ModerationState.PURGED);
    assertThat(tombstone.toString()).doesNotContain("Rude", "rude@", "unforgivable", "worse", "192.0.2.7");
    assertThat(rejoinder.moderation(Actor.SYSTEM).revisions(parent.id())).isEmpty();
    assertThat(rejoinder.moderation(Actor.SYSTEM).reports(parent.id())).isEmpty();
    assertThat(rejoinder.moderation(Actor.SYSTEM).history(parent.id())).last().satisfies(e -> {
      assertThat(e.to()).isEqualTo(ModerationState.PURGED);
      assertThat(e.reason()).isEqualTo(Reasons.PURGED);
    });
    CommentThread thread = rejoinder.thread(POST);
    assertThat(thread.roots().get(0).isPlaceholder()).isTrue();
    assertThat(thread.roots().get(0).children()).extracting(ThreadNode::id).containsExactly(answer.id());
  }

  @Test
  void aTombstone_cannotBeRestoredEditedOrReported_andGoesOnceItsRepliesAreGone() {
    Comment parent = say(guest("Rude"), "rude");
    Comment answer = reply(parent, guest("Ann"), "no");
    trash(parent);
    clock.advance(Duration.ofDays(31));
    rejoinder.moderation(ADMIN).purgeTrash();

    assertThatThrownBy(() -> rejoinder.moderation(MODERATOR).restoreFromTrash(parent.id()))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> rejoinder.moderation(MODERATOR).changeState(parent.id(), ModerationState.APPROVED, ""))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> rejoinder.moderation(MODERATOR).edit(parent.id(), Body.plain("back")))
        .isInstanceOfSatisfying(PermissionDeniedException.class, e -> assertThat(e.reason()).isEqualTo(PermissionDeniedException.Reason.PURGED));
    assertThatThrownBy(() -> rejoinder.report(parent.id(), Actor.reader(guest("Bob")), ""))
        .isInstanceOf(NotFoundException.class);

    trash(answer);
    clock.advance(Duration.ofDays(31));
    assertThat(rejoinder.moderation(ADMIN).purgeTrash()).isEqualTo(new PurgeResult(2, 0));
    assertThat(store.commentsOf(POST)).isEmpty();
  }

  @Test
  void purge_removesATrashedThreadInOneGo_repliesFirst() {
    Comment parent = say(guest("A"), "a");
    Comment child = reply(parent, guest("B"), "b");
    reply(child, guest("C"), "c");
    rejoinder.moderation(MODERATOR).changeStates(store.commentsOf(POST).stream().map(Comment::id).toList(), ModerationState.TRASH, "thread of abuse");
    clock.advance(Duration.ofDays(31));

    assertThat(rejoinder.moderation(ADMIN).purgeTrash()).isEqualTo(new PurgeResult(3, 0));
  }

  @Test
  void purge_isForAdministratorsOnly_andTheRetentionIsConfigurable() {
    Comment c = say(guest("A"), "a");
    trash(c);

    assertThatThrownBy(() -> rejoinder.moderation(MODERATOR).purgeTrash())
        .isInstanceOfSatisfying(PermissionDeniedException.class, e -> assertThat(e.reason()).isEqualTo(PermissionDeniedException.Reason.NOT_ADMIN));
    Rejoinder eager = Rejoinder.builder().store(store).clock(clock).trashRetention(Duration.ofDays(1)).build();
    clock.advance(Duration.ofDays(1));
    assertThat(eager.moderation(ADMIN).purgeTrash().deleted()).isEqualTo(1);
    assertThatThrownBy(() -> Rejoinder.builder().trashRetention(Duration.ofDays(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("trashRetention");
  }
}
