package org.rejoinder.moderation;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.rejoinder.error.InvalidInputException;
import org.rejoinder.error.InvalidInputException.Problem;
import org.rejoinder.internal.Checks;

/**
 * A keyword list that can change while comments arrive, for a {@link KeywordRule}: held in
 * memory ({@link #of}), or kept in a {@link ModerationListStore} so that every application node
 * sharing the store uses the same list ({@link #fromStore}). Safe for use by many threads.
 *
 * <p>A stored list is read from the store at most once every refresh interval ({@link
 * #DEFAULT_REFRESH} unless given): a change made through another node applies here within that
 * interval, and a change made through this list ({@link #replace}) applies here at once. A read
 * that fails throws the store's exception from the use that made it, and the next use tries
 * again.
 *
 * @since 0.2.0
 */
public final class KeywordList {
  /** Which of the two lists of {@link KeywordRule}. */
  public enum Kind {
    /** Keywords that hold a comment, {@link KeywordRule#moderation}. */
    MODERATION,
    /** Keywords that trash a comment or mark it as spam, {@link KeywordRule#disallowed}. */
    DISALLOWED
  }

  /** Most characters in one keyword: {@value}. */
  public static final int MAX_KEYWORD_CHARS = 300;
  /** Most keywords in one list: {@value}. */
  public static final int MAX_KEYWORDS = 10_000;
  /** How long a stored list is used before it is read again, unless told: 30 seconds. */
  public static final Duration DEFAULT_REFRESH = Duration.ofSeconds(30);

  /** The keywords and their case-folded forms, read at one time. */
  record Snapshot(List<String> keywords, List<String> folded) {
    static Snapshot of(List<String> keywords) {
      List<String> folded = new ArrayList<>(keywords.size());
      for (String keyword : keywords) {
        folded.add(Folding.fold(keyword));
      }
      return new Snapshot(List.copyOf(keywords), List.copyOf(folded));
    }
  }

  private final @Nullable ModerationListStore store;
  private final Kind kind;
  private final @Nullable StoreReads reads;
  private volatile Snapshot snapshot;

  private KeywordList(
      @Nullable ModerationListStore store, Kind kind, @Nullable StoreReads reads, List<String> keywords) {
    this.store = store;
    this.kind = kind;
    this.reads = reads;
    this.snapshot = Snapshot.of(keywords);
  }

  /**
   * Returns a list held in memory.
   *
   * @throws InvalidInputException as {@link #checked} does
   */
  public static KeywordList of(Collection<String> keywords) {
    return new KeywordList(null, Kind.MODERATION, null, checked(keywords));
  }

  /** Returns the {@code kind} list kept in {@code store}, read again every {@link #DEFAULT_REFRESH}. */
  public static KeywordList fromStore(ModerationListStore store, Kind kind) {
    return fromStore(store, kind, DEFAULT_REFRESH, Clock.systemUTC());
  }

  /**
   * Returns the {@code kind} list kept in {@code store}. It is read at the first use, then again
   * at the first use {@code refresh} or more after the last read, by {@code clock}.
   *
   * @param refresh how long a read is used; zero reads the store at every use
   * @throws IllegalArgumentException if {@code refresh} is negative
   */
  public static KeywordList fromStore(
      ModerationListStore store, Kind kind, Duration refresh, Clock clock) {
    requireNonNull(store, "store must not be null");
    requireNonNull(kind, "kind must not be null");
    return new KeywordList(store, kind, new StoreReads(refresh, clock), List.of());
  }

  /**
   * Checks and normalises keywords as every list and store keeps them: each trimmed, repeats
   * dropped, in the order given.
   *
   * @throws NullPointerException if the collection or a keyword is null
   * @throws InvalidInputException if a keyword is blank ({@code REQUIRED}), longer than {@value
   *     #MAX_KEYWORD_CHARS} characters or there are more than {@value #MAX_KEYWORDS} ({@code
   *     TOO_LONG}), or a keyword holds a control character or is not well-formed Unicode ({@code
   *     MALFORMED})
   */
  public static List<String> checked(Collection<String> keywords) {
    requireNonNull(keywords, "keywords must not be null");
    Set<String> kept = new LinkedHashSet<>();
    int i = 0;
    for (String keyword : keywords) {
      String field = "keywords[" + i++ + "]";
      requireNonNull(keyword, field + " must not be null");
      String trimmed = Checks.requiredLine(field, keyword, MAX_KEYWORD_CHARS);
      kept.add(trimmed);
    }
    if (kept.size() > MAX_KEYWORDS) {
      throw new InvalidInputException("keywords", Problem.TOO_LONG,
          "A keyword list holds at most " + MAX_KEYWORDS + " keywords");
    }
    return List.copyOf(kept);
  }

  /** Returns the keywords in force: trimmed, without repeats, in the order given. */
  public List<String> keywords() {
    return current().keywords();
  }

  /**
   * Replaces the keywords, in the store for a stored list; this list uses the new ones at once.
   *
   * @throws InvalidInputException as {@link #checked} does; nothing changes
   */
  public void replace(Collection<String> keywords) {
    List<String> checked = checked(keywords);
    if (store == null) {
      snapshot = Snapshot.of(checked);
    } else {
      synchronized (this) {
        store.replaceKeywords(kind, checked);
        requireNonNull(reads).readNow(this::read);
      }
    }
  }

  /** Returns the keywords in force, reading the store first if the last read is too old. */
  Snapshot current() {
    if (reads != null) {
      reads.readIfDue(this, this::read);
    }
    return snapshot;
  }

  private void read() {
    snapshot = Snapshot.of(requireNonNull(store).keywords(kind));
  }

  /** Shows where the list is kept and how many keywords it held at the last read. */
  @Override
  public String toString() {
    return "KeywordList[" + (store == null ? "in memory" : kind + " in " + store.getClass().getSimpleName())
        + ", " + snapshot.keywords().size() + " keywords]";
  }
}
