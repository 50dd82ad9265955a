package org.rejoinder.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
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
 * @param link the post's address on the application's site, an http(s) URL of at most {@value
 *     Limits#MAX_LINK_CHARS} characters, or {@code null}; imports match posts by it, exports
 *     write it (since 0.2.0)
 * @param source where the post was imported from, or {@code null} (since 0.2.0)
 * @since 0.1.0
 */
public record Post(
    PostId id,
    String title,
    Author author,
    Instant publishedAt,
    CommentStatus commentStatus,
    @Nullable String link,
    @Nullable SourceId source) {

  /**
   * Creates a post.
   *
   * @throws org.rejoinder.error.InvalidInputException if the title is blank or too long, or the
   *     link is not an http(s) URL or too long
   */
  public Post {
    requireNonNull(id, "id must not be null");
    title = Checks.requiredLine("title", title, Limits.MAX_TITLE_CHARS);
    requireNonNull(author, "author must not be null");
    publishedAt = requireNonNull(publishedAt, "publishedAt must not be null")
        .truncatedTo(ChronoUnit.MILLIS);
    requireNonNull(commentStatus, "commentStatus must not be null");
    link = Checks.optionalWebUrl("link", link, Limits.MAX_LINK_CHARS);
  }

  /**
   * Creates a post without a link or a source.
   *
   * @throws org.rejoinder.error.InvalidInputException if the title is blank or too long
   */
  public Post(
      PostId id, String title, Author author, Instant publishedAt, CommentStatus commentStatus) {
    this(id, title, author, publishedAt, commentStatus, null, null);
  }

  /** Returns an open post. */
  public static Post of(PostId id, String title, Author author, Instant publishedAt) {
    return new Post(id, title, author, publishedAt, CommentStatus.OPEN);
  }

  /**
   * Returns a builder for a post, with no value set except the defaults: open, no link, no
   * source.
   *
   * @since 0.2.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding every value of this post, to make a changed copy.
   *
   * @since 0.2.0
   */
  public Builder toBuilder() {
    return new Builder()
        .id(id)
        .title(title)
        .author(author)
        .publishedAt(publishedAt)
        .commentStatus(commentStatus)
        .link(link)
        .source(source);
  }

  /** Returns this post with another comment status. */
  public Post withCommentStatus(CommentStatus status) {
    return toBuilder().commentStatus(status).build();
  }

  /** Returns whether the post takes comments at {@code now}. */
  public boolean acceptsCommentsAt(Instant now) {
    return commentStatus.isOpen(publishedAt, now);
  }

  /** Returns whether {@code candidate} is this post's author. */
  public boolean isAuthor(Author candidate) {
    return author.key().equals(candidate.key());
  }

  /**
   * Builds a {@link Post} by name. A setting given twice replaces the earlier value. The id,
   * title, author and publication time have no default.
   *
   * @since 0.2.0
   */
  public static final class Builder {
    private @Nullable PostId id;
    private @Nullable String title;
    private @Nullable Author author;
    private @Nullable Instant publishedAt;
    private CommentStatus commentStatus = CommentStatus.OPEN;
    private @Nullable String link;
    private @Nullable SourceId source;

    private Builder() {}

    /** Sets the post's id. No default. */
    public Builder id(PostId id) {
      this.id = requireNonNull(id, "id must not be null");
      return this;
    }

    /** Sets the title. No default. */
    public Builder title(String title) {
      this.title = requireNonNull(title, "title must not be null");
      return this;
    }

    /** Sets the post's author. No default. */
    public Builder author(Author author) {
      this.author = requireNonNull(author, "author must not be null");
      return this;
    }

    /** Sets when it was published. No default. */
    public Builder publishedAt(Instant publishedAt) {
      this.publishedAt = requireNonNull(publishedAt, "publishedAt must not be null");
      return this;
    }

    /** Sets whether it takes comments. Default: {@link CommentStatus#OPEN}. */
    public Builder commentStatus(CommentStatus commentStatus) {
      this.commentStatus = requireNonNull(commentStatus, "commentStatus must not be null");
      return this;
    }

    /** Sets its address on the site, {@code null} for none. Default: {@code null}. */
    public Builder link(@Nullable String link) {
      this.link = link;
      return this;
    }

    /** Sets where it was imported from, {@code null} for nowhere. Default: {@code null}. */
    public Builder source(@Nullable SourceId source) {
      this.source = source;
      return this;
    }

    /**
     * Returns the post.
     *
     * @throws NullPointerException if the id, title, author or publication time is missing
     * @throws org.rejoinder.error.InvalidInputException if a value is invalid (see {@link
     *     Post#Post})
     */
    public Post build() {
      return new Post(
          requireNonNull(id, "id must not be null"),
          requireNonNull(title, "title must not be null"),
          requireNonNull(author, "author must not be null"),
          requireNonNull(publishedAt, "publishedAt must not be null"),
          commentStatus,
          link,
          source);
    }
  }
}
