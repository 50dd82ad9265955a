package org.rejoinder.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.rejoinder.model.Actor;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Author;
import org.rejoinder.model.Body;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.CommentType;
import org.rejoinder.model.Mention;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SourceId;
import org.rejoinder.model.Votes;

/**
 * A comment as {@link InMemoryCommentStore} keeps it: its id and creation time as numbers, its
 * parent as a reference to the parent's row, the state as a byte, and what most comments have in
 * common (version 1, never updated or edited, no votes, pin, mentions or source) left out, so
 * that a stored comment costs little beyond its text. Its audit trail
 * is kept here too: the entry that created it in three fields when, as usual, it was made at the
 * comment's creation time from no earlier state, and any other entry as given.
 *
 * <p>Mutable, and guarded by the store's lock: read under the read lock, changed under the write
 * lock. {@link #toComment()} makes the value the store returns.
 */
final class CommentRow {
  private static final ModerationState[] STATES = ModerationState.values();
  /** {@link #created}'s value when the creation time is too far from 1970 for a long of millis. */
  private static final long FAR = Long.MIN_VALUE;

  final long id;
  /**
   * The row of the comment this one replies to, or {@code null} for a top-level comment. A
   * comment with replies is never deleted (purging leaves a tombstone), so the row stays valid.
   */
  final @Nullable CommentRow parent;
  /** The post, as the store's own {@link PostId}, shared by the post's comments. */
  final PostId post;
  /** The creation time in milliseconds since 1970 (comments keep no finer times), or {@link #FAR}. */
  private final long created;
  private Author author;
  private Body body;
  private ClientInfo client;
  private byte state;
  /** The creation entry's target state, when {@link #firstReason} is not null. */
  private byte firstTo;
  /** The creation entry's actor, when it is kept in fields. */
  private @Nullable Actor firstActor;
  /** The creation entry's reason, or {@code null} when the trail is all in {@link #rare}. */
  private @Nullable String firstReason;
  /** What few comments have, or {@code null} if this one has none of it. */
  private @Nullable Rare rare;

  /** The values of a comment that most comments do not have. */
  private static final class Rare {
    @Nullable Instant farCreated;
    @Nullable Instant updatedAt;
    long version = 1;
    @Nullable Instant editedAt;
    Votes votes = Votes.NONE;
    boolean pinned;
    List<Mention> mentions = List.of();
    CommentType type = CommentType.COMMENT;
    @Nullable SourceId source;
    /** The trail's entries not kept in fields, in the order they were recorded. */
    List<AuditEntry> trail = List.of();

    boolean isEmpty() {
      return farCreated == null && updatedAt == null && version == 1 && editedAt == null
          && votes.equals(Votes.NONE) && !pinned && mentions.isEmpty()
          && type == CommentType.COMMENT && source == null && trail.isEmpty();
    }
  }

  /**
   * Keeps {@code c} with the row of its parent, the store's {@code post} and an {@code author}
   * equal to its own (the store shares equal authors between rows), without votes and without a
   * trail.
   */
  CommentRow(Comment c, @Nullable CommentRow parent, PostId post, Author author) {
    this.id = c.id().value();
    this.parent = parent;
    this.post = post;
    Instant createdAt = c.createdAt();
    if (fitsMillis(createdAt)) {
      this.created = createdAt.toEpochMilli();
    } else {
      this.created = FAR;
      rare().farCreated = createdAt;
    }
    this.author = author;
    this.body = c.body();
    this.client = c.client();
    update(c);
    if (c.type() != CommentType.COMMENT || c.source() != null) {
      rare().type = c.type();
      rare().source = c.source();
    }
  }

  private static boolean fitsMillis(Instant t) {
    long s = t.getEpochSecond();
    return s > Long.MIN_VALUE / 1000 + 1 && s < Long.MAX_VALUE / 1000 - 1;
  }

  private Rare rare() {
    Rare r = rare;
    if (r == null) {
      r = new Rare();
      rare = r;
    }
    return r;
  }

  /** Drops {@link #rare} once it holds only defaults. */
  private void compact() {
    Rare r = rare;
    if (r != null && r.isEmpty()) {
      rare = null;
    }
  }

  /**
   * Takes what an update may change from {@code next} (of the same comment): state, body,
   * version, update and edit times, pin and mentions. The votes stay the stored ones.
   */
  void update(Comment next) {
    body = next.body();
    state = (byte) next.state().ordinal();
    Instant createdAt = createdAt();
    boolean updated = !next.updatedAt().equals(createdAt);
    if (rare != null || updated || next.version() != 1 || next.editedAt() != null
        || next.pinned() || !next.mentions().isEmpty()) {
      Rare r = rare();
      r.updatedAt = updated ? next.updatedAt() : null;
      r.version = next.version();
      r.editedAt = next.editedAt();
      r.pinned = next.pinned();
      r.mentions = next.mentions();
      compact();
    }
  }

  /** Replaces the author and the client information, as an erasure does. */
  void reassign(Author newAuthor, ClientInfo newClient) {
    author = newAuthor;
    client = newClient;
  }

  /** Replaces the mentions, at the same version. */
  void mentions(List<Mention> kept) {
    if (rare != null || !kept.isEmpty()) {
      rare().mentions = kept;
      compact();
    }
  }

