package org.rejoinder.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoinder.error.InvalidInputException;
import org.rejoinder.moderation.Ban;
import org.rejoinder.moderation.Decision;
import org.rejoinder.moderation.KeywordList;
import org.rejoinder.moderation.ModerationListStore;
import org.rejoinder.testing.Concurrency;

/**
 * {@link ModerationListStore}: bans stored, replaced by kind and value, lifted, their ends kept;
 * keyword lists replaced whole, and bad input refused without a change. A store with the
 * capability extends this class and supplies fresh, empty stores; the in-memory lists and the
 * JDBC store both run it.
 */
public abstract class ModerationListStoreContract {
  private static final Instant END = Instant.parse("2031-03-04T05:06:07.123Z");
  private static final Instant PAST = Instant.parse("2020-01-02T03:04:05.678Z");

  protected ModerationListStore store;

  /** Returns a new, empty store. */
  protected abstract ModerationListStore newStore() throws Exception;

  /** Releases what {@link #newStore()} opened. */
  protected void closeStore(ModerationListStore store) throws Exception {}

  @BeforeEach
  void openStore() throws Exception {
    store = newStore();
  }

  @AfterEach
  void close() throws Exception {
    closeStore(store);
  }

  @Test
  void aNewStore_hasNoBans_andEmptyKeywordLists() {
    assertThat(store.bans()).isEmpty();
    assertThat(store.keywords(KeywordList.Kind.MODERATION)).isEmpty();
    assertThat(store.keywords(KeywordList.Kind.DISALLOWED)).isEmpty();
  }

  @Test
  void putBan_keepsEveryKind_withItsDecisionAndEnd_inTheOrderStored() {
    Ban author = new Ban(Ban.Kind.AUTHOR, "email:spam@example.com", Decision.SPAM, null);
    Ban email = Ban.email("Seo@Example.BIZ").rejecting().until(END);
    Ban range = Ban.ip("2001:db8::/32").until(END);
    Ban address = Ban.ip("192.0.2.7").rejecting();

    store.putBan(author);
    store.putBan(email);
    store.putBan(range);
    store.putBan(address);

    assertThat(store.bans()).containsExactly(author, email, range, address);
    assertThat(store.bans().get(1).value()).isEqualTo("seo@example.biz");
    assertThat(store.bans().get(1).expiresAt()).isEqualTo(END);
  }

  @Test
  void putBan_ofTheSameKindAndValue_replacesTheBan_asStoredAnew() {
    Ban first = Ban.email("ann@example.com");
    Ban other = Ban.ip("192.0.2.0/24");
    store.putBan(first);
    store.putBan(other);

    Ban stricter = Ban.email("ANN@example.com").rejecting().until(END);
    store.putBan(stricter);

    assertThat(store.bans()).containsExactly(other, stricter);
  }

  @Test
  void theSameValue_underAnotherKind_isAnotherBan() {
    Ban asAuthor = new Ban(Ban.Kind.AUTHOR, "ann@example.com", Decision.SPAM, null);
    Ban asEmail = Ban.email("ann@example.com");

    store.putBan(asAuthor);
    store.putBan(asEmail);

    assertThat(store.bans()).containsExactly(asAuthor, asEmail);
  }

  @Test
  void liftBan_removesTheBanOfThatKindAndValue_whateverItsDecisionAndEnd() {
    store.putBan(Ban.email("ann@example.com").rejecting().until(END));
    Ban kept = Ban.ip("192.0.2.7");
    store.putBan(kept);

    assertThat(store.liftBan(Ban.email("Ann@Example.com"))).isTrue();
    assertThat(store.bans()).containsExactly(kept);
    assertThat(store.liftBan(Ban.email("ann@example.com"))).isFalse();
    assertThat(store.liftBan(new Ban(Ban.Kind.AUTHOR, "192.0.2.7", Decision.SPAM, null))).isFalse();
    assertThat(store.bans()).containsExactly(kept);
  }

  @Test
  void anExpiredBan_isKept_untilLifted() {
    Ban expired = Ban.ip("198.51.100.0/24").until(PAST);

    store.putBan(expired);

    assertThat(store.bans()).containsExactly(expired);
    assertThat(store.bans().get(0).isActiveAt(Instant.now())).isFalse();
  }

