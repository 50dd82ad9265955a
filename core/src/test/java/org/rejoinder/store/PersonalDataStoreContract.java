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
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Report;
import org.rejoinder.model.Revision;
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

    assertThat(store.erasePersonalData("ann@example.com", ANONYMOUS, 2).comments()).isEqualTo(2);
    assertThat(store.erasePersonalData("ANN@example.com", ANONYMOUS, 2).comments()).isEqualTo(1);
    assertThat(store.erasePersonalData("ann@example.com", ANONYMOUS, 2).comments()).isZero();

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

    PersonalDataStore.Erased erased = store.erasePersonalData("ann@example.com", ANONYMOUS, 10);

    assertThat(erased).isEqualTo(new PersonalDataStore.Erased(1, 1, 1));
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
    assertThatThrownBy(() -> store.erasePersonalData("ann@example.com", BOB, 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("replacement");
  }
}
