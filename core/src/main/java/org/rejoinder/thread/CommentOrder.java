package org.rejoinder.thread;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Votes;

/**
 * An order of comments with a stable name: how siblings are sorted, and how a thread's top-level
 * comments are cut into pages. The name lets a store recognise an order it can page by itself
 * (see {@link ThreadPageRequest#order()}); the comparator sorts.
 *
 * <p>Two kinds of order:
 *
 * <ul>
 *   <li><b>Time orders</b>, WordPress's: {@link #OLDEST_FIRST}, {@link #NEWEST_FIRST}, and any
 *       made with {@link #of(String, Comparator)}. Pages are cut chronologically, {@link
 *       ThreadOptions#perPage()} threads at a time from the oldest, {@link
 *       ThreadOptions#firstPage()} says which end is page 1, and the order sorts the threads
 *       within each page.
 *   <li><b>Ranked orders</b>: the built-in {@link #BEST}, {@link #TOP}, {@link
 *       #CONTROVERSIAL} and {@link #HOT}, which rank by votes ({@link Votes}), and any made with
 *       {@link #ranked(String, Comparator)} or {@link #rankedBy(String, ToDoubleFunction)}: pages
 *       are cut in the order itself, so page 1 holds the first threads by it (with {@link
 *       FirstPage#OLDEST}, the default) or the last ({@link FirstPage#NEWEST}).
 * </ul>
 *
 * <p>Every built-in order is total: ties are broken by creation time (older first) and then by
 * id, so a page holds the same threads at every read. Whatever the order, a comment keeps its
 * {@linkplain ThreadNode#number() number}, which follows time. The JDBC store pages the built-in
 * orders from indexes; the in-memory store and {@link CommentThread#assemble} give the same
 * pages.
 *
 * <p>A comparator should end with a tie-break on {@link Comment#id()}, so that the order is
 * total and pages are the same at every read. Orders are immutable and safe to share; two orders
 * are equal when they have the same name, kind and comparator.
 *
 * @since 0.1.0
 */
public final class CommentOrder {
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
  private static final Comparator<Comment> BY_TIME =
      Comparator.comparing(Comment::createdAt).thenComparing(Comment::id);
  private static final Set<String> RESERVED =
      Set.of("oldest-first", "newest-first", "best", "top", "controversial", "hot");

  /** Oldest first, then by id: the default, WordPress's "older comments at the top". */
  public static final CommentOrder OLDEST_FIRST =
      new CommentOrder("oldest-first", BY_TIME, false, null);

  /** Newest first, then by id descending. */
  public static final CommentOrder NEWEST_FIRST =
      new CommentOrder("newest-first", BY_TIME.reversed(), false, null);

  /**
   * The best first, as Reddit ranks comments: by the lower bound of the Wilson score interval of
   * the share of up votes at 80 % confidence ({@link Votes#best()}), highest first. A ranked
   * order named {@code "best"}.
   *
   * @since 0.2.0
   */
  public static final CommentOrder BEST = builtInRanking("best", c -> c.votes().best());

  /**
   * The highest score first: ups minus downs ({@link Votes#score()}). A ranked order named
   * {@code "top"}.
   *
   * @since 0.2.0
   */
  public static final CommentOrder TOP = builtInRanking("top", c -> c.votes().score());

  /**
   * The most controversial first, Reddit's: many votes, evenly split ({@link
   * Votes#controversy()}). A ranked order named {@code "controversial"}.
   *
   * @since 0.2.0
   */
  public static final CommentOrder CONTROVERSIAL =
      builtInRanking("controversial", c -> c.votes().controversy());

  /**
   * The hottest first: the score's order of magnitude plus the age, so newer comments rise
   * unless older ones earn far more votes ({@link Votes#hot}, Reddit's formula). The rank does
   * not change with the time of reading. A ranked order named {@code "hot"}.
   *
   * @since 0.2.0
   */
  public static final CommentOrder HOT =
      builtInRanking("hot", c -> c.votes().hot(c.createdAt()));

  private static final List<CommentOrder> BUILT_IN =
      List.of(OLDEST_FIRST, NEWEST_FIRST, BEST, TOP, CONTROVERSIAL, HOT);

  private final String name;
  private final Comparator<Comment> comparator;
  private final boolean ranked;
  private final @Nullable ToDoubleFunction<Comment> score;

  private CommentOrder(
      String name,
      Comparator<Comment> comparator,
      boolean ranked,
      @Nullable ToDoubleFunction<Comment> score) {
    this.name = name;
    this.comparator = comparator;
    this.ranked = ranked;
    this.score = score;
  }

  private static CommentOrder builtInRanking(String name, ToDoubleFunction<Comment> score) {
    return new CommentOrder(name, byScore(score), true, score);
  }

  /** Highest score first, then older first, then by id. */
  private static Comparator<Comment> byScore(ToDoubleFunction<Comment> score) {
    return Comparator.comparingDouble(score).reversed().thenComparing(BY_TIME);
  }

