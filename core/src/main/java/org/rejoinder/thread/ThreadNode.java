package org.rejoinder.thread;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;

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
  private final int number;
  private final boolean pinned;
  // The tree of the thread this node is in (null for a node on its own), the positions of this
  // node and of its top-level node in it, and where its replies are.
  private final @Nullable ThreadTree tree;
  private final int position;
  private final int rootPosition;
  private final int firstChild;
  private final int childCount;

  ThreadNode(
      CommentId id,
      @Nullable Comment comment,
      Kind kind,
      int depth,
      @Nullable CommentId parentId,
      @Nullable String inReplyTo,
      boolean canReply,
      boolean flattened,
      int number,
      boolean pinned,
      @Nullable ThreadTree tree,
      int position,
      int rootPosition,
      int firstChild,
      int childCount) {
    this.id = id;
    this.comment = comment;
    this.kind = kind;
    this.depth = depth;
    this.parentId = parentId;
    this.inReplyTo = inReplyTo;
    this.canReply = canReply;
    this.flattened = flattened;
    this.number = number;
    this.pinned = pinned;
    this.tree = tree;
    this.position = position;
    this.rootPosition = rootPosition;
    this.firstChild = firstChild;
    this.childCount = childCount;
  }

  /**
   * Returns the node of one comment as {@code viewer} sees it, on its own rather than in an
   * assembled thread: what a renderer shows in the answer to the form that just posted it,
   * without reading the whole discussion. The node is laid out as the same comment would be in
   * the thread ({@code depth} capped at the options' maximum, flattened below it, "in reply to"
   * its parent's author when the viewer sees the parent, pinned if it leads a pinned thread) but
   * has no number, since numbers come from the whole post, no replies, and is its own root. It takes a reply on the same terms
   * as in a thread, the post's status judged at {@code at}.
   *
   * @param post the comment's post
   * @param comment the comment
   * @param parent the comment it replies to, or {@code null} for a top-level comment
   * @param depth the comment's nesting level in the whole discussion, 1 for a top-level comment
   *     (its parent's depth plus one for a reply), whatever the options' maximum
   * @param viewer who is reading
   * @param options the layout of the thread it belongs to
   * @param at when it is read, from the application's clock
   * @return the node, or empty if the viewer is not shown the comment (spam, trash, someone
   *     else's pending comment, a tombstone)
   * @throws IllegalArgumentException if the comment is another post's, {@code parent} is not its
   *     parent, or the depth does not fit (1 exactly when there is no parent)
   * @since 0.2.0
   */
  public static Optional<ThreadNode> standalone(
      Post post,
      Comment comment,
      @Nullable Comment parent,
      int depth,
      Actor viewer,
      ThreadOptions options,
      Instant at) {
    requireNonNull(post, "post must not be null");
    requireNonNull(comment, "comment must not be null");
    requireNonNull(viewer, "viewer must not be null");
    requireNonNull(options, "options must not be null");
    requireNonNull(at, "at must not be null");
    checkArgument(
        comment.postId().equals(post.id()),
        "Comment %s belongs to post %s, not %s", comment.id(), comment.postId(), post.id());
    checkArgument(
        Objects.equals(comment.parentId(), parent == null ? null : parent.id()),
        "%s is not the parent of comment %s", parent == null ? "No comment" : parent.id(), comment.id());
    checkArgument(
        parent == null ? depth == 1 : depth >= 2,
        "depth must be 1 for a top-level comment and at least 2 for a reply but was %s", depth);
    String viewerKey = viewer.key();
    if (!Visibility.isVisible(comment, viewerKey)) {
      return Optional.empty();
    }
    Kind kind = comment.state() == ModerationState.APPROVED ? Kind.COMMENT : Kind.AWAITING_MODERATION;
    boolean threaded = options.threaded();
    int shown = threaded ? Math.min(depth, options.maxDepth()) : 1;
    boolean canReply =
        post.acceptsCommentsAt(at)
            && threaded
            && kind == Kind.COMMENT
            && shown < options.maxDepth();
    String inReplyTo =
        parent != null && Visibility.isVisible(parent, viewerKey)
            ? parent.author().displayName()
            : null;
    ThreadNode node =
        new ThreadNode(
            comment.id(),
            comment,
            kind,
            shown,
            comment.parentId(),
            inReplyTo,
            canReply,
            threaded && depth > options.maxDepth(),
            0,
            Visibility.isPinned(comment),
            null,
            -1,
            -1,
            0,
            0);
    return Optional.of(node);
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
   * Returns this comment's number: its position in time among the post's approved comments
   * (by creation time, then id), 1, 2, 3 …, as WordPress's "1.", "2." are positions in time. A
   * comment keeps its number whatever the order, page or layout it is shown in, so that "#12"
   * names the same comment after a reader switches from "oldest" to "best"; in a threaded
   * thread, a late reply to an early comment is shown early with a high number. Only approved
   * comments are numbered, so the highest number equals the response count; the viewer's
   * pending comments and placeholders have no number.
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
   * Returns whether a Reply link belongs here: the post takes comments at the time the thread was
   * read ({@link CommentThread#acceptsComments()}), the comment is approved, the thread is
   * threaded, and this node is above the maximum depth.
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

  /**
   * Returns whether this node leads a pinned thread: an approved top-level comment a moderator
   * pinned, shown first on page 1 whatever the order, with a "Pinned" label.
   *
   * @since 0.2.0
   */
  public boolean isPinned() {
    return pinned;
  }

  /** Returns the top-level node of the thread this node is in; itself for a top-level node. */
  public ThreadNode root() {
    ThreadTree t = tree;
    return t == null || rootPosition == position ? this : t.node(rootPosition);
  }

  /** Returns the replies shown directly under this node, in display order. */
  public List<ThreadNode> children() {
    ThreadTree t = tree;
    return t == null || childCount == 0
        ? Collections.emptyList()
        : t.replies(firstChild, childCount);
  }

  @Nullable ThreadTree tree() {
    return tree;
  }

  int position() {
    return position;
  }

  @Override
  public String toString() {
    return "ThreadNode[" + id + ", " + kind + ", depth " + depth + ", " + childCount + " replies]";
  }
}
