package org.rejoinder.thread;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;
import org.rejoinder.model.Comment;

/**
 * An assembled thread's tree as {@link ThreadAssembler} leaves it, in arrays indexed by a
 * comment's position: what each node shows and where its replies are. A node is made the first
 * time it is read and the same node is returned after that, also to concurrent readers, so that
 * nodes keep their identity while a thread nobody reads in full costs no node objects.
 */
final class ThreadTree {
  static final int NONE = -1;
  static final byte VISIBLE = 1;
  static final byte APPROVED = 2;
  static final byte PINNED = 4;
  static final byte SHOWN = 8;

  private static final VarHandle MADE = MethodHandles.arrayElementVarHandle(ThreadNode[].class);

  private final Comment[] comments;
  private final byte[] flags;
  private final int[] parent;
  private final int[] numbers;
  // Nesting level in the whole discussion (1 at top level); null for a flat thread.
  private final int @Nullable [] depth;
  // The position of each shown comment's top-level comment.
  private final int[] root;
  // The replies shown under comment i: shelf[shelfStart[i]] to shelf[shelfStart[i + 1] - 1].
  private final int[] shelf;
  private final int[] shelfStart;
  private final int maxDepth;
  private final boolean open;
  private final ThreadNode[] made;

  ThreadTree(
      Comment[] comments,
      byte[] flags,
      int[] parent,
      int[] numbers,
      int @Nullable [] depth,
      int[] root,
      int[] shelf,
      int[] shelfStart,
      int maxDepth,
      boolean open) {
    this.comments = comments;
    this.flags = flags;
    this.parent = parent;
    this.numbers = numbers;
    this.depth = depth;
    this.root = root;
    this.shelf = shelf;
    this.shelfStart = shelfStart;
    this.maxDepth = maxDepth;
    this.open = open;
    this.made = new ThreadNode[comments.length];
  }

  /** Returns whether the comment at {@code i} is shown, as a node of its own. */
  boolean isShown(int i) {
    return (flags[i] & SHOWN) != 0;
  }

  /** Returns whether the comment at {@code i} is shown and approved: a numbered comment. */
  boolean isShownComment(int i) {
    return (flags[i] & (SHOWN | APPROVED)) == (SHOWN | APPROVED);
  }

  /** Returns the node of the shown comment at {@code i}, the same one at every call. */
  ThreadNode node(int i) {
    ThreadNode node = (ThreadNode) MADE.getAcquire(made, i);
    if (node != null) {
      return node;
    }
    ThreadNode fresh = make(i);
    ThreadNode earlier = (ThreadNode) MADE.compareAndExchangeRelease(made, i, null, fresh);
    return earlier == null ? fresh : earlier;
  }

  /** Returns the nodes at {@code positions}, made as they are read. */
  List<ThreadNode> nodes(int[] positions, int from, int to) {
    return new Nodes(this, positions, from, to - from);
  }

  /** Returns the position of the node's comment in this tree, or -1 if it is another's. */
  int positionOf(ThreadNode node) {
    return node.tree() == this ? node.position() : NONE;
  }

  private ThreadNode make(int i) {
    Comment c = comments[i];
    int p = parent[i];
    byte f = flags[i];
    boolean threaded = depth != null;
    int nesting = depth == null ? 1 : depth[i];
    int shownDepth = Math.min(nesting, maxDepth);
    String inReplyTo =
        p != NONE && (flags[p] & VISIBLE) != 0 ? comments[p].author().displayName() : null;
    ThreadNode.Kind kind;
    if ((f & VISIBLE) == 0) {
      kind = ThreadNode.Kind.PLACEHOLDER;
    } else if ((f & APPROVED) != 0) {
      kind = ThreadNode.Kind.COMMENT;
    } else {
      kind = ThreadNode.Kind.AWAITING_MODERATION;
    }
    boolean canReply =
        open && threaded && kind == ThreadNode.Kind.COMMENT && shownDepth < maxDepth;
    int top = threaded ? root[i] : i;
    return new ThreadNode(
        c.id(),
        kind == ThreadNode.Kind.PLACEHOLDER ? null : c,
        kind,
        shownDepth,
        c.parentId(),
        inReplyTo,
        canReply,
        nesting > maxDepth,
        kind == ThreadNode.Kind.COMMENT ? numbers[i] : 0,
        top == i && (f & PINNED) != 0,
        this,
        i,
        top,
        threaded ? shelfStart[i] : 0,
        threaded ? shelfStart[i + 1] - shelfStart[i] : 0);
  }

  /** Returns {@code count} replies from {@code from} on the shelf, made as they are read. */
  List<ThreadNode> replies(int from, int count) {
    return new Nodes(this, shelf, from, count);
  }

  /** Nodes of a tree at some of its positions: a read-only view that makes them as it is read. */
  private static final class Nodes extends AbstractList<ThreadNode> implements RandomAccess {
    private final ThreadTree tree;
    private final int[] positions;
    private final int from;
    private final int size;

    Nodes(ThreadTree tree, int[] positions, int from, int size) {
      this.tree = tree;
      this.positions = positions;
      this.from = from;
      this.size = size;
    }

    @Override
    public ThreadNode get(int index) {
      return tree.node(positions[from + Objects.checkIndex(index, size)]);
    }

    @Override
    public int size() {
      return size;
    }

    /** Finds a node by its position, without making the nodes before it. */
    @Override
    public int indexOf(@Nullable Object o) {
      if (o instanceof ThreadNode node) {
        int position = tree.positionOf(node);
        for (int k = 0; position != NONE && k < size; k++) {
          if (positions[from + k] == position) {
            return k;
          }
        }
      }
      return -1;
    }

    @Override
    public boolean contains(@Nullable Object o) {
      return indexOf(o) >= 0;
    }
  }
}
