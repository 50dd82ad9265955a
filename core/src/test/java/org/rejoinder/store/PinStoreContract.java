package org.rejoinder.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rejoinder.testing.Concurrency.runConcurrently;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.rejoinder.model.Actor;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Comment;
import org.rejoinder.model.ConcurrentUpdateException;
import org.rejoinder.model.ModerationState;
import org.rejoinder.moderation.Reasons;

/**
 * Pins: a few per post, atomically with their audit entry, never past the limit however many
 * moderators pin at once. A store implementation extends this class and supplies fresh, empty
 * stores.
 */
public abstract class PinStoreContract extends StoreContractSupport<PinStore> {

  private static AuditEntry pinEntry(Comment c, boolean pin) {
    return new AuditEntry(c.id(), T0.plusSeconds(50), Actor.moderator(EDITOR), c.state(), c.state(),
        pin ? Reasons.PINNED : Reasons.UNPINNED);
  }

  @Test
  void aPin_isStoredWithItsAuditEntry_andUnpinningUndoesIt() {
    Comment c = top("Read this first", 1);

    assertThat(store.pinComment(c.withPinned(true), pinEntry(c, true), 3)).isTrue();
    Comment pinned = store.findComment(c.id()).orElseThrow();
    assertThat(pinned.pinned()).isTrue();
    assertThat(pinned.version()).isEqualTo(2);
    assertThat(store.auditTrail(c.id())).last().satisfies(e -> {
      assertThat(e.reason()).isEqualTo(Reasons.PINNED);
      assertThat(e.changesState()).isFalse();
    });
    assertThat(store.pinnedOf(POST)).containsExactly(pinned);

    assertThat(store.pinComment(pinned.withPinned(false), pinEntry(pinned, false), 3)).isTrue();
    assertThat(store.findComment(c.id()).orElseThrow().pinned()).isFalse();
    assertThat(store.pinnedOf(POST)).isEmpty();
    assertThat(store.auditTrail(c.id())).hasSize(3);
  }

  @Test
  void aPinBeyondThePostsLimit_isRefused_andChangesNothing() {
    Comment a = top("a", 1);
    Comment b = top("b", 2);
    Comment c = insert(newComment(null, EDITOR, "c", 3).toBuilder().postId(OTHER).build());
    assertThat(store.pinComment(a.withPinned(true), pinEntry(a, true), 1)).isTrue();

    assertThat(store.pinComment(b.withPinned(true), pinEntry(b, true), 1)).isFalse();
    assertThat(store.pinComment(c.withPinned(true), pinEntry(c, true), 1))
        .as("another post has its own pins").isTrue();

    assertThat(store.findComment(b.id()).orElseThrow()).isEqualTo(b);
    assertThat(store.auditTrail(b.id())).hasSize(1);
  }

  @Test
  void aPinBasedOnAStaleVersion_isAConcurrentUpdate() {
    Comment c = top("a", 1);
    store.updateComment(c.withState(ModerationState.PENDING, T0.plusSeconds(5)), entry(c, ModerationState.PENDING));

    assertThatThrownBy(() -> store.pinComment(c.withPinned(true), pinEntry(c, true), 3))
        .isInstanceOf(ConcurrentUpdateException.class);
  }

  @Test
  void aPinThatChangesMoreThanThePin_orPinsAReply_isAContractMistake() {
    Comment c = top("a", 1);
    Comment reply = insert(newComment(c, EDITOR, "r", 2));

    assertThatThrownBy(() -> store.pinComment(
        c.withPinned(true).withState(ModerationState.SPAM, T0).toBuilder().version(2).build(),
        pinEntry(c, true), 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.pinComment(c.withPinned(true),
        new AuditEntry(c.id(), T0, Actor.SYSTEM, ModerationState.PENDING, ModerationState.APPROVED, ""), 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.pinComment(
        reply.toBuilder().version(2).build(), pinEntry(reply, true), 3))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void moderatorsPinningAtOnce_neverPassTheLimit() throws Exception {
    List<Comment> comments = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      comments.add(top("c" + i, i + 1));
    }
    AtomicInteger won = new AtomicInteger();

    runConcurrently(comments.size(), i -> {
      Comment c = comments.get(i);
      if (store.pinComment(c.withPinned(true), pinEntry(c, true), 3)) {
        won.incrementAndGet();
      }
    });

    assertThat(won.get()).isEqualTo(3);
    assertThat(store.pinnedOf(POST)).hasSize(3);
  }
}
