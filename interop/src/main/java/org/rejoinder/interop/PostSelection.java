package org.rejoinder.interop;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;

/**
 * Which posts an export writes: {@link #all()}, {@link #only(PostId) one}, or those {@link
 * #publishedBetween published} in a range of time. Immutable.
 *
 * @since 0.2.0
 */
public final class PostSelection {
  private static final PostSelection ALL = new PostSelection(null, post -> true, "all posts");

  private final Optional<PostId> only;
  private final Predicate<Post> test;
  private final String description;

  private PostSelection(@Nullable PostId only, Predicate<Post> test, String description) {
    this.only = Optional.ofNullable(only);
    this.test = test;
    this.description = description;
  }

  /** Selects every post. */
  public static PostSelection all() {
    return ALL;
  }

  /** Selects one post. */
  public static PostSelection only(PostId id) {
    requireNonNull(id, "id must not be null");
    return new PostSelection(id, post -> post.id().equals(id), "post " + id);
  }

  /**
   * Selects the posts published at or after {@code from} and before {@code until}.
   *
   * @throws IllegalArgumentException if {@code until} is before {@code from}
   */
  public static PostSelection publishedBetween(Instant from, Instant until) {
    requireNonNull(from, "from must not be null");
    requireNonNull(until, "until must not be null");
    if (until.isBefore(from)) {
      throw new IllegalArgumentException("until must not be before from, but " + until + " is before " + from);
    }
    return new PostSelection(null,
        post -> !post.publishedAt().isBefore(from) && post.publishedAt().isBefore(until),
        "posts published from " + from + " until " + until);
  }

  /** Returns the one post selected, if this selects one. */
  Optional<PostId> single() {
    return only;
  }

  /** Returns whether {@code post} is selected. */
  boolean includes(Post post) {
    return test.test(post);
  }

  @Override
  public String toString() {
    return description;
  }
}
