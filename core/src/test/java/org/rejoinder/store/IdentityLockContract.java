package org.rejoinder.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Guest;

/**
 * A person's turn ({@link IdentityLockStore#serialized}) as {@code Rejoinder} takes it around a
 * new comment: the work runs once, reads the history, stores the comment, and what it stored is
 * kept; its result and its exceptions come back unchanged. What a store that locks adds, that
 * processes sharing it take turns, needs several processes and is checked by the store's own
 * tests. A store implementation extends this class and supplies fresh, empty stores.
 */
public abstract class IdentityLockContract extends StoreContractSupport<CommentStore> {
  private static final Guest ANN = Guest.of("Ann", "ann@example.com");
  private static final List<String> KEYS = List.of("author " + ANN.key(), "email ann@example.com");
  private static final CommentQuery ANNS = CommentQuery.all().withAuthorKey(ANN.key());

  @Test
  void returnsWhatTheWorkReturns_havingRunItOnce() {
    AtomicInteger runs = new AtomicInteger();

    String result = store.serialized(KEYS, () -> "ran " + runs.incrementAndGet());

    assertThat(result).isEqualTo("ran 1");
    assertThat(runs).hasValue(1);
  }

  @Test
  void aCommentStoredInTheSpan_isKept_andTheNextSpanSeesItInTheHistory() {
    Comment stored = store.serialized(KEYS, () -> {
      assertThat(store.count(ANNS)).isZero();
      Comment c = newComment(null, ANN, "Hello", 1);
      store.insertComment(c, created(c));
      assertThat(store.findComment(c.id())).contains(c);
      return c;
    });

    assertThat(store.findComment(stored.id())).contains(stored);
    assertThat(store.serialized(KEYS, () -> store.count(ANNS))).isEqualTo(1);
    assertThat(store.commentsOf(POST)).containsExactly(stored);
  }

  @Test
  void anExceptionOfTheWork_isThrownUnchanged_andTheStoreServesTheNextSpan() {
    IllegalStateException refused = new IllegalStateException("refused");

    assertThatThrownBy(() -> store.serialized(KEYS, () -> {
      store.count(ANNS);
      throw refused;
    })).isSameAs(refused);

    assertThat(store.serialized(KEYS, () -> store.findPost(POST))).isPresent();
  }

  @Test
  void aSpanWithoutKeys_runsTheWork() {
    assertThat(store.serialized(List.of(), () -> store.findPost(OTHER))).isPresent();
  }

  @Test
  void nullKeysOrWork_areRefused() {
    assertThatThrownBy(() -> store.serialized(null, () -> 1))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("identityKeys");
    assertThatThrownBy(() -> store.serialized(KEYS, null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("work");
  }
}