  /**
   * Returns a time order: pages are cut chronologically, as with the built-in orders, and {@code
   * comparator} sorts the threads within a page and the replies under one parent.
   *
   * @param name a stable name: lower-case letters, digits, {@code .}, {@code -} or {@code _}, at
   *     most 64 characters, and not one of the built-in orders' names
   * @param comparator the order, ending with a tie-break on the id
   * @throws IllegalArgumentException if the name is malformed or is a built-in order's
   * @since 0.2.0
   */
  public static CommentOrder of(String name, Comparator<Comment> comparator) {
    return new CommentOrder(
        checkName(name), requireNonNull(comparator, "comparator must not be null"), false, null);
  }

  /**
   * Returns a ranked order: pages are cut in this order (page 1 holds the first threads by it),
   * not chronologically. Stores that cannot page by it read the post's comments and cut the
   * page in memory.
   *
   * @param name a stable name, as for {@link #of(String, Comparator)}
   * @param comparator the order, ending with a tie-break on the id
   * @throws IllegalArgumentException if the name is malformed or is a built-in order's
   * @since 0.2.0
   */
  public static CommentOrder ranked(String name, Comparator<Comment> comparator) {
    return new CommentOrder(
        checkName(name), requireNonNull(comparator, "comparator must not be null"), true, null);
  }

  /**
   * Returns a ranked order by a score: the highest first, ties broken by creation time (older
   * first) and then by id, as the built-in ranked orders are. Assembly computes each comment's
   * score once, so a costly score sorts as fast as a stored one.
   *
   * @param name a stable name, as for {@link #of(String, Comparator)}
   * @param score a comment's score; a pure function of the comment, never NaN
   * @throws IllegalArgumentException if the name is malformed or is a built-in order's
   * @since 0.2.0
   */
  public static CommentOrder rankedBy(String name, ToDoubleFunction<Comment> score) {
    requireNonNull(score, "score must not be null");
    return new CommentOrder(checkName(name), byScore(score), true, score);
  }

  /**
   * Returns the built-in orders: {@link #OLDEST_FIRST}, {@link #NEWEST_FIRST}, {@link #BEST},
   * {@link #TOP}, {@link #CONTROVERSIAL} and {@link #HOT}, in that order.
   *
   * @since 0.2.0
   */
  public static List<CommentOrder> builtIns() {
    return BUILT_IN;
  }

  /**
   * Returns the built-in order of this name, such as {@code "best"}: what a sort selector's link
   * or a reader's saved preference names. Empty for any other name, for the application to
   * answer as it likes (a default order, or a 400).
   *
   * @since 0.2.0
   */
  public static Optional<CommentOrder> builtIn(String name) {
    requireNonNull(name, "name must not be null");
    for (CommentOrder order : BUILT_IN) {
      if (order.name.equals(name)) {
        return Optional.of(order);
      }
    }
    return Optional.empty();
  }

  private static String checkName(String name) {
    requireNonNull(name, "name must not be null");
    checkArgument(
        NAME.matcher(name).matches(),
        "order name must be lower-case letters, digits, '.', '-' or '_' but was %s",
        name);
    checkArgument(!RESERVED.contains(name), "order name %s is a built-in order's", name);
    return name;
  }

  /**
   * Returns the order's stable name, such as {@code "oldest-first"}.
   *
   * @since 0.2.0
   */
  public String name() {
    return name;
  }

  /**
   * Returns the comparator that sorts comments in this order.
   *
   * @since 0.2.0
   */
  public Comparator<Comment> comparator() {
    return comparator;
  }

  /**
   * Returns whether pages of top-level threads are cut chronologically ({@code true} for the time
   * orders) rather than in this order ({@code false} for {@link #ranked ranked} orders).
   *
   * @since 0.2.0
   */
  public boolean pagesByTime() {
    return !ranked;
  }

  /**
   * Returns the order in which top-level threads are cut into pages: oldest first, then by id,
   * for a time order; this order for a ranked one. Page 1 holds the first threads in it, or the
   * last with {@link FirstPage#NEWEST}.
   *
   * @since 0.2.0
   */
  public Comparator<Comment> pageOrder() {
    return ranked ? comparator : BY_TIME;
  }

  /**
   * Returns the score this order ranks by, highest first, for an order made with {@link
   * #rankedBy} or a built-in ranked one; {@code null} for the others.
   */
  @Nullable ToDoubleFunction<Comment> score() {
    return score;
  }

  /** Returns whether this order is one of the {@link #builtIns() built-in} ones. */
  boolean isBuiltIn() {
    return BUILT_IN.contains(this);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof CommentOrder o
        && name.equals(o.name)
        && ranked == o.ranked
        && comparator.equals(o.comparator);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, ranked, comparator);
  }

  @Override
  public String toString() {
    return "CommentOrder[" + name + (ranked ? ", ranked" : "") + "]";
  }
}
