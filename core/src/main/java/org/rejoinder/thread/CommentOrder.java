package org.rejoinder.thread;

import java.util.Comparator;
import org.rejoinder.model.Comment;

/**
 * The built-in orders of sibling comments. Any {@code Comparator<Comment>} may be used instead;
 * it should end with a tie-break on {@link Comment#id()} so that the order is total.
 *
 * @since 0.1.0
 */
public final class CommentOrder {
  /** Oldest first, then by id. */
  public static final Comparator<Comment> OLDEST_FIRST =
      Comparator.comparing(Comment::createdAt).thenComparing(Comment::id);

  /** Newest first, then by id descending. */
  public static final Comparator<Comment> NEWEST_FIRST = OLDEST_FIRST.reversed();

  private CommentOrder() {}
}
