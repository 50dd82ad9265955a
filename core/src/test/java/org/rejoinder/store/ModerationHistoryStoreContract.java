package org.rejoinder.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rejoinder.testing.Concurrency.runConcurrently;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.rejoinder.error.NotFoundException;
import org.rejoinder.model.Actor;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Body;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.ConcurrentUpdateException;
import org.rejoinder.model.ExternalIdentity;
import org.rejoinder.model.Guest;
import org.rejoinder.model.IdentityProvider;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.QueueItem;
import org.rejoinder.model.QueuePage;
import org.rejoinder.model.Report;
import org.rejoinder.model.Revision;

/**
 * The behaviour every {@link ModerationHistoryStore} owes Rejoinder: edits and their revisions,
 * readers' reports, each actor's audit trail, purging, and the moderation queue. A store
 * implementation extends this class and supplies fresh, empty stores; a complete {@link
 * CommentStore} runs it through {@link CommentStoreContract}.
 */
public abstract class ModerationHistoryStoreContract
    extends StoreContractSupport<ModerationHistoryStore> {

  // Edits and revisions

  @Test
  void editComment_storesTheNextVersionAndTheRevision_inOrder() {
    Comment c = top("first text", 1);
    Instant t1 = T0.plusSeconds(60);
    Comment v2 = c.withBody(Body.plain("second text"), t1);
    Revision r1 = new Revision(c.id(), t1, Actor.reader(c.author()), c.body());
    store.editComment(v2, r1, null);
    Comment v3 = v2.withBody(Body.plain("third text"), t1);
    Revision r2 = new Revision(c.id(), t1, Actor.moderator(EDITOR), v2.body());
    store.editComment(v3, r2, null);

    assertThat(store.findComment(c.id())).contains(v3);
    assertThat(store.revisions(c.id())).containsExactly(r1, r2);
    assertThat(store.auditTrail(c.id())).hasSize(1);
    assertThat(store.revisions(CommentId.of(999_999))).isEmpty();
  }

  @Test
  void editComment_thatAlsoChangesTheState_appendsItsAuditEntry() {
    Comment c = top("clean", 1);
    Instant t1 = T0.plusSeconds(60);
    Comment held = c.withBody(Body.plain("now with casino"), t1).toBuilder()
        .state(ModerationState.PENDING)
        .build();
    AuditEntry entry = new AuditEntry(c.id(), t1, Actor.SYSTEM, ModerationState.APPROVED,
        ModerationState.PENDING, "moderation-keyword");

    store.editComment(held, new Revision(c.id(), t1, Actor.reader(c.author()), c.body()), entry);

    assertThat(store.findComment(c.id())).contains(held);
    assertThat(store.auditTrail(c.id())).last().isEqualTo(entry);
  }

  @Test
  void editComment_fromAStaleVersion_isAConcurrentUpdate_andStoresNoRevision() {
    Comment c = top("text", 1);
    store.updateComment(c.withState(ModerationState.SPAM, T0.plusSeconds(2)), entry(c, ModerationState.SPAM));

    Comment stale = c.withBody(Body.plain("edited"), T0.plusSeconds(3));
    assertThatThrownBy(() -> store.editComment(stale, new Revision(c.id(), T0.plusSeconds(3),
            Actor.reader(c.author()), c.body()), null))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(store.revisions(c.id())).isEmpty();
    assertThat(store.findComment(c.id()).orElseThrow().body()).isEqualTo(c.body());
  }

  @Test
  void editComment_withARevisionThatDoesNotKeepTheStoredText_isRefused() {
    Comment c = top("text", 1);
    Comment edited = c.withBody(Body.plain("edited"), T0.plusSeconds(3));

    assertThatThrownBy(() -> store.editComment(edited, new Revision(c.id(), T0.plusSeconds(3),
            Actor.reader(c.author()), Body.plain("something else")), null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store.findComment(c.id())).contains(c);
    assertThat(store.revisions(c.id())).isEmpty();
  }

  @Test
  void editComment_thatChangesTheStateWithoutAnAuditEntry_isRefused() {
    Comment c = top("text", 1);
    Instant t1 = T0.plusSeconds(3);
    Comment held = c.withBody(Body.plain("edited"), t1).toBuilder()
        .state(ModerationState.PENDING)
        .build();

    assertThatThrownBy(() -> store.editComment(held,
            new Revision(c.id(), t1, Actor.reader(c.author()), c.body()), null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store.findComment(c.id())).contains(c);
    assertThat(store.revisions(c.id())).isEmpty();
  }

  @Test
  void editComment_ofAnUnknownComment_isNotFound() {
    Comment ghost = Comment.create(CommentId.of(999_999), POST, null, EDITOR, Body.plain("x"), T0,
        ModerationState.APPROVED, ClientInfo.NONE);

    assertThatThrownBy(() -> store.editComment(ghost.withBody(Body.plain("y"), T0),
            new Revision(ghost.id(), T0, Actor.moderator(EDITOR), ghost.body()), null))
        .isInstanceOf(NotFoundException.class);
  }

  // Reports

  @Test
  void addReport_keepsOneReportPerReader_inOrder() {
    Comment c = top("rude", 1);
    Report ann = new Report(c.id(), "email:ann@example.com", T0.plusSeconds(5), "insulting");
    Report bob = new Report(c.id(), "user:7", T0.plusSeconds(6), "");

    assertThat(store.addReport(ann)).isTrue();
    assertThat(store.addReport(bob)).isTrue();
    assertThat(store.addReport(new Report(c.id(), "email:ann@example.com", T0.plusSeconds(7), "again")))
        .isFalse();

    assertThat(store.reports(c.id())).containsExactly(ann, bob);
    assertThat(store.reports(CommentId.of(999_999))).isEmpty();
  }

  @Test
  void theLongestAuthorKey_canReportAndModerate() {
    ExternalIdentity longest =
        ExternalIdentity.of(
            new IdentityProvider("p" + "x".repeat(63), "Long provider"), "s".repeat(200), "Long");
    Comment c = top("reported by a long key", 1);
    Report report = new Report(c.id(), longest.key(), T0.plusSeconds(5), "spam");
    AuditEntry entry =
        new AuditEntry(c.id(), T0.plusSeconds(6), Actor.moderator(longest), c.state(),
            ModerationState.SPAM, "by the longest key");

    assertThat(longest.key()).hasSize(265);
    assertThat(store.addReport(report)).isTrue();
    store.updateComment(c.withState(ModerationState.SPAM, T0.plusSeconds(6)), entry);

    assertThat(store.reports(c.id())).containsExactly(report);
    assertThat(store.auditTrailByActor(longest.key(), 0, 10)).containsExactly(entry);
  }

  @Test
  void addReport_onAnUnknownComment_isNotFound() {
    assertThatThrownBy(() -> store.addReport(new Report(CommentId.of(999_999), "user:1", T0, "")))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void concurrentReportsByOneReader_storeOneReport() throws Exception {
    Comment c = top("contested", 1);
    AtomicInteger stored = new AtomicInteger();
    runConcurrently(8, i -> {
      if (store.addReport(new Report(c.id(), "user:same", T0.plusSeconds(i), "r" + i))) {
        stored.incrementAndGet();
      }
    });

    assertThat(stored).hasValue(1);
    assertThat(store.reports(c.id())).hasSize(1);
  }

  // Audit by actor

  @Test
  void auditTrailByActor_returnsOneActorsEntriesOnEveryComment_newestFirst_paged() {
    Actor mod = Actor.moderator(EDITOR);
    Actor other = Actor.moderator(Guest.of("Other", "other@example.com"));
    Comment a = top("a", 1);
    Comment b = top("b", 2);
    AuditEntry first = new AuditEntry(a.id(), T0.plusSeconds(10), mod, ModerationState.APPROVED,
        ModerationState.SPAM, "one");
    store.updateComment(a.withState(ModerationState.SPAM, T0.plusSeconds(10)), first);
    AuditEntry byOther = new AuditEntry(b.id(), T0.plusSeconds(11), other, ModerationState.APPROVED,
        ModerationState.TRASH, "other");
    Comment bTrashed = b.withState(ModerationState.TRASH, T0.plusSeconds(11));
    store.updateComment(bTrashed, byOther);
    AuditEntry second = new AuditEntry(b.id(), T0.plusSeconds(12), mod, ModerationState.TRASH,
        ModerationState.PENDING, "two");
    Comment bPending = bTrashed.withState(ModerationState.PENDING, T0.plusSeconds(12));
    store.updateComment(bPending, second);
    AuditEntry third = new AuditEntry(b.id(), T0.plusSeconds(12), mod, ModerationState.PENDING,
        ModerationState.APPROVED, "three, same millisecond");
    store.updateComment(bPending.withState(ModerationState.APPROVED, T0.plusSeconds(12)), third);

    assertThat(store.auditTrailByActor(mod.key(), 0, 10)).containsExactly(third, second, first);
    assertThat(store.auditTrailByActor(mod.key(), 1, 1)).containsExactly(second);
    assertThat(store.auditTrailByActor(other.key(), 0, 10)).containsExactly(byOther);
    assertThat(store.auditTrailByActor("user:nobody", 0, 10)).isEmpty();
    assertThatThrownBy(() -> store.auditTrailByActor(mod.key(), 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit");
  }

  // Purging

  private Comment trash(Comment c) {
    Comment trashed = c.withState(ModerationState.TRASH, T0.plusSeconds(100));
    store.updateComment(trashed, entry(c, ModerationState.TRASH));
    store.addReport(new Report(c.id(), "user:9", T0.plusSeconds(50), "report"));
    return trashed;
  }

  private static AuditEntry purge(Comment c) {
    return new AuditEntry(c.id(), T0.plusSeconds(200), Actor.SYSTEM, c.state(), ModerationState.PURGED, "purged");
  }

  @Test
  void purgeComment_withoutReplies_deletesItWithItsHistoryRevisionsAndReports() {
    Comment c = top("bye", 1);
    Comment edited = c.withBody(Body.plain("bye!"), T0.plusSeconds(2));
    store.editComment(edited, new Revision(c.id(), T0.plusSeconds(2), Actor.reader(c.author()), c.body()), null);
    Comment trashed = trash(edited);

    assertThat(store.purgeComment(c.id(), trashed.version(), purge(trashed))).isEqualTo(PurgeOutcome.DELETED);

    assertThat(store.findComment(c.id())).isEmpty();
    assertThat(store.commentsOf(POST)).isEmpty();
    assertThat(store.auditTrail(c.id())).isEmpty();
    assertThat(store.revisions(c.id())).isEmpty();
    assertThat(store.reports(c.id())).isEmpty();
    assertThat(store.auditTrailByActor(Actor.moderator(EDITOR).key(), 0, 10)).isEmpty();
    assertThat(store.count(CommentQuery.all())).isZero();
  }

  @Test
  void purgeComment_withReplies_leavesAnErasedTombstone_andKeepsTheReplies() {
    Comment parent = top("rude words", 1);
    Comment reply = insert(newComment(parent, EDITOR, "please be civil", 5));
    Comment trashed = trash(parent);

    assertThat(store.purgeComment(parent.id(), trashed.version(), purge(trashed)))
        .isEqualTo(PurgeOutcome.TOMBSTONED);

    Comment tombstone = store.findComment(parent.id()).orElseThrow();
    assertThat(tombstone).isEqualTo(trashed.toTombstone(T0.plusSeconds(200)));
    assertThat(tombstone.state()).isEqualTo(ModerationState.PURGED);
    assertThat(tombstone.author()).isEqualTo(Comment.ERASED_AUTHOR);
    assertThat(tombstone.body()).isEqualTo(Comment.ERASED_BODY);
    assertThat(tombstone.client()).isEqualTo(ClientInfo.NONE);
    assertThat(store.reports(parent.id())).isEmpty();
    assertThat(store.auditTrail(parent.id())).last().isEqualTo(purge(trashed));
    assertThat(store.findComment(reply.id())).contains(reply);
    assertThat(store.commentsOf(POST)).containsExactly(tombstone, reply);
  }

  @Test
  void purgeComment_ofATombstoneWithReplies_changesNothing_andWithoutRepliesDeletesIt() {
    Comment parent = top("parent", 1);
    Comment reply = insert(newComment(parent, EDITOR, "reply", 5));
    Comment trashed = trash(parent);
    store.purgeComment(parent.id(), trashed.version(), purge(trashed));
    Comment tombstone = store.findComment(parent.id()).orElseThrow();

    assertThat(store.purgeComment(parent.id(), tombstone.version(), purge(tombstone)))
        .isEqualTo(PurgeOutcome.KEPT);
    assertThat(store.findComment(parent.id())).contains(tombstone);
    assertThat(store.auditTrail(parent.id())).hasSize(3);

    Comment trashedReply = trash(reply);
    assertThat(store.purgeComment(reply.id(), trashedReply.version(), purge(trashedReply)))
        .isEqualTo(PurgeOutcome.DELETED);
    assertThat(store.purgeComment(parent.id(), tombstone.version(), purge(tombstone)))
        .isEqualTo(PurgeOutcome.DELETED);
    assertThat(store.commentsOf(POST)).isEmpty();
  }

  @Test
  void purgeComment_ofAStaleVersion_orAnUntrashedComment_orAnUnknownOne_isRefused() {
    Comment c = top("kept", 1);
    Comment trashed = trash(c);

    assertThatThrownBy(() -> store.purgeComment(c.id(), c.version(), purge(trashed)))
        .isInstanceOf(ConcurrentUpdateException.class);
    Comment restored = trashed.withState(ModerationState.APPROVED, T0.plusSeconds(150));
    store.updateComment(restored, new AuditEntry(c.id(), T0.plusSeconds(150), Actor.moderator(EDITOR),
        ModerationState.TRASH, ModerationState.APPROVED, "restored"));
    assertThatThrownBy(() -> store.purgeComment(c.id(), restored.version(), purge(restored)))
        .isInstanceOf(IllegalArgumentException.class);
    AuditEntry ofUnknown = new AuditEntry(CommentId.of(999_999), T0.plusSeconds(200), Actor.SYSTEM,
        ModerationState.TRASH, ModerationState.PURGED, "purged");
    assertThatThrownBy(() -> store.purgeComment(CommentId.of(999_999), 1, ofUnknown))
        .isInstanceOf(NotFoundException.class);
    assertThat(store.findComment(c.id())).contains(restored);
  }

  @Test
  void purgeComment_withAnEntryThatDoesNotRecordThisPurge_isRefused_andChangesNothing() {
    Comment parent = top("parent", 1);
    insert(newComment(parent, EDITOR, "reply", 5));
    Comment trashed = trash(parent);
    AuditEntry ofAnother = new AuditEntry(CommentId.of(999_999), T0.plusSeconds(200), Actor.SYSTEM,
        ModerationState.TRASH, ModerationState.PURGED, "purged");
    AuditEntry notAPurge = new AuditEntry(parent.id(), T0.plusSeconds(200), Actor.SYSTEM,
        ModerationState.TRASH, ModerationState.SPAM, "");

    for (AuditEntry wrong : List.of(ofAnother, notAPurge)) {
      assertThatThrownBy(() -> store.purgeComment(parent.id(), trashed.version(), wrong))
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(store.findComment(parent.id())).contains(trashed);
    assertThat(store.reports(parent.id())).hasSize(1);
    assertThat(store.auditTrail(parent.id())).hasSize(2);
  }

  @Test
  void repliesRacingThePurgeOfTheirParent_landUnderItsTombstone_orAreRefused_neverOrphaned()
      throws Exception {
    for (int round = 0; round < 20; round++) {
      long seconds = round;
      Comment parent = trash(top("about to go", seconds));
      AtomicInteger refused = new AtomicInteger();
      runConcurrently(2, i -> {
        if (i == 0) {
          store.purgeComment(parent.id(), parent.version(), purge(parent));
        } else {
          try {
            insert(newComment(parent, EDITOR, "late reply", seconds + 1));
          } catch (NotFoundException e) {
            refused.incrementAndGet();
          }
        }
      });

      List<Comment> left = store.commentsOf(POST).stream()
          .filter(c -> parent.id().equals(c.id()) || parent.id().equals(c.parentId()))
          .toList();
      if (refused.get() == 1) {
        assertThat(left).isEmpty();
      } else {
        assertThat(left).hasSize(2);
        assertThat(left).extracting(Comment::state)
            .containsOnly(ModerationState.PURGED, ModerationState.APPROVED);
      }
    }
  }

  @Test
  void updateComment_neverMakesOrChangesATombstone() {
    Comment parent = top("parent", 1);
    insert(newComment(parent, EDITOR, "reply", 5));
    Comment trashed = trash(parent);

    assertThatThrownBy(() -> store.updateComment(trashed.toTombstone(T0.plusSeconds(300)), null))
        .isInstanceOf(IllegalArgumentException.class);
    store.purgeComment(parent.id(), trashed.version(), purge(trashed));
    Comment tombstone = store.findComment(parent.id()).orElseThrow();
    assertThatThrownBy(() -> store.updateComment(
            tombstone.toBuilder()
                .state(ModerationState.TRASH)
                .version(tombstone.version() + 1)
                .updatedAt(T0.plusSeconds(400))
                .build(), null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store.findComment(parent.id())).contains(tombstone);
  }

  // The moderation queue

  @Test
  void moderationQueue_holdsPendingCommentsOfEveryPost_oldestFirst_withTheirLatestEntryAndReports() {
    Comment late = insert(Comment.create(store.nextCommentId(), POST, null, Guest.of("Ann", null),
        Body.plain("late"), T0.plusSeconds(30), ModerationState.PENDING, ClientInfo.NONE));
    Comment reported = top("reported", 10);
    Comment onOther = insert(Comment.create(store.nextCommentId(), OTHER, null, Guest.of("Bob", null),
        Body.plain("elsewhere"), T0.plusSeconds(20), ModerationState.PENDING, ClientInfo.NONE));
    insert(Comment.create(store.nextCommentId(), POST, null, Guest.of("Cy", null),
        Body.plain("spam"), T0.plusSeconds(15), ModerationState.SPAM, ClientInfo.NONE));
    top("approved", 5);
    Report first = new Report(reported.id(), "user:1", T0.plusSeconds(40), "rude");
    Report second = new Report(reported.id(), "user:2", T0.plusSeconds(41), "");
    store.addReport(first);
    store.addReport(second);
    AuditEntry held = new AuditEntry(reported.id(), T0.plusSeconds(42), Actor.SYSTEM,
        ModerationState.APPROVED, ModerationState.PENDING, "reported");
    Comment heldComment = reported.withState(ModerationState.PENDING, T0.plusSeconds(42));
    store.updateComment(heldComment, held);

    QueuePage page = store.moderationQueue(0, 10);

    assertThat(page.total()).isEqualTo(3);
    assertThat(page.offset()).isZero();
    assertThat(page.hasMore()).isFalse();
    assertThat(page.items()).extracting(QueueItem::comment).containsExactly(heldComment, onOther, late);
    assertThat(page.items().get(0).heldBy()).isEqualTo(held);
    assertThat(page.items().get(0).reports()).containsExactly(first, second);
    assertThat(page.items().get(1).heldBy()).isEqualTo(created(onOther));
    assertThat(page.items().get(2).reports()).isEmpty();
  }

  @Test
  void moderationQueue_isPaged_andCountsEveryPendingComment() {
    List<Comment> pending = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      pending.add(insert(Comment.create(store.nextCommentId(), POST, null, Guest.of("G" + i, null),
          Body.plain("held " + i), T0.plusSeconds(i % 3), ModerationState.PENDING, ClientInfo.NONE)));
    }
    pending.sort(Comparator.comparing(Comment::createdAt).thenComparing(Comment::id));

    QueuePage second = store.moderationQueue(3, 3);
    QueuePage last = store.moderationQueue(6, 3);

    assertThat(second.items()).extracting(QueueItem::comment).containsExactlyElementsOf(pending.subList(3, 6));
    assertThat(second.total()).isEqualTo(7);
    assertThat(second.hasMore()).isTrue();
    assertThat(last.items()).extracting(QueueItem::comment).containsExactly(pending.get(6));
    assertThat(last.hasMore()).isFalse();
    assertThat(store.moderationQueue(10, 3).items()).isEmpty();
    assertThatThrownBy(() -> store.moderationQueue(-1, 3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.moderationQueue(0, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void moderationQueue_showsTheEntryOfAnEditThatHeldTheComment() {
    Comment c = top("clean", 1);
    Instant t1 = T0.plusSeconds(60);
    Comment edited = c.withBody(Body.plain("now with casino"), t1).toBuilder()
        .state(ModerationState.PENDING)
        .build();
    AuditEntry entry = new AuditEntry(c.id(), t1, Actor.SYSTEM, ModerationState.APPROVED,
        ModerationState.PENDING, "moderation-keyword");
    store.editComment(edited, new Revision(c.id(), t1, Actor.reader(c.author()), c.body()), entry);

    assertThat(store.moderationQueue(0, 5).items()).singleElement()
        .satisfies(item -> {
          assertThat(item.comment()).isEqualTo(edited);
          assertThat(item.heldBy()).isEqualTo(entry);
        });
  }
}
