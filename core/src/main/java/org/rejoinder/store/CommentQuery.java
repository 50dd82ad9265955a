package org.rejoinder.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.rejoinder.internal.Checks;
import org.rejoinder.internal.Redaction;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.PostId;

/**
 * A filter over all stored comments, for moderation (flood control, duplicates, first-time
 * commenters, the moderation queue, purging). Every criterion that is set must match; unset ones
 * match everything. Build one with {@link #all()} and the {@code with…} methods.
 *
 * @param postId only this post's comments, or {@code null}
 * @param parentId only replies to this comment, or {@code null}
 * @param topLevelOnly only top-level comments (ignored when {@code parentId} is set)
 * @param states only comments in one of these states; empty for any
 * @param authorKey only comments whose {@link org.rejoinder.model.Author#key()} is this
 * @param authorEmail only comments whose author email is this, ignoring case
 * @param ip only comments sent from this address
 * @param createdFrom only comments created at or after this instant
 * @param updatedBefore only comments last updated strictly before this instant
 * @param bodyText only comments whose body text is exactly this (since 0.2.0)
 * @param newestFirst order by creation time descending instead of ascending (ties by id)
 * @param offset how many matching comments to skip, at least 0
 * @param limit how many to return at most, at least 1
 * @since 0.1.0
 */
