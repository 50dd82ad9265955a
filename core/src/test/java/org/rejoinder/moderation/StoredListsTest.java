package org.rejoinder.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rejoinder.moderation.Fixture.T0;
import static org.rejoinder.testing.Comments.guest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.rejoinder.error.InvalidInputException;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.testing.MutableClock;

/**
 * Ban and keyword lists kept in a store, as two application nodes sharing it see them: a change
 * applies at once on the node that made it, and on the other once its last read is a refresh
 * interval old.
 */
class StoredListsTest {
  private static final Duration REFRESH = Duration.ofSeconds(30);

  private final Fixture f = new Fixture();
  private final MutableClock clock = MutableClock.at("2024-05-01T12:00:00Z");
  private final AtomicInteger reads = new AtomicInteger();
  private final ModerationListStore shared = counting(ModerationListStore.inMemory());

  private ModerationListStore counting(ModerationListStore store) {
    return new ModerationListStore() {
      @Override
      public List<Ban> bans() {
        reads.incrementAndGet();
        return store.bans();
      }

      @Override
      public void putBan(Ban ban) {
        store.putBan(ban);
      }

      @Override
      public boolean liftBan(Ban ban) {
        return store.liftBan(ban);
      }

      @Override
      public List<String> keywords(KeywordList.Kind kind) {
        reads.incrementAndGet();
        return store.keywords(kind);
      }

      @Override
      public void replaceKeywords(KeywordList.Kind kind, List<String> keywords) {
        store.replaceKeywords(kind, keywords);
      }
    };
  }

  private Verdict from(BanRule rule, String name) {
    return rule.evaluate(f.submission(guest(name), "hello", ClientInfo.of("192.0.2.1", null), clock.instant()));
  }

  @Test
  void aBanAddedOnOneNode_appliesThereAtOnce_andOnTheOtherAfterTheRefresh() {
    BanList first = BanList.fromStore(shared, REFRESH, clock);
    BanList second = BanList.fromStore(shared, REFRESH, clock);
    BanRule onFirst = new BanRule(first);
    BanRule onSecond = new BanRule(second);
    assertThat(from(onSecond, "Spammer")).isEqualTo(Verdict.APPROVED); // read now, nobody banned

    first.add(Ban.author(guest("Spammer")).rejecting());

    assertThat(from(onFirst, "Spammer").decision()).isEqualTo(Decision.REJECT);
    clock.advance(REFRESH.minusMillis(1));
    assertThat(from(onSecond, "Spammer")).isEqualTo(Verdict.APPROVED);
    clock.advance(Duration.ofMillis(1));
    assertThat(from(onSecond, "Spammer").decision()).isEqualTo(Decision.REJECT);
    assertThat(second.bans()).containsExactly(Ban.author(guest("Spammer")).rejecting());
  }

  @Test
  void aBanLiftedOnOneNode_stopsThereAtOnce_andOnTheOtherAfterTheRefresh() {
    BanList first = BanList.fromStore(shared, REFRESH, clock);
    BanList second = BanList.fromStore(shared, REFRESH, clock);
    first.add(Ban.author(guest("Spammer")));
    assertThat(from(new BanRule(second), "Spammer").decision()).isEqualTo(Decision.SPAM);

    assertThat(first.remove(Ban.author(guest("Spammer")))).isTrue();

    assertThat(from(new BanRule(first), "Spammer")).isEqualTo(Verdict.APPROVED);
    assertThat(from(new BanRule(second), "Spammer").decision()).isEqualTo(Decision.SPAM);
    clock.advance(REFRESH);
    assertThat(from(new BanRule(second), "Spammer")).isEqualTo(Verdict.APPROVED);
    assertThat(first.remove(Ban.author(guest("Spammer")))).isFalse();
  }

  @Test
  void aStoredList_readsTheStoreAtMostOncePerRefresh_whateverTheTraffic() {
    BanRule rule = new BanRule(BanList.fromStore(shared, REFRESH, clock));

    for (int i = 0; i < 100; i++) {
      from(rule, "Ann");
      clock.advance(Duration.ofMillis(100)); // 10 s in all
    }

    assertThat(reads).hasValue(1);
    clock.advance(REFRESH);
    from(rule, "Ann");
    assertThat(reads).hasValue(2);
  }

