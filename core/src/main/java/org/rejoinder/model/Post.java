package org.rejoinder.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.rejoinder.internal.Checks;

/**
 * A post that comments belong to. Rejoinder keeps only what the discussion needs; the post's
 * content stays in the application.
 *
 * @param id the application's id for the post
 * @param title the title, trimmed, 1 to {@value Limits#MAX_TITLE_CHARS} characters, shown in
 *     "N responses to “Title”"
 * @param author the post's author, whose comments are marked as the post author's
 * @param publishedAt when the post was published (kept to the millisecond)
 * @param commentStatus whether the post takes comments
 * @since 0.1.0
 */
public record Post(
    PostId id, String title, Author author, Instant publishedAt, CommentStatus commentStatus) {

  /**
   * Creates a post.
   *
   * @throws org.rejoinder.error.InvalidInputException if the title is blank or too long
   */
  public Post {
    requireNonNull(id, "id must not be null");
    title = Checks.requiredLine("title", title, Limits.MAX_TITLE_CHARS);
    requireNonNull(author, "author must not be null");
    publishedAt = requireNonNull(publishedAt, "publishedAt must not be null")
        .truncatedTo(ChronoUnit.MILLIS);
    requireNonNull(commentStatus, "commentStatus must not be null");
  }

  /** Returns an open post. */
  public static Post of(PostId id, String title, Author author, Instant publishedAt) {
    return new Post(id, title, author, publishedAt, CommentStatus.OPEN);
  }

  /** Returns this post with another comment status. */
  public Post withCommentStatus(CommentStatus status) {
    return new Post(id, title, author, publishedAt, status);
  }

  /** Returns whether the post takes comments at {@code now}. */
  public boolean acceptsCommentsAt(Instant now) {
    return commentStatus.isOpen(publishedAt, now);
  }

  /** Returns whether {@code candidate} is this post's author. */
  public boolean isAuthor(Author candidate) {
    return author.key().equals(candidate.key());
  }
}
