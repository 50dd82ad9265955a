package org.rejoinder.thread;

import static java.util.Objects.requireNonNull;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;
import org.rejoinder.error.InvalidCursorException;
import org.rejoinder.error.InvalidCursorException.Reason;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.PostId;

/**
 * Where an "Older comments" or "Newer comments" link continues: the page of top-level threads
 * just before or just after a boundary thread, in the {@linkplain CommentOrder#pageOrder() page
 * order}. A page read by cursor costs the same wherever it lies in the post, where a numbered
 * page deep into a large post costs a walk over every thread before it; and it neither repeats nor
 * skips a thread when comments are added between two reads.
 *
 * <p>A cursor is read from a URL, so it travels as an opaque, URL-safe {@linkplain #token()
 * token}: the boundary thread's sort key (its score in a ranked order, its creation time, its
 * id), the direction, the order's name, a digest of the post's id, the estimated position of the
 * page (for its page number) and a check. {@link #parse(String)} refuses a mangled token, and a
 * store refuses a cursor of another post or order ({@link #checkFor}), each with an {@link
 * InvalidCursorException}. The check is not a signature: a forged cursor selects no more than
 * other threads the reader may see anyway.
 *
 * <p>Cursors page every time order and every ranked order with a score ({@link
 * CommentOrder#BEST}, {@link CommentOrder#TOP}, {@link CommentOrder#CONTROVERSIAL}, {@link
 * CommentOrder#HOT}, {@link CommentOrder#rankedBy}); a ranked order made from a bare comparator
 * has numbered pages only ({@link #supports(CommentOrder)}). A ranked page moves when votes move
 * its threads between two reads, as a numbered one does.
 *
 * <p>Immutable; equal when their tokens are.
 *
 * @since 0.2.0
 */
public final class ThreadCursor {
  /** Which side of the boundary thread the page lies, in page order. */
  public enum Direction {
    /**
     * The threads before the boundary: older ones in a time order (WordPress's "Older
     * comments"), higher-ranked ones in a ranked order.
     */
    EARLIER,
    /** The threads after the boundary: newer ones in a time order, lower-ranked ones in a ranked one. */
    LATER
  }

  /** Tokens longer than this are refused before they are decoded. */
  static final int MAX_TOKEN_LENGTH = 256;

  private static final byte VERSION = 1;
  private static final int CHECK_BYTES = 4;
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private final Direction direction;
  private final String orderName;
  private final long postDigest;
  private final Instant createdAt;
  private final CommentId rootId;
  private final @Nullable Double score;
  private final int position;
  private final String token;

  private ThreadCursor(
      Direction direction,
      String orderName,
      long postDigest,
      Instant createdAt,
      CommentId rootId,
      @Nullable Double score,
      int position) {
    this.direction = direction;
    this.orderName = orderName;
    this.postDigest = postDigest;
    this.createdAt = createdAt;
    this.rootId = rootId;
    this.score = score;
    this.position = position;
    this.token = ENCODER.encodeToString(encode());
  }

  /**
   * Returns whether pages in {@code order} can be read by cursor: every time order, and every
   * ranked order with a score.
   */
  public static boolean supports(CommentOrder order) {
    requireNonNull(order, "order must not be null");
    return order.pagesByTime() || order.score() != null;
  }

  /**
   * Returns the cursor of the page next to the top-level comment {@code boundary} on the side
   * {@code direction}, in the pages of {@code order}.
   *
   * @param postId the post whose pages the cursor walks
   * @param order the order of the pages
   * @param direction which side of {@code boundary} the page lies
   * @param boundary the top-level comment at the edge of the page the link is shown on
   * @param position the estimated position, from 0 in page order, of the first thread of the page
   *     the cursor leads to: what the page's number is worked out from
   * @throws IllegalArgumentException if {@code order} has no cursor pages ({@link
   *     #supports(CommentOrder)}), {@code boundary} is a reply or another post's, or {@code
   *     position} is negative
   */
  public static ThreadCursor of(
      PostId postId, CommentOrder order, Direction direction, Comment boundary, int position) {
    requireNonNull(postId, "postId must not be null");
    requireNonNull(order, "order must not be null");
    requireNonNull(direction, "direction must not be null");
    requireNonNull(boundary, "boundary must not be null");
    if (!supports(order)) {
      throw new IllegalArgumentException("Pages in " + order + " have no cursors");
    }
    if (boundary.parentId() != null || !boundary.postId().equals(postId)) {
      throw new IllegalArgumentException(
          "Comment " + boundary.id() + " is not a top-level comment of post " + postId);
    }
    if (position < 0) {
      throw new IllegalArgumentException("position must not be negative but was " + position);
    }
    ToDoubleFunction<Comment> scoring = order.pagesByTime() ? null : order.score();
    Double score = scoring == null ? null : scoring.applyAsDouble(boundary);
    return new ThreadCursor(direction, order.name(), digest(postId), boundary.createdAt(),
        boundary.id(), score, position);
  }

