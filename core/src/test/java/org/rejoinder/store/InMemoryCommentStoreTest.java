package org.rejoinder.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.rejoinder.model.Actor;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Body;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Guest;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Role;

class InMemoryCommentStoreTest extends CommentStoreContract {
  @Override
  protected CommentStore newStore() {
    return new InMemoryCommentStore();
  }

  /** The indexes by author, email and IP follow purging: erased data is not found again. */
  @Nested
  class Indexes extends StoreContractSupport<InMemoryCommentStore> {
    @Override
    protected InMemoryCommentStore newStore() {
      return new InMemoryCommentStore();
    }

    @Test
    void queriesByAuthorEmailOrIp_findNoPurgedComment_andFindTheTombstoneByItsErasedAuthor() {
      Guest ann = Guest.of("Ann", "Ann@Example.com");
      ClientInfo annsIp = ClientInfo.of("192.0.2.7", null);
      Comment parent = insert(Comment.create(store.nextCommentId(), POST, null, ann, Body.plain("rude"),
          T0.plusSeconds(1), ModerationState.APPROVED, annsIp));
      Comment leaf = insert(Comment.create(store.nextCommentId(), POST, null, ann, Body.plain("ruder"),
          T0.plusSeconds(2), ModerationState.APPROVED, annsIp));
      Comment kept = insert(Comment.create(store.nextCommentId(), POST, null, ann, Body.plain("sorry"),
          T0.plusSeconds(3), ModerationState.APPROVED, annsIp));
      insert(newComment(parent, EDITOR, "please be civil", 4));

      Comment tombstone = purge(parent);
      purge(leaf);

      assertThat(store.find(CommentQuery.all().withAuthorKey(ann.key()))).containsExactly(kept);
      assertThat(store.find(CommentQuery.all().withAuthorEmail("ann@example.com"))).containsExactly(kept);
      assertThat(store.find(CommentQuery.all().withIp("192.0.2.7"))).containsExactly(kept);
      assertThat(store.find(CommentQuery.all().withAuthorKey(Comment.ERASED_AUTHOR.key())))
          .containsExactly(tombstone);
    }

    private Comment purge(Comment c) {
      Comment trashed = c.withState(ModerationState.TRASH, T0.plusSeconds(100));
      store.updateComment(trashed,
          new AuditEntry(c.id(), T0.plusSeconds(100), Actor.SYSTEM, c.state(), ModerationState.TRASH, "trash"));
      store.purgeComment(c.id(), trashed.version(),
          new AuditEntry(c.id(), T0.plusSeconds(200), Actor.SYSTEM, ModerationState.TRASH, ModerationState.PURGED, "purged"));
      return store.findComment(c.id()).orElse(trashed);
    }
  }

  /** Comments are kept compactly; what a read returns equals what was stored all the same. */
  @Nested
  class CompactRows extends StoreContractSupport<InMemoryCommentStore> {
    @Override
    protected InMemoryCommentStore newStore() {
      return new InMemoryCommentStore();
    }

    @Test
    void aCommentCreatedTooFarFrom1970ForMillisecondsInALong_readsBackEqual() {
      Instant far = Instant.MAX.minusSeconds(1);
      Comment c = Comment.create(store.nextCommentId(), POST, null, Guest.of("Ann", null),
          Body.plain("from the far future"), far, ModerationState.APPROVED, ClientInfo.NONE);
      insert(c);

      assertThat(store.findComment(c.id())).contains(c);
      assertThat(store.auditTrail(c.id())).containsExactly(created(c));
    }

    @Test
    void aTrailWhoseFirstEntryIsNotTheCreation_readsBackInTheOrderRecorded() {
      Comment c = Comment.create(store.nextCommentId(), POST, null, Guest.of("Ann", null),
          Body.plain("held"), T0, ModerationState.PENDING, ClientInfo.NONE);
      AuditEntry late = new AuditEntry(c.id(), T0.plusSeconds(3), Actor.SYSTEM, null,
          ModerationState.PENDING, "held for review");
      store.insertComment(c, late);
      Comment approved = c.withState(ModerationState.APPROVED, T0.plusSeconds(9));
      AuditEntry approval = new AuditEntry(c.id(), T0.plusSeconds(9), new Actor("user:ed", Role.MODERATOR),
          ModerationState.PENDING, ModerationState.APPROVED, "fine");
      store.updateComment(approved, approval);

      assertThat(store.findComment(c.id())).contains(approved);
      assertThat(store.auditTrail(c.id())).containsExactly(late, approval);
      assertThat(store.auditTrailByActor("user:ed", 0, 10)).containsExactly(approval);
    }

    @Test
    void commentsOfOnePerson_readBackWithTheAuthorAndClientTheyWereStoredWith() {
      Guest ann = Guest.of("Ann", "ann@example.com");
      Guest annRenamed = Guest.of("Ann B.", "ann@example.com");
      Comment first = insert(newComment(null, ann, "one", 1));
      Comment second = insert(newComment(null, annRenamed, "two", 2));
      Comment third = insert(Comment.create(store.nextCommentId(), POST, first.id(), ann,
          Body.plain("three"), T0.plusSeconds(3), ModerationState.APPROVED,
          ClientInfo.of("192.0.2.1", "Browser/1.0")));

      assertThat(store.commentsOf(POST)).containsExactly(first, second, third);
      assertThat(store.find(CommentQuery.all().withAuthorKey(ann.key()).withNewestFirst()))
          .isEqualTo(List.of(third, second, first));
    }
  }
}