  List<Mention> mentions() {
    Rare r = rare;
    return r == null ? List.of() : r.mentions;
  }

  Votes votes() {
    Rare r = rare;
    return r == null ? Votes.NONE : r.votes;
  }

  void votes(Votes counts) {
    if (rare != null || !counts.equals(Votes.NONE)) {
      rare().votes = counts;
      compact();
    }
  }

  Author author() {
    return author;
  }

  ClientInfo client() {
    return client;
  }

  Body body() {
    return body;
  }

  ModerationState state() {
    return STATES[state];
  }

  boolean pinned() {
    Rare r = rare;
    return r != null && r.pinned;
  }

  long version() {
    Rare r = rare;
    return r == null ? 1 : r.version;
  }

  @Nullable SourceId source() {
    Rare r = rare;
    return r == null ? null : r.source;
  }

  @Nullable CommentId parentId() {
    CommentRow p = parent;
    return p == null ? null : CommentId.of(p.id);
  }

  Instant createdAt() {
    if (created != FAR) {
      return Instant.ofEpochMilli(created);
    }
    Rare r = rare;
    if (r == null || r.farCreated == null) {
      throw new IllegalStateException("comment " + id + " lost its creation time");
    }
    return r.farCreated;
  }

  /**
   * Returns whether this comment was created at or after {@code from}, {@code from}'s time in
   * milliseconds ({@code fromMillis}, which a query computes once) read without making an instant.
   */
  boolean createdFrom(Instant from, long fromMillis) {
    if (created == FAR || fromMillis == Long.MIN_VALUE) {
      return !createdAt().isBefore(from);
    }
    // Times are kept to the millisecond: in the same millisecond as from, a comment is at or
    // after it only if from has no finer part.
    return created != fromMillis ? created > fromMillis : from.getNano() % 1_000_000 == 0;
  }

  /** Returns whether this comment was created after {@code other}, or at the same time with a higher id. */
  boolean isAfter(CommentRow other) {
    if (created != FAR && other.created != FAR) {
      return created != other.created ? created > other.created : id > other.id;
    }
    int byTime = createdAt().compareTo(other.createdAt());
    return byTime != 0 ? byTime > 0 : id > other.id;
  }

  /** Makes the comment this row keeps. */
  Comment toComment() {
    Instant createdAt = createdAt();
    CommentId parentId = parentId();
    Rare r = rare;
    if (r == null) {
      return new Comment(CommentId.of(id), post, parentId, author, body, createdAt, state(), 1,
          client, createdAt, null, Votes.NONE, false, List.of(), CommentType.COMMENT, null);
    }
    return new Comment(CommentId.of(id), post, parentId, author, body, createdAt, state(),
        r.version, client, r.updatedAt == null ? createdAt : r.updatedAt, r.editedAt, r.votes,
        r.pinned, r.mentions, r.type, r.source);
  }

  /** Adds an entry about this comment to its trail. */
  void record(AuditEntry entry, @Nullable Actor sharedActor) {
    Rare r = rare;
    if (firstReason == null && (r == null || r.trail.isEmpty())
        && entry.from() == null && entry.at().equals(createdAt())) {
      firstReason = entry.reason();
      firstTo = (byte) entry.to().ordinal();
      firstActor = sharedActor != null && sharedActor.equals(entry.actor()) ? sharedActor : entry.actor();
      return;
    }
    r = rare();
    List<AuditEntry> trail = r.trail instanceof ArrayList<AuditEntry> list ? list : new ArrayList<>(r.trail);
    trail.add(entry);
    r.trail = trail;
  }

  /** Returns the audit trail, oldest first. */
  List<AuditEntry> trail() {
    Rare r = rare;
    List<AuditEntry> rest = r == null ? List.of() : r.trail;
    String reason = firstReason;
    if (reason == null) {
      return List.copyOf(rest);
    }
    List<AuditEntry> all = new ArrayList<>(1 + rest.size());
    all.add(new AuditEntry(CommentId.of(id), createdAt(), actor(firstActor), null, STATES[firstTo], reason));
    all.addAll(rest);
    return all;
  }

  /** Returns the actor of the creation entry kept in fields, or {@code null} if there is none. */
  @Nullable Actor firstActor() {
    return firstReason == null ? null : firstActor;
  }

  /** Replaces each entry's actor with what {@code change} makes of it. */
  void replaceActors(UnaryOperator<Actor> change) {
    if (firstReason != null) {
      firstActor = change.apply(actor(firstActor));
    }
    Rare r = rare;
    if (r != null) {
      List<AuditEntry> trail = new ArrayList<>(r.trail);
      trail.replaceAll(a -> {
        Actor next = change.apply(a.actor());
        return next == a.actor() ? a : new AuditEntry(a.commentId(), a.at(), next, a.from(), a.to(), a.reason());
      });
      r.trail = trail;
    }
  }

  private static Actor actor(@Nullable Actor a) {
    if (a == null) {
      throw new IllegalStateException("a creation entry lost its actor");
    }
    return a;
  }

  /** Makes this row a tombstone: the comment {@code tombstone}, whose trail goes on. */
  void bury(Comment tombstone) {
    author = tombstone.author();
    client = tombstone.client();
    update(tombstone);
    votes(Votes.NONE);
  }
}