  /**
   * Reads a cursor from its {@linkplain #token() token}, as a page link carried it.
   *
   * @throws InvalidCursorException if the token is not one that {@link #token()} made ({@link
   *     Reason#MALFORMED})
   */
  public static ThreadCursor parse(String token) {
    requireNonNull(token, "token must not be null");
    if (token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
      throw malformed("its length is " + token.length());
    }
    byte[] bytes;
    try {
      bytes = DECODER.decode(token);
    } catch (IllegalArgumentException e) {
      throw malformed("it is not URL-safe Base64");
    }
    if (bytes.length <= CHECK_BYTES) {
      throw malformed("it is too short");
    }
    byte[] body = Arrays.copyOf(bytes, bytes.length - CHECK_BYTES);
    byte[] check = Arrays.copyOfRange(bytes, bytes.length - CHECK_BYTES, bytes.length);
    if (!MessageDigest.isEqual(check, Arrays.copyOf(sha256(body), CHECK_BYTES))) {
      throw malformed("its check does not match");
    }
    try {
      ByteBuffer in = ByteBuffer.wrap(body);
      if (in.get() != VERSION) {
        throw malformed("its version is unknown");
      }
      byte flags = in.get();
      if ((flags & ~3) != 0) {
        throw malformed("its flags are unknown");
      }
      Direction direction = (flags & 1) != 0 ? Direction.LATER : Direction.EARLIER;
      long postDigest = in.getLong();
      byte[] name = new byte[in.get() & 0xff];
      in.get(name);
      String orderName = new String(name, StandardCharsets.UTF_8);
      Instant createdAt = Instant.ofEpochSecond(in.getLong(), in.getInt());
      long rootId = in.getLong();
      Double score = (flags & 2) != 0 ? in.getDouble() : null;
      int position = in.getInt();
      if (in.hasRemaining() || orderName.isEmpty() || rootId <= 0 || position < 0
          || (score != null && score.isNaN())) {
        throw malformed("its values are out of range");
      }
      ThreadCursor cursor = new ThreadCursor(
          direction, orderName, postDigest, createdAt, CommentId.of(rootId), score, position);
      if (!cursor.token.equals(token)) {
        throw malformed("it is not in its canonical form");
      }
      return cursor;
    } catch (BufferUnderflowException | DateTimeException | ArithmeticException e) {
      throw malformed("its values are cut short or out of range");
    }
  }

  private static InvalidCursorException malformed(String why) {
    return new InvalidCursorException(Reason.MALFORMED, "Not a page cursor: " + why);
  }

  /** Returns the cursor as an opaque, URL-safe token (letters, digits, {@code -} and {@code _}). */
  public String token() {
    return token;
  }

  /** Returns which side of the boundary thread the page lies. */
  public Direction direction() {
    return direction;
  }

  /** Returns the {@linkplain CommentOrder#name() name} of the order whose pages this cursor walks. */
  public String orderName() {
    return orderName;
  }

  /** Returns the boundary thread's creation time. */
  public Instant createdAt() {
    return createdAt;
  }

  /** Returns the boundary thread's id: its top-level comment's. */
  public CommentId rootId() {
    return rootId;
  }

  /**
   * Returns the boundary thread's score in a ranked order, as the order's score function gave it
   * ({@link org.rejoinder.model.Votes#best()} for {@link CommentOrder#BEST}); 0 in a time order.
   */
  public double score() {
    return score == null ? 0 : score;
  }