  @Test
  void aZeroRefresh_readsTheStoreEachTime() {
    BanList list = BanList.fromStore(shared, Duration.ZERO, clock);
    BanList other = BanList.fromStore(shared, Duration.ZERO, clock);
    assertThat(list.bans()).isEmpty();

    other.add(Ban.ip("192.0.2.0/24"));

    assertThat(list.bans()).containsExactly(Ban.ip("192.0.2.0/24"));
  }

  @Test
  void refreshIntervals_areChecked() {
    assertThatThrownBy(() -> BanList.fromStore(shared, Duration.ofSeconds(-1), clock))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("refresh");
    assertThatThrownBy(() -> KeywordList.fromStore(shared, KeywordList.Kind.MODERATION, Duration.ofSeconds(-1), clock))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("refresh");
    assertThat(BanList.DEFAULT_REFRESH).isEqualTo(Duration.ofSeconds(30));
    assertThat(KeywordList.DEFAULT_REFRESH).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void keywordsReplacedOnOneNode_applyThereAtOnce_andOnTheOtherAfterTheRefresh() {
    KeywordList first = KeywordList.fromStore(shared, KeywordList.Kind.DISALLOWED, REFRESH, clock);
    KeywordList second = KeywordList.fromStore(shared, KeywordList.Kind.DISALLOWED, REFRESH, clock);
    KeywordRule onFirst = KeywordRule.disallowed(first, Decision.SPAM);
    KeywordRule onSecond = KeywordRule.disallowed(second, Decision.SPAM);
    assertThat(judge(onSecond, "cheap essays")).isEqualTo(Verdict.APPROVED);

    first.replace(List.of("Cheap Essays"));

    assertThat(judge(onFirst, "buy CHEAP ESSAYS").decision()).isEqualTo(Decision.SPAM);
    assertThat(judge(onSecond, "buy CHEAP ESSAYS")).isEqualTo(Verdict.APPROVED);
    clock.advance(REFRESH);
    assertThat(judge(onSecond, "buy CHEAP ESSAYS").decision()).isEqualTo(Decision.SPAM);
    assertThat(onSecond.keywords()).containsExactly("Cheap Essays");
    assertThat(KeywordList.fromStore(shared, KeywordList.Kind.MODERATION).keywords()).isEmpty();
  }

  @Test
  void aPolicy_overStoredLists_enforcesWhatTheStoreHolds() {
    BanList bans = BanList.fromStore(shared, REFRESH, clock);
    KeywordList held = KeywordList.fromStore(shared, KeywordList.Kind.MODERATION, REFRESH, clock);
    ModerationPolicy policy = ModerationPolicy.builder().bans(bans).moderationKeywords(held).build();
    bans.add(Ban.ip("192.0.2.0/24").rejecting());
    held.replace(List.of("casino"));

    assertThat(policy.evaluate(f.submission(guest("Ann"), "hello", ClientInfo.of("192.0.2.9", null), T0)).decision())
        .isEqualTo(Decision.REJECT);
    assertThat(policy.evaluate(f.submission(guest("Ann"), "casino", ClientInfo.of("198.51.100.1", null), T0)).decision())
        .isEqualTo(Decision.HOLD);
  }

  @Test
  void badKeywords_throw_andTheStoredListStaysAsItWas() {
    KeywordList list = KeywordList.fromStore(shared, KeywordList.Kind.MODERATION, REFRESH, clock);
    list.replace(List.of("casino"));
    List<String> withBlank = new ArrayList<>(List.of("poker", " "));

    assertThatThrownBy(() -> list.replace(withBlank)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> list.replace(List.of("p".repeat(KeywordList.MAX_KEYWORD_CHARS + 1))))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> KeywordList.of(withBlank)).isInstanceOf(InvalidInputException.class);

    assertThat(list.keywords()).containsExactly("casino");
    assertThat(shared.keywords(KeywordList.Kind.MODERATION)).containsExactly("casino");
  }

  @Test
  void aKeywordListInMemory_changesForItsRulesAtOnce() {
    KeywordList list = KeywordList.of(List.of("casino"));
    KeywordRule rule = KeywordRule.moderation(list);
    assertThat(judge(rule, "poker night").decision()).isEqualTo(Decision.APPROVE);

    list.replace(List.of(" poker ", "poker"));

    assertThat(judge(rule, "poker night").decision()).isEqualTo(Decision.HOLD);
    assertThat(rule.keywords()).containsExactly("poker");
  }

  private Verdict judge(KeywordRule rule, String text) {
    return rule.evaluate(f.submission(guest("Ann"), text, ClientInfo.NONE, clock.instant()));
  }
}