  @Test
  void aNullBan_isRefused_andNothingIsStored() {
    assertThatThrownBy(() -> store.putBan(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> store.liftBan(null)).isInstanceOf(NullPointerException.class);

    assertThat(store.bans()).isEmpty();
  }

  @Test
  void replaceKeywords_replacesTheWholeList_trimmedWithoutRepeats_andLeavesTheOtherList() {
    store.replaceKeywords(KeywordList.Kind.DISALLOWED, List.of("viagra"));
    store.replaceKeywords(KeywordList.Kind.MODERATION, List.of("casino", " poker ", "Straße", "casino", "🎰"));

    assertThat(store.keywords(KeywordList.Kind.MODERATION)).containsExactly("casino", "poker", "Straße", "🎰");

    store.replaceKeywords(KeywordList.Kind.MODERATION, List.of("bingo", "casino"));

    assertThat(store.keywords(KeywordList.Kind.MODERATION)).containsExactly("bingo", "casino");
    assertThat(store.keywords(KeywordList.Kind.DISALLOWED)).containsExactly("viagra");

    store.replaceKeywords(KeywordList.Kind.MODERATION, List.of());

    assertThat(store.keywords(KeywordList.Kind.MODERATION)).isEmpty();
    assertThat(store.keywords(KeywordList.Kind.DISALLOWED)).containsExactly("viagra");
  }

  @Test
  void aLongList_ofTheLongestKeywords_isKeptWhole() {
    List<String> keywords = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      String prefix = i + "-";
      keywords.add(prefix + "k".repeat(KeywordList.MAX_KEYWORD_CHARS - prefix.length()));
    }

    store.replaceKeywords(KeywordList.Kind.DISALLOWED, keywords);

    assertThat(store.keywords(KeywordList.Kind.DISALLOWED)).isEqualTo(keywords);
  }

  @Test
  void badKeywords_areRefused_andTheListStaysAsItWas() {
    store.replaceKeywords(KeywordList.Kind.MODERATION, List.of("casino"));

    assertThatThrownBy(() -> store.replaceKeywords(KeywordList.Kind.MODERATION, List.of("poker", "  ")))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.field()).isEqualTo("keywords[1]");
          assertThat(e.problem()).isEqualTo(InvalidInputException.Problem.REQUIRED);
        });
    assertThatThrownBy(() -> store.replaceKeywords(KeywordList.Kind.MODERATION,
            List.of("poker", "x".repeat(KeywordList.MAX_KEYWORD_CHARS + 1))))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.problem()).isEqualTo(InvalidInputException.Problem.TOO_LONG));
    assertThatThrownBy(() -> store.replaceKeywords(KeywordList.Kind.MODERATION, List.of("bad\u0000word")))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> store.replaceKeywords(KeywordList.Kind.MODERATION, List.of("half " + (char) 0xD83C)))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.problem()).isEqualTo(InvalidInputException.Problem.MALFORMED));
    List<String> tooMany = new ArrayList<>();
    for (int i = 0; i <= KeywordList.MAX_KEYWORDS; i++) {
      tooMany.add("k" + i);
    }
    assertThatThrownBy(() -> store.replaceKeywords(KeywordList.Kind.MODERATION, tooMany))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(String.valueOf(KeywordList.MAX_KEYWORDS));
    assertThatThrownBy(() -> store.replaceKeywords(KeywordList.Kind.MODERATION, Arrays.asList("poker", null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("keywords[1]");
    assertThatThrownBy(() -> store.replaceKeywords(KeywordList.Kind.MODERATION, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> store.replaceKeywords(null, List.of("poker")))
        .isInstanceOf(NullPointerException.class);

    assertThat(store.keywords(KeywordList.Kind.MODERATION)).containsExactly("casino");
    assertThat(store.keywords(KeywordList.Kind.DISALLOWED)).isEmpty();
  }

  @Test
  void aReader_seesTheOldListOrTheNewOne_neverAMix() throws Exception {
    List<String> odd = new ArrayList<>();
    List<String> even = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      odd.add("odd" + i);
      even.add("even" + i);
    }
    store.replaceKeywords(KeywordList.Kind.DISALLOWED, odd);
    AtomicBoolean writing = new AtomicBoolean(true);
    List<List<String>> mixed = Collections.synchronizedList(new ArrayList<>());

    Concurrency.runConcurrently(3, thread -> {
      if (thread == 0) {
        for (int round = 0; round < 30; round++) {
          store.replaceKeywords(KeywordList.Kind.DISALLOWED, round % 2 == 0 ? even : odd);
        }
        writing.set(false);
      } else {
        while (writing.get()) {
          List<String> read = store.keywords(KeywordList.Kind.DISALLOWED);
          if (!read.equals(odd) && !read.equals(even)) {
            mixed.add(read);
          }
        }
      }
    });

    assertThat(mixed).isEmpty();
    assertThat(store.keywords(KeywordList.Kind.DISALLOWED)).isEqualTo(odd);
  }

  @Test
  void concurrentWriters_ofOneBanAndOneList_takeTurns_andLeaveOneBanAndOneWholeList() throws Exception {
    Concurrency.runConcurrently(4, thread -> {
      for (int round = 0; round < 10; round++) {
        Ban ban = Ban.ip("203.0.113.0/24").until(END.plusSeconds(thread));
        store.putBan(thread % 2 == 0 ? ban : ban.rejecting());
        store.replaceKeywords(KeywordList.Kind.MODERATION, List.of("t" + thread, "r" + round));
      }
    });

    assertThat(store.bans()).singleElement()
        .satisfies(ban -> assertThat(ban.value()).isEqualTo("203.0.113.0/24"));
    List<String> last = store.keywords(KeywordList.Kind.MODERATION);
    assertThat(last).hasSize(2);
    assertThat(last.get(0)).matches("t[0-3]");
    assertThat(last.get(1)).isEqualTo("r9");
  }
}
