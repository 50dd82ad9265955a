package org.rejoinder.thread;

import static java.util.Objects.requireNonNull;

import org.rejoinder.internal.Checks;

/**
 * How a post's comments are laid out: threaded or flat, how deep replies nest, in which order,
 * and how many top-level threads go on a page. Immutable; start from {@link #defaults()} and
 * change what you need with the {@code with…} methods, which return copies:
 *
 * <pre>{@code
 * ThreadOptions options = ThreadOptions.defaults()
 *     .withMaxDepth(3)
 *     .withOrder(CommentOrder.NEWEST_FIRST)
 *     .withPerPage(20)
 *     .withFirstPage(FirstPage.NEWEST);
 * }</pre>
 *
 * @param threaded whether replies nest under their parents (default {@code true}); when {@code
 *     false} every comment is listed at depth 1 in {@link #order()} and replies say whom they
 *     answer
 * @param maxDepth the deepest nesting level shown, {@value #MIN_DEPTH_LIMIT} to {@value
 *     #MAX_DEPTH_LIMIT} (default {@value #DEFAULT_MAX_DEPTH}); replies below it are shown at this
 *     level, after their parent, and comments at this level have no Reply link
 * @param order the order of top-level comments, and of all comments when not threaded, which
 *     also says how pages are cut (default {@link CommentOrder#OLDEST_FIRST})
 * @param replyOrder the order of replies under one parent (default {@link
 *     CommentOrder#OLDEST_FIRST})
 * @param perPage top-level threads per page, at least 1 (default {@value #DEFAULT_PER_PAGE});
 *     {@link Integer#MAX_VALUE} for one page
 * @param firstPage which threads page 1 holds (default {@link FirstPage#OLDEST})
 * @since 0.1.0
 */
public record ThreadOptions(
    boolean threaded,
    int maxDepth,
    CommentOrder order,
    CommentOrder replyOrder,
    int perPage,
    FirstPage firstPage) {

  /** The default nesting depth, WordPress's: {@value}. */
  public static final int DEFAULT_MAX_DEPTH = 5;
  /** The shallowest nesting allowed when threaded, WordPress's: {@value}. */
  public static final int MIN_DEPTH_LIMIT = 2;
  /** The deepest nesting allowed, WordPress's: {@value}. */
  public static final int MAX_DEPTH_LIMIT = 10;
  /** The default number of top-level threads per page, WordPress's: {@value}. */
  public static final int DEFAULT_PER_PAGE = 50;

  /** The defaults: threaded, 5 deep, oldest first, 50 threads a page, oldest page first. */
  public static final ThreadOptions DEFAULTS =
      new ThreadOptions(
          true,
          DEFAULT_MAX_DEPTH,
          CommentOrder.OLDEST_FIRST,
          CommentOrder.OLDEST_FIRST,
          DEFAULT_PER_PAGE,
          FirstPage.OLDEST);

  /**
   * Creates options.
   *
   * @throws IllegalArgumentException if {@code maxDepth} or {@code perPage} is out of range
   */
  public ThreadOptions {
    Checks.argumentRange("maxDepth", maxDepth, MIN_DEPTH_LIMIT, MAX_DEPTH_LIMIT);
    requireNonNull(order, "order must not be null");
    requireNonNull(replyOrder, "replyOrder must not be null");
    Checks.argumentRange("perPage", perPage, 1, Integer.MAX_VALUE);
    requireNonNull(firstPage, "firstPage must not be null");
  }

  /**
   * Returns the defaults, {@link #DEFAULTS}: threaded, {@value #DEFAULT_MAX_DEPTH} levels deep,
   * oldest first at both levels, {@value #DEFAULT_PER_PAGE} threads a page, page 1 the oldest.
   */
  public static ThreadOptions defaults() {
    return DEFAULTS;
  }

  /** Returns a copy that is threaded or flat. Default: threaded. */
  public ThreadOptions withThreaded(boolean newThreaded) {
    return new ThreadOptions(newThreaded, maxDepth, order, replyOrder, perPage, firstPage);
  }

  /**
   * Returns a copy with another maximum depth, {@value #MIN_DEPTH_LIMIT} to {@value
   * #MAX_DEPTH_LIMIT}. Default: {@value #DEFAULT_MAX_DEPTH}.
   *
   * @throws IllegalArgumentException if out of range
   */
  public ThreadOptions withMaxDepth(int newMaxDepth) {
    return new ThreadOptions(threaded, newMaxDepth, order, replyOrder, perPage, firstPage);
  }

  /**
   * Returns a copy with another order of top-level comments (of all comments when flat), which
   * also decides how pages are cut (see {@link CommentOrder}). Default: {@link
   * CommentOrder#OLDEST_FIRST}.
   */
  public ThreadOptions withOrder(CommentOrder newOrder) {
    return new ThreadOptions(threaded, maxDepth, newOrder, replyOrder, perPage, firstPage);
  }

  /** Returns a copy with another order of replies. Default: {@link CommentOrder#OLDEST_FIRST}. */
  public ThreadOptions withReplyOrder(CommentOrder newReplyOrder) {
    return new ThreadOptions(threaded, maxDepth, order, newReplyOrder, perPage, firstPage);
  }

  /**
   * Returns a copy that sorts top-level threads and replies alike by {@code sort}: what a
   * reader's choice in a sort selector sets. The same as {@code withOrder(sort).withReplyOrder(sort)}.
   *
   * @since 0.2.0
   */
  public ThreadOptions withSort(CommentOrder sort) {
    return new ThreadOptions(threaded, maxDepth, sort, sort, perPage, firstPage);
  }

  /**
   * Returns a copy with another page size, at least 1. Default: {@value #DEFAULT_PER_PAGE}.
   *
   * @throws IllegalArgumentException if below 1
   */
  public ThreadOptions withPerPage(int newPerPage) {
    return new ThreadOptions(threaded, maxDepth, order, replyOrder, newPerPage, firstPage);
  }

  /** Returns a copy that shows every thread on one page. Default: paged. */
  public ThreadOptions unpaged() {
    return withPerPage(Integer.MAX_VALUE);
  }

  /**
   * Returns a copy whose page 1 holds the oldest or the newest threads (for a ranked order, the
   * first or the last by it). Default: {@link FirstPage#OLDEST}.
   */
  public ThreadOptions withFirstPage(FirstPage newFirstPage) {
    return new ThreadOptions(threaded, maxDepth, order, replyOrder, perPage, newFirstPage);
  }
}
