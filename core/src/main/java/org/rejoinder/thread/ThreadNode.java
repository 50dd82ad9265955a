package org.rejoinder.thread;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;

/**
 * One entry of an assembled {@link CommentThread}: a comment as a reader sees it, where it sits,
 * and the replies shown under it.
 *
 * <p>Nodes are immutable once the thread is built. Equality is identity: two nodes are equal only
 * if they are the same entry of the same thread.
 *
 * @since 0.1.0
 */
public final class ThreadNode {

  /** What a node shows. */
  public enum Kind {
    /** An approved comment. */
    COMMENT,
    /** The viewer's own comment, held for moderation: "Your comment is awaiting moderation". */
    AWAITING_MODERATION,
    /**
     * A comment that is not shown (trashed, spam, held, or purged) but has replies that are: it
     * keeps its place so the replies are not orphaned, and shows only "This comment was
     * deleted".
     */
    PLACEHOLDER
  }

  private final CommentId id;
  private final @Nullable Comment comment;
  private final Kind kind;
  private final int depth;
  private final @Nullable CommentId parentId;
  private final @Nullable String inReplyTo;
  private final boolean canReply;
  private final boolean flattened;
  private int number;
  private @Nullable ThreadNode root;
  private List<ThreadNode> children = Collections.emptyList();

  ThreadNode(
      CommentId id,
      @Nullable Comment comment,
      Kind kind,
      int depth,
      @Nullable CommentId parentId,
      @Nullable String inReplyTo,
      boolean canReply,
      boolean flattened) {
    this.id = id;
    this.comment = comment;
    this.kind = kind;
    this.depth = depth;
    this.parentId = parentId;
    this.inReplyTo = inReplyTo;
    this.canReply = canReply;
    this.flattened = flattened;
  }

  /** Returns the comment's id, also for a placeholder. */
  public CommentId id() {
    return id;
  }

  /**
   * Returns the comment shown here, or empty for a {@linkplain Kind#PLACEHOLDER placeholder},
   * whose author and text are not shown.
   */
  public Optional<Comment> comment() {
    return Optional.ofNullable(comment);
  }

  /** Returns what this node shows. */
  public Kind kind() {
    return kind;
  }

  /** Returns whether this is a placeholder for a comment that is not shown. */
  public boolean isPlaceholder() {
    return kind == Kind.PLACEHOLDER;
  }

  /**
   * Returns the nesting level at which this node is shown, 1 for top level, never more than the
   * thread's {@link ThreadOptions#maxDepth()}.
   */
  public int depth() {
    return depth;
  }

  /**
   * Returns the position of this comment in the whole thread, 1, 2, 3 … in display order.
   * Only approved comments are numbered, so the last number equals the response count; the
   * viewer's pending comments and placeholders have no number.
   */
  public OptionalInt number() {
    return number == 0 ? OptionalInt.empty() : OptionalInt.of(number);
  }

  /** Returns the id of the comment this one replies to, or empty for a top-level comment. */
  public Optional<CommentId> parentId() {
    return Optional.ofNullable(parentId);
  }

  /**
   * Returns the display name of the author this comment replies to, when that comment is shown:
   * what a flat list prints as "in reply to …", and what a reply flattened at the maximum depth
   * may show. Empty for top-level comments and for replies to comments that are not shown.
   */
  public Optional<String> inReplyTo() {
    return Optional.ofNullable(inReplyTo);
  }

  /**
   * Returns whether a Reply link belongs here: the comment is approved, the thread is threaded,
   * and this node is above the maximum depth.
   */
  public boolean canReply() {
    return canReply;
  }

  /**
   * Returns whether this reply nests deeper than the thread's maximum depth and is therefore
   * shown at that depth, after the comment it answers rather than under it: the place where
   * {@link #inReplyTo()} is worth showing, as in a flat list.
   */
  public boolean isFlattened() {
    return flattened;
  }

  /** Returns the top-level node of the thread this node is in; itself for a top-level node. */
  public ThreadNode root() {
    return root == null ? this : root;
  }

  /** Returns the replies shown directly under this node, in display order. */
  public List<ThreadNode> children() {
    return children;
  }

  void setNumber(int number) {
    this.number = number;
  }

  void setRoot(ThreadNode root) {
    this.root = root == this ? null : root;
  }

  void addChild(ThreadNode child) {
    if (children.isEmpty()) {
      children = new ArrayList<>(2);
    }
    children.add(child);
  }

  void freeze() {
    if (!children.isEmpty()) {
      children = Collections.unmodifiableList(children);
    }
  }

  @Override
  public String toString() {
    return "ThreadNode[" + id + ", " + kind + ", depth " + depth + ", " + children.size() + " replies]";
  }
}
