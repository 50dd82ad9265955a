package org.rejoinder.moderation;

import java.util.List;

/**
 * The capability of keeping bans and keyword lists in a store, so that every application node
 * sharing it enforces the same ones. {@link BanList#fromStore} and {@link KeywordList#fromStore}
 * read through it; the JDBC store has it, and {@link #inMemory()} gives one that lives in memory.
 *
 * <p>It lives beside {@link Ban} rather than in {@code org.rejoinder.store}, because the store
 * package is below this one. It is not part of {@link org.rejoinder.store.CommentStore}, so a
 * store of the application's need not have it.
 *
 * <p>{@code ModerationListStoreContract} in the test-jar of {@code rejoinder-core} checks a store
 * against this interface. Every method is one atomic step.
 *
 * @since 0.2.0
 */
public interface ModerationListStore {

  /** Returns a store that keeps bans and keyword lists in memory, for one process. */
  static ModerationListStore inMemory() {
    return new InMemoryModerationLists();
  }

  /**
   * Returns the stored bans, expired ones included, in the order they were stored (a replaced
   * ban counts as stored anew).
   */
  List<Ban> bans();

  /** Stores a ban, replacing any ban of the same {@link Ban#kind() kind} and value. */
  void putBan(Ban ban);

  /**
   * Lifts the stored ban of the same kind and value as {@code ban}, whatever its decision and
   * end.
   *
   * @return whether there was one
   */
  boolean liftBan(Ban ban);

  /** Returns a keyword list as last replaced, in its order; empty if it never was. */
  List<String> keywords(KeywordList.Kind kind);

  /**
   * Replaces a keyword list as a whole: a reader sees the old list or the new one, never a mix.
   * Stores check the keywords with {@link KeywordList#checked} first.
   *
   * @throws org.rejoinder.error.InvalidInputException if a keyword is blank or too long, or there
   *     are too many (nothing changes)
   */
  void replaceKeywords(KeywordList.Kind kind, List<String> keywords);
}
