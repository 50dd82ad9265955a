package org.rejoinder.moderation;

import static java.util.Objects.requireNonNull;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link ModerationListStore#inMemory()}: bans and keyword lists behind one lock. */
final class InMemoryModerationLists implements ModerationListStore {
  private record Key(Ban.Kind kind, String value) {}

  private final Map<Key, Ban> bans = new LinkedHashMap<>();
  private final Map<KeywordList.Kind, List<String>> keywords = new EnumMap<>(KeywordList.Kind.class);

  @Override
  public synchronized List<Ban> bans() {
    return List.copyOf(bans.values());
  }

  @Override
  public synchronized void putBan(Ban ban) {
    requireNonNull(ban, "ban must not be null");
    Key key = new Key(ban.kind(), ban.value());
    bans.remove(key);
    bans.put(key, ban);
  }

  @Override
  public synchronized boolean liftBan(Ban ban) {
    requireNonNull(ban, "ban must not be null");
    return bans.remove(new Key(ban.kind(), ban.value())) != null;
  }

  @Override
  public synchronized List<String> keywords(KeywordList.Kind kind) {
    requireNonNull(kind, "kind must not be null");
    return keywords.getOrDefault(kind, List.of());
  }

  @Override
  public void replaceKeywords(KeywordList.Kind kind, List<String> keywords) {
    requireNonNull(kind, "kind must not be null");
    List<String> checked = KeywordList.checked(keywords);
    synchronized (this) {
      this.keywords.put(kind, checked);
    }
  }

  @Override
  public synchronized String toString() {
    return "InMemoryModerationLists[" + bans.size() + " bans]";
  }
}
