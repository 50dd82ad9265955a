package org.rejoinder.thread;

import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One page of a {@link CommentThread}: whole top-level threads with all their shown replies.
 *
 * @since 0.1.0
 */
public final class ThreadPage implements Iterable<ThreadNode> {
  private final CommentThread thread;
  private final int number;
  private final List<ThreadNode> roots;
  private final @Nullable ThreadCursor earlier;
  private final @Nullable ThreadCursor later;

  ThreadPage(
      CommentThread thread,
      int number,
      List<ThreadNode> roots,
      @Nullable ThreadCursor earlier,
      @Nullable ThreadCursor later) {
    this.thread = thread;
    this.number = number;
    this.roots = roots;
    this.earlier = earlier;
    this.later = later;
  }

  /**
   * Returns the thread this page was cut from: the whole thread, or for a page read on its own
   * ({@code Rejoinder.threadPage}) a thread that holds just this page but counts
   * the whole one (see {@link CommentThread#isComplete()}).
   */
  public CommentThread thread() {
    return thread;
  }

  /** Returns this page's number, from 1. */
  public int number() {
    return number;
  }

  /** Returns the number of pages in the thread. */
  public int pageCount() {
    return thread.pageCount();
  }

  /** Returns whether there is a page before this one. */
  public boolean hasPrevious() {
    return number > 1;
  }

  /** Returns whether there is a page after this one. */
  public boolean hasNext() {
    return number < thread.pageCount();
  }

  /**
   * Returns the cursor of the page just before this one in {@linkplain CommentOrder#pageOrder()
   * page order}: the older threads in a time order (WordPress's "Older comments"), the
   * higher-ranked ones in a ranked order. Empty when no thread comes before this page, in a flat
   * layout, or in an order without cursor pages ({@link ThreadCursor#supports}).
   *
   * @since 0.2.0
   */
  public Optional<ThreadCursor> earlier() {
    return Optional.ofNullable(earlier);
  }

  /**
   * Returns the cursor of the page just after this one in page order: the newer threads in a time
   * order ("Newer comments"), the lower-ranked ones in a ranked order. Empty when no thread comes
   * after this page, or as for {@link #earlier()}.
   *
   * @since 0.2.0
   */
  public Optional<ThreadCursor> later() {
    return Optional.ofNullable(later);
  }

  /** Returns this page's top-level nodes, in display order. */
  public List<ThreadNode> roots() {
    return roots;
  }

  /** Returns every node on this page in display order: each node, then its replies. */
  @Override
  public Iterator<ThreadNode> iterator() {
    return CommentThread.preorder(roots);
  }

  @Override
  public String toString() {
    return "ThreadPage[" + number + " of " + thread.pageCount() + ", " + roots.size() + " threads]";
  }
}
