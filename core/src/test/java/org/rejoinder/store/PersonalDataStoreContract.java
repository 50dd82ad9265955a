package org.rejoinder.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rejoinder.model.Actor;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Body;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Guest;
import org.rejoinder.model.Mention;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Report;
import org.rejoinder.model.Revision;
import org.rejoinder.model.Vote;
import org.rejoinder.model.VoteDirection;
import org.rejoinder.model.Votes;
import org.rejoinder.subscription.Notification;
import org.rejoinder.subscription.NotificationKind;
import org.rejoinder.subscription.Subscription;

/**
 * A reader's personal data found by address and erased ({@link PersonalDataStore}). A store
 * implementation extends this class and supplies fresh, empty stores with every capability.
 */
public abstract class PersonalDataStoreContract extends StoreContractSupport<CommentStore> {
  private static final Guest ANN = Guest.of("Ann", "Ann@Example.com", "https://ann.example.com");
  private static final Guest BOB = Guest.of("Bob", "bob@example.com");
  private static final Guest ANONYMOUS = Guest.of("Anonymous", null);

  private static final ErasureRecord RECORD = ErasureRecord.started("request-1", "user:admin", T0.plusSeconds(100));

  private PersonalDataStore.Erased erase(String address, int limit) {
    return store.erasePersonalData(address, ANONYMOUS, limit, RECORD);
  }

  private Comment by(Guest who, Comment parent, String text, long seconds) {
    Comment c = newComment(parent, who, text, seconds).toBuilder()
        .client(ClientInfo.of("192.0.2.1", "Agent/1.0")).build();
    return insert(c);
  }

  @Test
  void everythingOfAnAddressIsFound_ignoringCase() {
    Comment first = by(ANN, null, "one", 1);
    by(BOB, first, "two", 2);
    Comment third = by(ANN, first, "three", 3);
    Report report = new Report(first.id(), Actor.reader(ANN).key(), T0.plusSeconds(9), "");
    store.addReport(report);
    Subscription s = Subscription.toPost("ANN@example.com", POST, T0);
    store.insertSubscription(s, List.of());

    assertThat(store.commentsByEmail("ann@EXAMPLE.com", 0, 10)).containsExactly(first, third);
    assertThat(store.commentsByEmail("ann@example.com", 1, 10)).containsExactly(third);
    assertThat(store.reportsBy("email:ann@example.com")).containsExactly(report);
    assertThat(store.subscriptionsOf("ann@example.COM")).containsExactly(s);
  }

  @Test
  void erasure_anonymizesTheAuthorsComments_inBatches_keepingTheThreadsShape() {
    Comment first = by(ANN, null, "one", 1);
    Comment bobs = by(BOB, first, "two", 2);
    Comment third = by(ANN, first, "three", 3);
    Comment fourth = by(ANN, null, "four", 4);

    assertThat(erase("ann@example.com", 2).comments()).isEqualTo(2);
    assertThat(erase("ANN@example.com", 2).comments()).isEqualTo(1);
    assertThat(erase("ann@example.com", 2).comments()).isZero();

    assertThat(store.commentsByEmail("ann@example.com", 0, 10)).isEmpty();
    assertThat(store.find(CommentQuery.all().withAuthorKey(ANN.key()))).isEmpty();
    for (Comment before : List.of(first, third, fourth)) {
      Comment after = store.findComment(before.id()).orElseThrow();
      assertThat(after.author()).isEqualTo(ANONYMOUS);
      assertThat(after.client()).isEqualTo(ClientInfo.NONE);
      assertThat(after.body()).isEqualTo(before.body());
      assertThat(after.createdAt()).isEqualTo(before.createdAt());
      assertThat(after.parentId()).isEqualTo(before.parentId());
      assertThat(after.state()).isEqualTo(before.state());
    }
    assertThat(store.findComment(bobs.id())).contains(bobs);
    assertThat(store.find(CommentQuery.all().withIp("192.0.2.1"))).containsExactly(bobs);
  }

  @Test
  void erasure_forgetsTheReadersReportsActionsEditsSubscriptionsAndMessages() {
    Comment first = by(BOB, null, "one", 1);
    Comment anns = by(ANN, first, "two", 2);
    String key = Actor.reader(ANN).key();
    store.addReport(new Report(first.id(), key, T0.plusSeconds(5), "rude"));
    store.addReport(new Report(first.id(), Actor.reader(BOB).key(), T0.plusSeconds(6), "mine"));
    Comment edited = anns.toBuilder().body(Body.plain("two, edited")).version(anns.version() + 1)
        .state(ModerationState.PENDING).updatedAt(T0.plusSeconds(7)).editedAt(T0.plusSeconds(7)).build();
    store.editComment(edited, new Revision(anns.id(), T0.plusSeconds(7), Actor.reader(ANN), anns.body()),
        new AuditEntry(anns.id(), T0.plusSeconds(7), Actor.reader(ANN), ModerationState.APPROVED,
            ModerationState.PENDING, "edited"));
    Subscription s = Subscription.toReplies("ann@example.com", POST, anns.id(), T0).activated();
    Notification toAnn = Notification.of(NotificationKind.REPLY, "x", "ann@example.com", s.id(), POST, null, T0);
    Notification toBob = Notification.of(NotificationKind.REPLY, "y", "bob@example.com", null, POST, null, T0);
    store.insertSubscription(s, List.of(toAnn, toBob));

    PersonalDataStore.Erased erased = erase("ann@example.com", 10);

    assertThat(erased).isEqualTo(new PersonalDataStore.Erased(1, 1, 1, 1, 0, 0));
    assertThat(store.reportsBy(key)).isEmpty();
    assertThat(store.reports(first.id())).hasSize(2)
        .allSatisfy(r -> assertThat(r.reporterKey()).doesNotContain("ann"));
    assertThat(store.auditTrailByActor(key, 0, 10)).isEmpty();
    assertThat(store.auditTrail(anns.id())).extracting(a -> a.actor().key()).doesNotContain(key);
    assertThat(store.revisions(anns.id())).singleElement()
        .satisfies(r -> assertThat(r.editor().key()).isNull());
    assertThat(store.subscriptionsOf("ann@example.com")).isEmpty();
    assertThat(store.dueNotifications(T0.plusSeconds(60), 10)).containsExactly(toBob);
    assertThat(store.reportsBy(Actor.reader(BOB).key())).hasSize(1);
  }

