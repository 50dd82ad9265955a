package org.rejoinder.thread;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.RandomAccess;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.PostId;

/**
 * The comments of one post as a store reads them, an unmodifiable list that also keeps, in arrays
 * of primitives, what {@link CommentThread#assemble} reads of each comment: its id, its parent's
 * id, its creation time, whether it is approved or pending, and whether it is pinned. A store
 * builds one as it makes the comments ({@link #builder}), while each is fresh in the processor's
 * caches; assembly then reads these arrays in order instead of reaching into every comment's
 * objects, which on a post of a million comments, far beyond the caches, is most of its time.
 * The comments themselves are read only where the arrays cannot answer: a pending comment, whose
 * author may be the viewer, and the votes of a ranked order.
 *
 * <p>Any other collection of the same comments assembles the same thread; this one assembles it
 * faster. The comments may come in any order, like any collection given to assembly; in time
 * order (by creation time, then id), as stores return them, nothing is sorted.
 *
 * <pre>{@code
 * PostComments.Builder comments = PostComments.builder(postId);
 * for (Row row : rows) {
 *   comments.add(row.toComment());
 * }
 * return comments.build();
 * }</pre>
 *
 * @since 0.2.0
 */
public final class PostComments extends AbstractList<Comment> implements RandomAccess {
  /** {@link #flags}: the comment is approved. */
  static final byte APPROVED = 1;
  /** {@link #flags}: the comment is pending, seen by its author only. */
  static final byte PENDING = 2;
  /** {@link #flags}: the comment leads a pinned thread ({@link Visibility#isPinned}). */
  static final byte PINNED = 4;

  private final PostId postId;
  private final Comment[] comments;
  private final long[] ids;
  private final long[] parentIds;
  private final long[] millis;
  private final byte[] flags;
  private final boolean wholeMillis;
  private final boolean inTimeOrder;
  private final long smallestId;
  private final long largestId;

  /** Takes the builder's arrays, of one length, {@link Builder#resize resized} to its comments. */
  private PostComments(Builder b) {
    this.postId = b.postId;
    this.comments = b.comments;
    this.ids = b.ids;
    this.parentIds = b.parentIds;
    this.millis = b.millis;
    this.flags = b.flags;
    this.wholeMillis = b.wholeMillis;
    this.inTimeOrder = b.inTimeOrder;
    this.smallestId = b.smallestId;
    this.largestId = b.largestId;
  }

  /**
   * Returns the comments of {@code postId} given, in their order, with their arrays.
   *
   * @throws IllegalArgumentException if a comment belongs to another post
   */
  public static PostComments of(PostId postId, Collection<Comment> comments) {
    requireNonNull(postId, "postId must not be null");
    requireNonNull(comments, "comments must not be null");
    // One copy of the references, then only primitives written per comment.
    Comment[] all = comments.toArray(new Comment[0]);
    Builder builder = new Builder(postId, all);
    for (Comment c : all) {
      builder.read(c);
    }
    return builder.build();
  }

  /** Returns a builder of the comments of {@code postId}. */
  public static Builder builder(PostId postId) {
    return builder(postId, 16);
  }

  /**
   * Returns a builder of the comments of {@code postId}, with room for {@code expected} of them
   * (more may be added).
   *
   * @throws IllegalArgumentException if {@code expected} is negative
   */
  public static Builder builder(PostId postId, int expected) {
    requireNonNull(postId, "postId must not be null");
    if (expected < 0) {
      throw new IllegalArgumentException("expected must not be negative: " + expected);
    }
    return new Builder(postId, expected);
  }

  /** Returns the post the comments belong to. */
  public PostId postId() {
    return postId;
  }

  @Override
  public Comment get(int index) {
    return comments[index];
  }

  @Override
  public int size() {
    return comments.length;
  }

  @Override
  public Object[] toArray() {
    return comments.clone();
  }

  /** Names the post and counts the comments; a list of a million comments is not spelled out. */
  @Override
  public String toString() {
    return "PostComments[post=" + postId + ", " + comments.length + " comments]";
  }

  // For assembly, which reads and never writes them.

  Comment[] comments() {
    return comments;
  }

  long[] ids() {
    return ids;
  }

  /** Each comment's parent's id, 0 for a top-level comment. */
  long[] parentIds() {
    return parentIds;
  }

  /** Each comment's creation time in epoch milliseconds. */
  long[] millis() {
    return millis;
  }

  /**
   * Each comment's {@link #APPROVED}, {@link #PENDING} and {@link #PINNED} (leading a pinned
   * thread).
   */
  byte[] flags() {
    return flags;
  }