  /**
   * Returns the estimated position, from 0 in page order, of the page's first thread when the
   * cursor was made: exact while no thread was added or removed before it since.
   */
  public int position() {
    return position;
  }

  /**
   * Checks that this cursor walks the pages of {@code postId} in {@code order}.
   *
   * @throws InvalidCursorException if it was made for another post ({@link Reason#OTHER_POST}) or
   *     another order ({@link Reason#OTHER_ORDER})
   */
  public void checkFor(PostId postId, CommentOrder order) {
    requireNonNull(postId, "postId must not be null");
    requireNonNull(order, "order must not be null");
    if (postDigest != digest(postId)) {
      throw new InvalidCursorException(Reason.OTHER_POST, "The cursor is of another post's pages");
    }
    if (!order.name().equals(orderName) || !supports(order)
        || order.pagesByTime() != (score == null)) {
      throw new InvalidCursorException(Reason.OTHER_ORDER,
          "The cursor is of the pages in " + orderName + ", not " + order.name());
    }
  }

  /**
   * Compares the boundary thread with the top-level comment {@code root} in the page order of
   * {@code order}: negative if the boundary comes first, positive if {@code root} does, 0 if
   * {@code root} is the boundary with the same key. How a store that sorts in memory finds the
   * page; {@code order} must be the cursor's ({@link #checkFor}).
   */
  public int compareTo(Comment root, CommentOrder order) {
    requireNonNull(root, "root must not be null");
    requireNonNull(order, "order must not be null");
    if (score != null) {
      ToDoubleFunction<Comment> scoring = requireNonNull(order.score(), "order has no score");
      int byScore = Double.compare(scoring.applyAsDouble(root), score);
      if (byScore != 0) {
        return byScore;
      }
    }
    int byTime = createdAt.compareTo(root.createdAt());
    return byTime != 0 ? byTime : rootId.compareTo(root.id());
  }

  /**
   * Returns where a page read by this cursor starts among {@code threadCount} shown threads: 0
   * when no thread comes before it, {@code threadCount - threads} when none comes after it, and
   * otherwise {@link #position()} kept within those bounds. What a store gives as {@link
   * ThreadSlice#firstThread()} for such a page.
   *
   * @param threads how many threads the page holds
   * @param earlier whether shown threads come before the page
   * @param later whether shown threads come after it
   */
  public int firstThread(int threadCount, int threads, boolean earlier, boolean later) {
    int last = Math.max(0, threadCount - threads);
    if (!earlier) {
      return 0;
    }
    if (!later) {
      return last;
    }
    return Math.max(Math.min(position, last - 1), Math.min(1, last));
  }

  private byte[] encode() {
    byte[] name = orderName.getBytes(StandardCharsets.UTF_8);
    ByteBuffer out = ByteBuffer.allocate(2 + 8 + 1 + name.length + 12 + 8 + 8 + 4);
    out.put(VERSION);
    out.put((byte) ((direction == Direction.LATER ? 1 : 0) | (score != null ? 2 : 0)));
    out.putLong(postDigest);
    out.put((byte) name.length);
    out.put(name);
    out.putLong(createdAt.getEpochSecond());
    out.putInt(createdAt.getNano());
    out.putLong(rootId.value());
    if (score != null) {
      out.putDouble(score);
    }
    out.putInt(position);
    byte[] body = Arrays.copyOf(out.array(), out.position());
    byte[] all = Arrays.copyOf(body, body.length + CHECK_BYTES);
    System.arraycopy(sha256(body), 0, all, body.length, CHECK_BYTES);
    return all;
  }

  private static long digest(PostId postId) {
    return ByteBuffer.wrap(sha256(postId.value().getBytes(StandardCharsets.UTF_8))).getLong();
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java platform has SHA-256", e);
    }
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ThreadCursor c && token.equals(c.token);
  }

  @Override
  public int hashCode() {
    return token.hashCode();
  }

  /** Shows the direction, the order and the boundary thread; not the post. */
  @Override
  public String toString() {
    return "ThreadCursor[" + direction + " " + rootId + " in " + orderName + ", page from "
        + position + "]";
  }
}
