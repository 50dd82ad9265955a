package org.rejoinder.thread;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.rejoinder.model.Comment;

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
 *   <li><b>Ranked orders</b>, made with {@link #ranked(String, Comparator)}, such as the best
 *       rated first: pages are cut in the order itself, so page 1 holds the first threads by it
 *       (with {@link FirstPage#OLDEST}, the default) or the last ({@link FirstPage#NEWEST}).
 * </ul>
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

  /** Oldest first, then by id: the default, WordPress's "older comments at the top". */
  public static final CommentOrder OLDEST_FIRST = new CommentOrder("oldest-first", BY_TIME, false);

  /** Newest first, then by id descending. */
  public static final CommentOrder NEWEST_FIRST =
      new CommentOrder("newest-first", BY_TIME.reversed(), false);

  private final String name;
  private final Comparator<Comment> comparator;
  private final boolean ranked;

  private CommentOrder(String name, Comparator<Comment> comparator, boolean ranked) {
    this.name = name;
    this.comparator = comparator;
    this.ranked = ranked;
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
    return new CommentOrder(checkName(name), requireNonNull(comparator, "comparator must not be null"), false);
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
    return new CommentOrder(checkName(name), requireNonNull(comparator, "comparator must not be null"), true);
  }

  private static String checkName(String name) {
    requireNonNull(name, "name must not be null");
    checkArgument(
        NAME.matcher(name).matches(),
        "order name must be lower-case letters, digits, '.', '-' or '_' but was %s",
        name);
    checkArgument(
        !name.equals(OLDEST_FIRST.name) && !name.equals(NEWEST_FIRST.name),
        "order name %s is a built-in order's",
        name);
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