  /** Whether no creation time has a part of a millisecond. */
  boolean wholeMillis() {
    return wholeMillis;
  }

  /** Whether each comment was created after the one before it, or at once with a greater id. */
  boolean inTimeOrder() {
    return inTimeOrder;
  }

  /** The smallest id, {@link Long#MAX_VALUE} if there are no comments. */
  long smallestId() {
    return smallestId;
  }

  /** The largest id, 0 if there are no comments. */
  long largestId() {
    return largestId;
  }

  /**
   * Collects the comments of one post and their arrays; {@link #build} once. Not safe for use by
   * several threads at once.
   *
   * @since 0.2.0
   */
  public static final class Builder {
    private final PostId postId;
    private Comment[] comments;
    private long[] ids;
    private long[] parentIds;
    private long[] millis;
    private byte[] flags;
    private int size;
    private boolean wholeMillis = true;
    private boolean inTimeOrder = true;
    // The creation time of the comment added last, for inTimeOrder.
    private long lastSecond;
    private int lastNano;
    private long smallestId = Long.MAX_VALUE;
    private long largestId;
    private boolean built;

    private Builder(PostId postId, int expected) {
      this(postId, new Comment[expected]);
    }

    /** A builder over the references {@code comments}, whose columns {@link #read} fills. */
    private Builder(PostId postId, Comment[] comments) {
      int expected = comments.length;
      this.postId = postId;
      this.comments = comments;
      this.ids = new long[expected];
      this.parentIds = new long[expected];
      this.millis = new long[expected];
      this.flags = new byte[expected];
    }

    /**
     * Adds a comment after those added before.
     *
     * @throws IllegalArgumentException if the comment belongs to another post
     * @throws IllegalStateException if the comments were built already
     */
    public Builder add(Comment comment) {
      requireNonNull(comment, "comment must not be null");
      checkNotBuilt();
      if (size == comments.length) {
        resize(Math.max(16, size + (size >> 1)));
      }
      read(comment);
      comments[size - 1] = comment;
      return this;
    }

    /**
     * Fills the columns of the comment at {@link #size} and moves past it; the reference is the
     * caller's to place.
     *
     * @throws IllegalArgumentException if the comment belongs to another post, changing nothing
     */
    private void read(Comment comment) {
      requireNonNull(comment, "comment must not be null");
      if (!comment.postId().equals(postId)) {
        throw new IllegalArgumentException(
            "Comment " + comment.id() + " belongs to post " + comment.postId() + ", not " + postId);
      }
      long id = comment.id().value();
      CommentId parent = comment.parentId();
      Instant created = comment.createdAt();
      ModerationState state = comment.state();
      ids[size] = id;
      parentIds[size] = parent == null ? 0 : parent.value();
      millis[size] = created.toEpochMilli();
      flags[size] = (byte) ((state == ModerationState.APPROVED ? APPROVED : 0)
          | (state == ModerationState.PENDING ? PENDING : 0)
          | (Visibility.isPinned(comment) ? PINNED : 0));
      long second = created.getEpochSecond();
      int nano = created.getNano();
      wholeMillis &= nano % 1_000_000 == 0;
      if (size > 0) {
        int byTime = second != lastSecond
            ? Long.compare(second, lastSecond)
            : Integer.compare(nano, lastNano);
        inTimeOrder &= byTime > 0 || (byTime == 0 && id > ids[size - 1]);
      }
      lastSecond = second;
      lastNano = nano;
      smallestId = Math.min(smallestId, id);
      largestId = Math.max(largestId, id);
      size++;
    }

    private void checkNotBuilt() {
      if (built) {
        throw new IllegalStateException("The comments were built already");
      }
    }

    /** Gives every array room for {@code length} comments, keeping those added. */
    private void resize(int length) {
      comments = Arrays.copyOf(comments, length);
      ids = Arrays.copyOf(ids, length);
      parentIds = Arrays.copyOf(parentIds, length);
      millis = Arrays.copyOf(millis, length);
      flags = Arrays.copyOf(flags, length);
    }

    @Override
    public String toString() {
      return "PostComments.Builder[post=" + postId + ", " + size + " comments]";
    }

    /**
     * Returns the comments added, in the order added.
     *
     * @throws IllegalStateException if they were built already
     */
    public PostComments build() {
      checkNotBuilt();
      built = true;
      if (size != comments.length) {
        resize(size);
      }
      return new PostComments(this);
    }
  }
}