  @Test
  void aReplacementWithAnAddress_isRefused() {
    assertThatThrownBy(() -> store.erasePersonalData("ann@example.com", BOB, 10, RECORD))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("replacement");
  }

  @Test
  void erasure_reKeysTheReadersVotes_keepingTheCommentsCounts() {
    Comment bobs = by(BOB, null, "one", 1);
    Comment other = by(BOB, null, "two", 2);
    String ann = Actor.reader(ANN).key();
    Vote up = new Vote(bobs.id(), ann, VoteDirection.UP, T0.plusSeconds(5));
    Vote down = new Vote(other.id(), ann, VoteDirection.DOWN, T0.plusSeconds(6));
    store.vote(up);
    store.vote(down);
    store.vote(new Vote(bobs.id(), Actor.reader(BOB).key(), VoteDirection.UP, T0.plusSeconds(7)));
    assertThat(store.votesByVoter(ann)).containsExactly(up, down);

    PersonalDataStore.Erased erased = erase("ann@example.com", 10);

    assertThat(erased.votes()).isEqualTo(2);
    assertThat(store.votesByVoter(ann)).isEmpty();
    assertThat(store.votesBy(ann, POST)).isEmpty();
    assertThat(store.votesOf(bobs.id())).isEqualTo(Votes.of(2, 0));
    assertThat(store.votesOf(other.id())).isEqualTo(Votes.of(0, 1));
    assertThat(store.votes(bobs.id())).hasSize(2)
        .allSatisfy(v -> assertThat(v.voterKey()).doesNotContain("ann"));
    assertThat(store.findComment(bobs.id()).orElseThrow().votes()).isEqualTo(Votes.of(2, 0));
  }

  @Test
  void erasure_dropsMentionsOfTheAnonymizedCommentsByName_andTheirNames() {
    Comment anns = by(ANN, null, "one", 1);
    Comment bobs = insert(newComment(anns, BOB, "@Ann yes", 2).toBuilder()
        .mentions(List.of(Mention.name(anns.id(), "@Ann"), Mention.link(anns.id()))).build());
    assertThat(store.latestByFirstName(POST, "ann", T0.plusSeconds(60))).containsExactly(anns);

    PersonalDataStore.Erased erased = erase("ann@example.com", 10);

    assertThat(erased.mentions()).isEqualTo(1);
    Comment after = store.findComment(bobs.id()).orElseThrow();
    assertThat(after.mentions()).containsExactly(Mention.link(anns.id()));
    assertThat(after.body()).isEqualTo(bobs.body());
    assertThat(store.latestByFirstName(POST, "ann", T0.plusSeconds(60))).isEmpty();
    assertThat(store.latestByFirstName(POST, "anonymous", T0.plusSeconds(60)))
        .extracting(Comment::id).containsExactly(anns.id());
  }

  @Test
  void theRecordOfAnErasure_isStoredWithItsFirstBatch_andSumsItsBatches() {
    by(ANN, null, "one", 1);
    by(ANN, null, "two", 2);
    by(ANN, null, "three", 3);
    store.insertSubscription(Subscription.toPost("ann@example.com", POST, T0), List.of());
    assertThat(store.erasures(0, 10)).isEmpty();

    erase("ann@example.com", 2);
    assertThat(store.erasures(0, 10)).containsExactly(
        new ErasureRecord("request-1", "user:admin", T0.plusSeconds(100), 2, 0, 0, 1, 0, 0));
    erase("ann@example.com", 2);
    assertThat(store.erasures(0, 10)).containsExactly(
        new ErasureRecord("request-1", "user:admin", T0.plusSeconds(100), 3, 0, 0, 1, 0, 0));
  }

  @Test
  void erasures_areListedNewestFirst_inPages_withoutTheAddress() {
    by(ANN, null, "one", 1);
    by(BOB, null, "two", 2);
    for (int i = 1; i <= 3; i++) {
      store.erasePersonalData(i == 2 ? "bob@example.com" : "ann@example.com", ANONYMOUS, 10,
          ErasureRecord.started("r" + i, "user:admin", T0.plusSeconds(100 + (i == 3 ? 1 : 0))));
    }

    assertThat(store.erasures(0, 10)).extracting(ErasureRecord::requestId).containsExactly("r3", "r2", "r1");
    assertThat(store.erasures(1, 1)).extracting(ErasureRecord::requestId).containsExactly("r2");
    assertThat(store.erasures(3, 10)).isEmpty();
    assertThat(store.erasures(0, 10)).extracting(ErasureRecord::comments).containsExactly(0, 1, 1);
    assertThat(store.erasures(0, 10)).allSatisfy(r -> assertThat(r.toString()).doesNotContain("example.com"));
  }
}
