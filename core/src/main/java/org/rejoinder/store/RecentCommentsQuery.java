package org.rejoinder.store;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.Set;
import org.rejoinder.internal.Checks;
import org.rejoinder.model.PostId;

/**
 * Which approved comments a "recent comments" list shows, newest first: of every post or of some,
 * leaving out posts the application hides (drafts, private posts) and, if asked, posts that no
 * longer take comments. Build one with {@link #all()} and the {@code with…} methods.
 *
 * @param posts only comments of these posts; empty for every post
 * @param excludedPosts never comments of these posts
 * @param openPostsOnly only comments of posts that take comments at the time the list is read
 *     ({@link org.rejoinder.model.Post#acceptsCommentsAt})
 * @param offset how many comments to skip, at least 0
 * @param limit how many to return at most, 1 to {@value #MAX_LIMIT}
 * @since 0.2.0
 */
public record RecentCommentsQuery(
    Set<PostId> posts, Set<PostId> excludedPosts, boolean openPostsOnly, int offset, int limit) {

  /** The number of comments a query returns unless told otherwise: {@value}. */
  public static final int DEFAULT_LIMIT = 20;
  /** The most comments one query returns: {@value}. */
  public static final int MAX_LIMIT = 1_000;

  private static final RecentCommentsQuery ALL =
      new RecentCommentsQuery(Set.of(), Set.of(), false, 0, DEFAULT_LIMIT);

  /**
   * Creates a query.
   *
   * @throws IllegalArgumentException if {@code offset} is negative or {@code limit} is out of
   *     range
   */
  public RecentCommentsQuery {
    posts = Set.copyOf(requireNonNull(posts, "posts must not be null"));
    excludedPosts = Set.copyOf(requireNonNull(excludedPosts, "excludedPosts must not be null"));
    Checks.argumentRange("offset", offset, 0, Integer.MAX_VALUE);
    Checks.argumentRange("limit", limit, 1, MAX_LIMIT);
  }

  /**
   * Returns a query for the newest {@value #DEFAULT_LIMIT} approved comments of every post, closed
   * ones included.
   */
  public static RecentCommentsQuery all() {
    return ALL;
  }

  /** Returns a copy restricted to the comments of {@code newPosts}; empty for every post. */
  public RecentCommentsQuery withPosts(Collection<PostId> newPosts) {
    return new RecentCommentsQuery(
        Set.copyOf(newPosts), excludedPosts, openPostsOnly, offset, limit);
  }

  /** Returns a copy that leaves out the comments of {@code hidden}, such as unpublished posts. */
  public RecentCommentsQuery withExcludedPosts(Collection<PostId> hidden) {
    return new RecentCommentsQuery(posts, Set.copyOf(hidden), openPostsOnly, offset, limit);
  }

  /**
   * Returns a copy that leaves out, or keeps, the comments of posts that no longer take comments
   * (closed, or past their {@code closesAfterDays}). Default: kept.
   */
  public RecentCommentsQuery withOpenPostsOnly(boolean openOnly) {
    return new RecentCommentsQuery(posts, excludedPosts, openOnly, offset, limit);
  }

  /**
   * Returns a copy that skips {@code newOffset} comments and returns at most {@code newLimit}.
   *
   * @throws IllegalArgumentException if {@code newOffset} is negative or {@code newLimit} is not
   *     from 1 to {@value #MAX_LIMIT}
   */
  public RecentCommentsQuery withPage(int newOffset, int newLimit) {
    return new RecentCommentsQuery(posts, excludedPosts, openPostsOnly, newOffset, newLimit);
  }
}
