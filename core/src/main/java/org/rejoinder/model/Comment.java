package org.rejoinder.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * A stored comment: who wrote what, where, when, and where it stands in moderation.
 *
 * <p>Comments are immutable; a change of state or text makes a new value with the next {@link
 * #version()}, which stores use to detect concurrent updates. Times are kept to the millisecond.
 *
 * <p>A {@link ModerationState#PURGED} comment is a tombstone: its author is {@link
 * #ERASED_AUTHOR}, its body {@link #ERASED_BODY} and its client {@link ClientInfo#NONE}, so that
 * nothing of what was written, or by whom, survives the purge. Only its place in the thread
 * (id, post, parent, creation time) remains.
 *
 * @param id the comment's id
 * @param postId the post it belongs to
 * @param parentId the comment it replies to, or {@code null} for a top-level comment
 * @param author who wrote it
 * @param body what they wrote
 * @param createdAt when it was posted
 * @param state where it stands in moderation
 * @param version 1 when created, one more with each update
 * @param client where it came from; never shown
 * @param updatedAt when its state or body last changed (equal to {@code createdAt} until then)
 * @param editedAt when its body was last edited, or {@code null} if never
 * @since 0.1.0
 */
public record Comment(
    CommentId id,
    PostId postId,
    @Nullable CommentId parentId,
    Author author,
    Body body,
    Instant createdAt,
    ModerationState state,
    long version,
    ClientInfo client,
    Instant updatedAt,
    @Nullable Instant editedAt) {

  /** The author of every tombstone: a guest named {@code "[deleted]"} without email or website. */
  public static final Author ERASED_AUTHOR = new Guest("[deleted]", null, null);
  /** The body of every tombstone: {@code "[deleted]"} in plain text. */
  public static final Body ERASED_BODY = Body.plain("[deleted]");

  /**
   * Creates a comment; use {@link #create} for a new one.
   *
   * @throws IllegalArgumentException if the comment replies to itself, the version is below 1, or
   *     a {@link ModerationState#PURGED} comment keeps an author, a body or client information
   *     other than the erased ones
   */
  public Comment {
    requireNonNull(id, "id must not be null");
    requireNonNull(postId, "postId must not be null");
    checkArgument(!id.equals(parentId), "A comment cannot reply to itself but %s does", id);
    requireNonNull(author, "author must not be null");
    requireNonNull(body, "body must not be null");
    createdAt = requireNonNull(createdAt, "createdAt must not be null").truncatedTo(ChronoUnit.MILLIS);
    requireNonNull(state, "state must not be null");
    checkArgument(version >= 1, "version must be at least 1 but was %s", version);
    requireNonNull(client, "client must not be null");
    updatedAt = requireNonNull(updatedAt, "updatedAt must not be null").truncatedTo(ChronoUnit.MILLIS);
    editedAt = editedAt == null ? null : editedAt.truncatedTo(ChronoUnit.MILLIS);
    checkArgument(
        state != ModerationState.PURGED
            || (author.equals(ERASED_AUTHOR) && body.equals(ERASED_BODY) && client.equals(ClientInfo.NONE)),
        "A purged comment keeps no author, text or client information, but %s does",
        id);
  }

  /** Returns a new comment, at version 1, not yet edited. */
  public static Comment create(
      CommentId id,
      PostId postId,
      @Nullable CommentId parentId,
      Author author,
      Body body,
      Instant createdAt,
      ModerationState state,
      ClientInfo client) {
    return new Comment(id, postId, parentId, author, body, createdAt, state, 1, client, createdAt, null);
  }

  /** Returns whether this comment replies to another. */
  public boolean isReply() {
    return parentId != null;
  }

  /** Returns the next version of this comment in another state. */
  public Comment withState(ModerationState newState, Instant at) {
    return new Comment(
        id, postId, parentId, author, body, createdAt, newState, version + 1, client, at, editedAt);
  }

  /**
   * Returns the next version of this comment as a tombstone: {@link ModerationState#PURGED}, with
   * the author, body and client information erased and no edit time, keeping only its id, post,
   * parent and creation time.
   */
  public Comment toTombstone(Instant at) {
    return new Comment(
        id, postId, parentId, ERASED_AUTHOR, ERASED_BODY, createdAt, ModerationState.PURGED,
        version + 1, ClientInfo.NONE, at, null);
  }

  /** Returns the next version of this comment with an edited body. */
  public Comment withBody(Body newBody, Instant at) {
    return new Comment(
        id, postId, parentId, author, newBody, createdAt, state, version + 1, client, at, at);
  }
}