public record CommentQuery(
    @Nullable PostId postId,
    @Nullable CommentId parentId,
    boolean topLevelOnly,
    Set<ModerationState> states,
    @Nullable String authorKey,
    @Nullable String authorEmail,
    @Nullable String ip,
    @Nullable Instant createdFrom,
    @Nullable Instant updatedBefore,
    @Nullable String bodyText,
    boolean newestFirst,
    int offset,
    int limit) {

  private static final CommentQuery ALL =
      new CommentQuery(null, null, false, Set.of(), null, null, null, null, null, null, false, 0,
          Integer.MAX_VALUE);

  /**
   * Creates a query.
   *
   * @throws IllegalArgumentException if {@code offset} is negative or {@code limit} is below 1
   */
  public CommentQuery {
    states = states.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(states));
    authorEmail = authorEmail == null ? null : authorEmail.strip().toLowerCase(Locale.ROOT);
    Checks.argumentRange("offset", offset, 0, Integer.MAX_VALUE);
    Checks.argumentRange("limit", limit, 1, Integer.MAX_VALUE);
  }

  /** Returns a query matching every comment, oldest first, unlimited. */
  public static CommentQuery all() {
    return ALL;
  }

  /** Returns a copy restricted to one post. */
  public CommentQuery withPost(PostId id) {
    return new CommentQuery(requireNonNull(id), parentId, topLevelOnly, states, authorKey,
        authorEmail, ip, createdFrom, updatedBefore, bodyText, newestFirst, offset, limit);
  }

  /** Returns a copy restricted to replies to one comment. */
  public CommentQuery withParent(CommentId id) {
    return new CommentQuery(postId, requireNonNull(id), topLevelOnly, states, authorKey,
        authorEmail, ip, createdFrom, updatedBefore, bodyText, newestFirst, offset, limit);
  }

  /** Returns a copy restricted to top-level comments. */
  public CommentQuery withTopLevelOnly() {
    return new CommentQuery(postId, parentId, true, states, authorKey, authorEmail, ip,
        createdFrom, updatedBefore, bodyText, newestFirst, offset, limit);
  }

  /** Returns a copy restricted to the given states. */
  public CommentQuery withStates(ModerationState first, ModerationState... rest) {
    return new CommentQuery(postId, parentId, topLevelOnly, EnumSet.of(first, rest), authorKey,
        authorEmail, ip, createdFrom, updatedBefore, bodyText, newestFirst, offset, limit);
  }

  /** Returns a copy restricted to one author key. */
  public CommentQuery withAuthorKey(String key) {
    return new CommentQuery(postId, parentId, topLevelOnly, states, requireNonNull(key),
        authorEmail, ip, createdFrom, updatedBefore, bodyText, newestFirst, offset, limit);
  }

  /** Returns a copy restricted to one author email address, ignoring case. */
  public CommentQuery withAuthorEmail(String email) {
    return new CommentQuery(postId, parentId, topLevelOnly, states, authorKey,
        requireNonNull(email), ip, createdFrom, updatedBefore, bodyText, newestFirst, offset,
        limit);
  }

  /** Returns a copy restricted to one client IP address. */
  public CommentQuery withIp(String address) {
    return new CommentQuery(postId, parentId, topLevelOnly, states, authorKey, authorEmail,
        requireNonNull(address), createdFrom, updatedBefore, bodyText, newestFirst, offset, limit);
  }

  /** Returns a copy restricted to comments created at or after {@code from}. */
  public CommentQuery withCreatedFrom(Instant from) {
    return new CommentQuery(postId, parentId, topLevelOnly, states, authorKey, authorEmail, ip,
        requireNonNull(from), updatedBefore, bodyText, newestFirst, offset, limit);
  }

  /** Returns a copy restricted to comments last updated before {@code before}. */
  public CommentQuery withUpdatedBefore(Instant before) {
    return new CommentQuery(postId, parentId, topLevelOnly, states, authorKey, authorEmail, ip,
        createdFrom, requireNonNull(before), bodyText, newestFirst, offset, limit);
  }

  /**
   * Returns a copy restricted to comments whose body text is exactly {@code text}, as the
   * duplicate rule asks: a store compares the text itself, so only the matches are read.
   *
   * @since 0.2.0
   */
  public CommentQuery withBodyText(String text) {
    return new CommentQuery(postId, parentId, topLevelOnly, states, authorKey, authorEmail, ip,
        createdFrom, updatedBefore, requireNonNull(text), newestFirst, offset, limit);
  }

  /** Returns a copy ordered newest first. */
  public CommentQuery withNewestFirst() {
    return new CommentQuery(postId, parentId, topLevelOnly, states, authorKey, authorEmail, ip,
        createdFrom, updatedBefore, bodyText, true, offset, limit);
  }

  /** Returns a copy that skips {@code newOffset} matches and returns at most {@code newLimit}. */
  public CommentQuery withPage(int newOffset, int newLimit) {
    return new CommentQuery(postId, parentId, topLevelOnly, states, authorKey, authorEmail, ip,
        createdFrom, updatedBefore, bodyText, newestFirst, newOffset, newLimit);
  }

  /** Returns whether {@code c} matches every criterion (offset and limit aside). */
  public boolean matches(Comment c) {
    return (postId == null || postId.equals(c.postId()))
        && (parentId == null ? !topLevelOnly || c.parentId() == null : parentId.equals(c.parentId()))
        && (states.isEmpty() || states.contains(c.state()))
        && (authorKey == null || authorKey.equals(c.author().key()))
        && (authorEmail == null
            || (c.author().email() != null
                && authorEmail.equals(c.author().email().toLowerCase(Locale.ROOT))))
        && (ip == null || ip.equals(c.client().ip()))
        && (createdFrom == null || !c.createdAt().isBefore(createdFrom))
        && (updatedBefore == null || c.updatedAt().isBefore(updatedBefore))
        && (bodyText == null || bodyText.equals(c.body().text()));
  }

  /** Shows the criteria that are set, with an author key or email address hidden. */
  @Override
  public String toString() {
    StringBuilder shown = new StringBuilder("CommentQuery[");
    if (postId != null) {
      shown.append("post ").append(postId).append(", ");
    }
    if (parentId != null) {
      shown.append("parent ").append(parentId).append(", ");
    } else if (topLevelOnly) {
      shown.append("top level, ");
    }
    if (!states.isEmpty()) {
      shown.append("states ").append(states).append(", ");
    }
    if (authorKey != null) {
      shown.append("author ").append(Redaction.key(authorKey)).append(", ");
    }
    if (authorEmail != null) {
      shown.append("email ").append(Redaction.email(authorEmail)).append(", ");
    }
    if (ip != null) {
      shown.append("ip ").append(Redaction.HIDDEN).append(", ");
    }
    if (createdFrom != null) {
      shown.append("created from ").append(createdFrom).append(", ");
    }
    if (updatedBefore != null) {
      shown.append("updated before ").append(updatedBefore).append(", ");
    }
    if (bodyText != null) {
      shown.append("text of ").append(bodyText.length()).append(" characters, ");
    }
    return shown.append(newestFirst ? "newest first" : "oldest first")
        .append(", offset ").append(offset)
        .append(limit == Integer.MAX_VALUE ? "" : ", limit " + limit)
        .append("]")
        .toString();
  }
}
