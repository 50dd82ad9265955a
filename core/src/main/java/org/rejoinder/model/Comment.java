package org.rejoinder.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
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
 * <p>Three values belong to the conversation around a comment rather than to what was written:
 * its {@link #votes()}, which stores count from readers' votes and keep in the same transaction
 * (a comment given to a store with other counts is stored with the store's); whether a moderator
 * {@link #pinned()} it; and the other comments its text refers to ({@link #mentions()}), found
 * when it is posted or edited.
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
 * @param votes its vote counts (since 0.2.0)
 * @param pinned whether a moderator pinned it, which only a top-level comment can be (since
 *     0.2.0)
 * @param mentions the comments of the same post its text refers to, in the order found, at most
 *     {@value Limits#MAX_MENTIONS} (since 0.2.0)
 * @param type what kind of response it is: a comment, a pingback or a trackback (since 0.2.0)
 * @param source where it was imported from, or {@code null} if it was written here (since 0.2.0)
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
    @Nullable Instant editedAt,
    Votes votes,
    boolean pinned,
    List<Mention> mentions,
    CommentType type,
    @Nullable SourceId source) {

  /** The author of every tombstone: a guest named {@code "[deleted]"} without email or website. */
  public static final Author ERASED_AUTHOR = new Guest("[deleted]", null, null);
  /** The body of every tombstone: {@code "[deleted]"} in plain text. */
  public static final Body ERASED_BODY = Body.plain("[deleted]");

  /**
   * Creates a comment; use {@link #create} for a new one, or {@link #builder()} to name every
   * value.
   *
   * @throws IllegalArgumentException if the comment replies to itself, the version is below 1, a
   *     reply is pinned, there are more than {@value Limits#MAX_MENTIONS} mentions, or a {@link
   *     ModerationState#PURGED} comment keeps an author, a body, client information, mentions, a
   *     pin or votes
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
    requireNonNull(votes, "votes must not be null");
    checkArgument(!pinned || parentId == null, "Only a top-level comment can be pinned, not %s", id);
    mentions = List.copyOf(requireNonNull(mentions, "mentions must not be null"));
    checkArgument(
        mentions.size() <= Limits.MAX_MENTIONS,
        "A comment has at most %s mentions but %s has %s",
        Limits.MAX_MENTIONS, id, mentions.size());
    requireNonNull(type, "type must not be null");
    checkArgument(
        state != ModerationState.PURGED
            || (author.equals(ERASED_AUTHOR)
                && body.equals(ERASED_BODY)
                && client.equals(ClientInfo.NONE)
                && mentions.isEmpty()
                && !pinned
                && votes.equals(Votes.NONE)),
        "A purged comment keeps no author, text, client information, mentions, pin or votes, but %s"
            + " does",
        id);
  }

  /**
   * Creates a comment without votes, pin or mentions, of type {@link CommentType#COMMENT} and
   * written here: the shape of 0.1.
   *
   * @throws IllegalArgumentException as the canonical constructor does
   */
  public Comment(
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
    this(id, postId, parentId, author, body, createdAt, state, version, client, updatedAt,
        editedAt, Votes.NONE, false, List.of(), CommentType.COMMENT, null);
  }

  /**
   * Returns a builder for a comment, with no value set except the defaults: version 1, {@link
   * ClientInfo#NONE}, updated when created, never edited, a {@link CommentType#COMMENT} with no
   * source. Stores use it to rebuild comments they
   * read; {@link #create} is shorter for a new one.
   *
   * @since 0.2.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding every value of this comment, to make a changed copy.
   *
   * @since 0.2.0
   */
  public Builder toBuilder() {
    return new Builder()
        .id(id)
        .postId(postId)
        .parentId(parentId)
        .author(author)
        .body(body)
        .createdAt(createdAt)
        .state(state)
        .version(version)
        .client(client)
        .updatedAt(updatedAt)
        .editedAt(editedAt)
        .votes(votes)
        .pinned(pinned)
        .mentions(mentions)
        .type(type)
        .source(source);
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
    return builder()
        .id(id)
        .postId(postId)
        .parentId(parentId)
        .author(author)
        .body(body)
        .createdAt(createdAt)
        .state(state)
        .client(client)
        .build();
  }

  /**
   * Returns whether this is a pingback or a trackback rather than a comment a person wrote.
   *
   * @since 0.2.0
   */
  public boolean isPing() {
    return type.isPing();
  }

  /** Returns whether this comment replies to another. */
  public boolean isReply() {
    return parentId != null;
  }

  /** Returns the next version of this comment in another state. */
  public Comment withState(ModerationState newState, Instant at) {
    return toBuilder().state(newState).version(version + 1).updatedAt(at).build();
  }

  /**
   * Returns the next version of this comment, pinned or not; its state, text and update time
   * stay.
   *
   * @throws IllegalArgumentException if a reply is to be pinned
   * @since 0.2.0
   */
  public Comment withPinned(boolean newPinned) {
    return toBuilder().pinned(newPinned).version(version + 1).build();
  }

  /**
   * Returns this comment with other vote counts, at the same version: counts change with readers'
   * votes, not with the comment.
   *
   * @since 0.2.0
   */
  public Comment withVotes(Votes newVotes) {
    return toBuilder().votes(newVotes).build();
  }

  /**
   * Returns the next version of this comment as a tombstone: {@link ModerationState#PURGED}, with
   * the author, body, client information, mentions and votes erased, no pin and no edit time,
   * keeping only its id, post, parent, creation time, type and source.
   */
  public Comment toTombstone(Instant at) {
    return toBuilder()
        .author(ERASED_AUTHOR)
        .body(ERASED_BODY)
        .state(ModerationState.PURGED)
        .version(version + 1)
        .client(ClientInfo.NONE)
        .updatedAt(at)
        .editedAt(null)
        .pinned(false)
        .mentions(List.of())
        .votes(Votes.NONE)
        .build();
  }

  /**
   * Returns the next version of this comment with an edited body; its mentions stay until given
   * with {@link Builder#mentions}.
   */
  public Comment withBody(Body newBody, Instant at) {
    return toBuilder().body(newBody).version(version + 1).updatedAt(at).editedAt(at).build();
  }

  /**
   * Builds a {@link Comment} by name rather than by position. A setting given twice replaces the
   * earlier value. {@link #build()} checks the values as the constructor does; the id, post,
   * author, body, creation time and state have no default.
   *
   * @since 0.2.0
   */
  public static final class Builder {
    private @Nullable CommentId id;
    private @Nullable PostId postId;
    private @Nullable CommentId parentId;
    private @Nullable Author author;
    private @Nullable Body body;
    private @Nullable Instant createdAt;
    private @Nullable ModerationState state;
    private long version = 1;
    private ClientInfo client = ClientInfo.NONE;
    private @Nullable Instant updatedAt;
    private @Nullable Instant editedAt;
    private Votes votes = Votes.NONE;
    private boolean pinned;
    private List<Mention> mentions = List.of();
    private CommentType type = CommentType.COMMENT;
    private @Nullable SourceId source;

    private Builder() {}

    /** Sets the comment's id. No default. */
    public Builder id(CommentId id) {
      this.id = requireNonNull(id, "id must not be null");
      return this;
    }

    /** Sets the post it belongs to. No default. */
    public Builder postId(PostId postId) {
      this.postId = requireNonNull(postId, "postId must not be null");
      return this;
    }

    /** Sets the comment it replies to, {@code null} for a top-level comment. Default: {@code null}. */
    public Builder parentId(@Nullable CommentId parentId) {
      this.parentId = parentId;
      return this;
    }

    /** Sets who wrote it. No default. */
    public Builder author(Author author) {
      this.author = requireNonNull(author, "author must not be null");
      return this;
    }

    /** Sets what they wrote. No default. */
    public Builder body(Body body) {
      this.body = requireNonNull(body, "body must not be null");
      return this;
    }

    /** Sets when it was posted. No default. */
    public Builder createdAt(Instant createdAt) {
      this.createdAt = requireNonNull(createdAt, "createdAt must not be null");
      return this;
    }

    /** Sets where it stands in moderation. No default. */
    public Builder state(ModerationState state) {
      this.state = requireNonNull(state, "state must not be null");
      return this;
    }

    /** Sets its version, at least 1. Default: 1. */
    public Builder version(long version) {
      this.version = version;
      return this;
    }

    /** Sets where it came from. Default: {@link ClientInfo#NONE}. */
    public Builder client(ClientInfo client) {
      this.client = requireNonNull(client, "client must not be null");
      return this;
    }

    /** Sets when its state or body last changed. Default: its creation time. */
    public Builder updatedAt(Instant updatedAt) {
      this.updatedAt = requireNonNull(updatedAt, "updatedAt must not be null");
      return this;
    }

    /** Sets when its body was last edited, {@code null} if never. Default: {@code null}. */
    public Builder editedAt(@Nullable Instant editedAt) {
      this.editedAt = editedAt;
      return this;
    }

    /**
     * Sets its vote counts. Default: {@link Votes#NONE}.
     *
     * @since 0.2.0
     */
    public Builder votes(Votes votes) {
      this.votes = requireNonNull(votes, "votes must not be null");
      return this;
    }

    /**
     * Sets what kind of response it is. Default: {@link CommentType#COMMENT}.
     *
     * @since 0.2.0
     */
    public Builder type(CommentType type) {
      this.type = requireNonNull(type, "type must not be null");
      return this;
    }

    /**
     * Sets whether it is pinned. Default: {@code false}.
     *
     * @since 0.2.0
     */
    public Builder pinned(boolean pinned) {
      this.pinned = pinned;
      return this;
    }

    /**
     * Sets the comments its text refers to. Default: none.
     *
     * @since 0.2.0
     */
    public Builder mentions(List<Mention> mentions) {
      this.mentions = requireNonNull(mentions, "mentions must not be null");
      return this;
    }

    /**
     * Sets where it was imported from, {@code null} if it was written here. Default: {@code null}.
     *
     * @since 0.2.0
     */
    public Builder source(@Nullable SourceId source) {
      this.source = source;
      return this;
    }

    /**
     * Returns the comment.
     *
     * @throws NullPointerException if the id, post, author, body, creation time or state is
     *     missing
     * @throws IllegalArgumentException if the values do not make a valid comment (see {@link
     *     Comment#Comment})
     */
    public Comment build() {
      Instant created = requireNonNull(createdAt, "createdAt must not be null");
      return new Comment(
          requireNonNull(id, "id must not be null"),
          requireNonNull(postId, "postId must not be null"),
          parentId,
          requireNonNull(author, "author must not be null"),
          requireNonNull(body, "body must not be null"),
          created,
          requireNonNull(state, "state must not be null"),
          version,
          client,
          updatedAt == null ? created : updatedAt,
          editedAt,
          votes,
          pinned,
          mentions,
          type,
          source);
    }
  }
}
