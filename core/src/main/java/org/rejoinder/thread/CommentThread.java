package org.rejoinder.thread;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.rejoinder.error.InvalidInputException.Problem;
import org.rejoinder.error.InvalidInputException;
import org.rejoinder.error.NotFoundException;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.Post;

/**
 * A post's discussion as one viewer sees it: the comments they may see, nested, ordered, numbered
 * and cut into pages. Immutable and safe to share between threads.
 *
 * <p>Only approved comments are shown to everyone. A pending comment is shown to its own author
 * (the viewer whose {@link Actor#key()} matches), marked {@link ThreadNode.Kind#AWAITING_MODERATION}.
 * Spam, trash and purged comments (tombstones) are never shown; when one has shown replies, a
 * {@linkplain ThreadNode.Kind#PLACEHOLDER placeholder} keeps its place.
 *
 * <p>Pages hold whole top-level threads: {@link ThreadOptions#perPage()} of them, cut in the order
 * they were posted and numbered from the oldest or the newest ({@link ThreadOptions#firstPage()});
 * a {@linkplain CommentOrder#ranked ranked} order cuts them in its own order instead. Pinned
 * threads ({@link ThreadNode#isPinned()}) come first on page 1 whatever the order, besides its
 * {@code perPage} threads, in the order among themselves. A comment's {@linkplain
 * ThreadNode#number() number} is its position in time among the post's approved comments, the
 * same under every order.
 *
 * <p>A thread read one page at a time ({@code Rejoinder.threadPage}, or {@link
 * #assemble(Post, ThreadSlice, Actor, ThreadOptions)}) holds only that page's nodes, numbered and
 * counted as in the whole thread; {@link #isComplete()} tells the two apart.
 *
 * @since 0.1.0
 */
public final class CommentThread implements Iterable<ThreadNode> {
  private final Post post;
  private final ThreadOptions options;
  private final boolean acceptsComments;
  private final List<ThreadNode> pinned;
  private final List<ThreadNode> unpinned;
  private final List<ThreadNode> roots;
  private final Function<CommentId, @Nullable ThreadNode> nodes;
  private final Predicate<CommentId> shows;
  private final int size;
  private final int responseCount;
  private final int firstRoot;
  private final int rootCount;
  private final Function<CommentId, @Nullable Comment> rootComments;
  private final boolean earlier;
  private final boolean later;

  CommentThread(
      Post post,
      ThreadOptions options,
      boolean acceptsComments,
      List<ThreadNode> pinned,
      List<ThreadNode> unpinned,
      List<ThreadNode> roots,
      Function<CommentId, @Nullable ThreadNode> nodes,
      Predicate<CommentId> shows,
      int size,
      int responseCount,
      int firstRoot,
      int rootCount,
      Function<CommentId, @Nullable Comment> rootComments,
      boolean earlier,
      boolean later) {
    this.post = post;
    this.options = options;
    this.acceptsComments = acceptsComments;
    this.pinned = Collections.unmodifiableList(pinned);
    this.unpinned = Collections.unmodifiableList(unpinned);
    this.roots = Collections.unmodifiableList(roots);
    this.nodes = nodes;
    this.shows = shows;
    this.size = size;
    this.responseCount = responseCount;
    this.firstRoot = firstRoot;
    this.rootCount = rootCount;
    this.rootComments = rootComments;
    this.earlier = earlier;
    this.later = later;
  }

  /**
   * Assembles the thread of {@code post} from its comments, in any state and any order, as it is
   * read at {@code at}: if the post does not take comments then ({@link
   * Post#acceptsCommentsAt(Instant)}), no node {@linkplain ThreadNode#canReply() takes a reply}.
   * Comments given in time order (by creation time, then id), as {@link
   * org.rejoinder.store.DiscussionStore#commentsOf} returns them, are taken without a sort.
   *
   * @param post the post
   * @param comments all of the post's comments; states decide what is shown
   * @param viewer who is reading; their own pending comments are shown to them
   * @param options layout
   * @param at when the thread is read, from the application's clock
   * @throws IllegalArgumentException if a comment belongs to another post or is given twice
   * @since 0.2.0
   */
  public static CommentThread assemble(
      Post post, Collection<Comment> comments, Actor viewer, ThreadOptions options, Instant at) {
    requireNonNull(post, "post must not be null");
    requireNonNull(comments, "comments must not be null");
    requireNonNull(viewer, "viewer must not be null");
    requireNonNull(options, "options must not be null");
    requireNonNull(at, "at must not be null");
    return ThreadAssembler.assemble(post, comments, viewer, options, at);
  }

  /**
   * Assembles the thread of {@code post} from its comments as it is read now by the system's UTC
   * clock ({@link Clock#systemUTC()}), which decides whether a post closing some days after
   * publishing still takes replies. An application with a clock of its own passes its time to
   * {@link #assemble(Post, Collection, Actor, ThreadOptions, Instant)}; {@code Rejoinder} does.
   *
   * @throws IllegalArgumentException if a comment belongs to another post or is given twice
   */
  public static CommentThread assemble(
      Post post, Collection<Comment> comments, Actor viewer, ThreadOptions options) {
    return assemble(post, comments, viewer, options, Clock.systemUTC().instant());
  }

  /**
   * Assembles the part of the thread of {@code post} that a slice of whole top-level threads
   * holds, typically one page read from a store with {@link
   * org.rejoinder.store.ThreadPageStore#threadPage}: its nodes are nested, ordered and numbered as in
   * the whole thread, {@link #responseCount()} and {@link #pageCount()} count the whole thread,
   * and only the pages the slice holds can be read.
   *
   * <p>As with the other overloads, no node takes a reply if the post does not take comments at
   * {@code at}.
   *
   * @param post the post
   * @param slice the selected threads' comments and where they sit
   * @param viewer who is reading; must be the viewer the slice was cut for
   * @param options layout; must be threaded and use the page size and order the slice was cut
   *     with
   * @param at when the thread is read, from the application's clock
   * @throws IllegalArgumentException if a comment belongs to another post or is given twice, or
   *     {@code options} are not threaded
   * @since 0.2.0
   */
  public static CommentThread assemble(
      Post post, ThreadSlice slice, Actor viewer, ThreadOptions options, Instant at) {
    requireNonNull(post, "post must not be null");
    requireNonNull(slice, "slice must not be null");
    requireNonNull(viewer, "viewer must not be null");
    requireNonNull(options, "options must not be null");
    requireNonNull(at, "at must not be null");
    return ThreadAssembler.assemble(post, slice, viewer, options, at);
  }

  /**
   * Assembles the part of the thread a slice holds, as read now by the system's UTC clock ({@link
   * Clock#systemUTC()}); see {@link #assemble(Post, ThreadSlice, Actor, ThreadOptions, Instant)},
   * which takes the time from the application's clock.
   *
   * @throws IllegalArgumentException if a comment belongs to another post or is given twice, or
   *     {@code options} are not threaded
   */
  public static CommentThread assemble(
      Post post, ThreadSlice slice, Actor viewer, ThreadOptions options) {
    return assemble(post, slice, viewer, options, Clock.systemUTC().instant());
  }

  /** Returns the post. */
  public Post post() {
    return post;
  }

  /** Returns the layout this thread was assembled with. */
  public ThreadOptions options() {
    return options;
  }

  /**
   * Returns whether the post took comments when this thread was read: {@code false} if its
   * comments are {@linkplain org.rejoinder.model.CommentStatus#CLOSED closed} or closed
   * automatically some days after publishing. When it is false no node {@linkplain
   * ThreadNode#canReply() takes a reply}, and a renderer says "Comments are closed." instead of
   * showing the reply form.
   *
   * @since 0.2.0
   */
  public boolean acceptsComments() {
    return acceptsComments;
  }

  /**
   * Returns the number of approved comments, on all pages: the N of "N responses to “Title”".
   * The viewer's own pending comments and placeholders are not counted.
   */
  public int responseCount() {
    return responseCount;
  }

  /**
   * Returns whether this thread holds every page; {@code false} for a thread read one page at a
   * time, whose {@link #roots()}, {@link #size()}, {@link #node(CommentId)} and iteration cover the
   * pages read only.
   */
  public boolean isComplete() {
    return firstRoot == 0 && unpinned.size() == rootCount;
  }

  /** Returns the number of nodes shown on all pages, placeholders and pending ones included. */
  public int size() {
    return size;
  }

  /** Returns whether nothing is shown. */
  public boolean isEmpty() {
    return size == 0;
  }

  /** Returns the top-level nodes of all pages, in display order: pinned threads first. */
  public List<ThreadNode> roots() {
    return roots;
  }

  /** Returns the shown node of a comment, or empty if the comment is not shown. */
  public Optional<ThreadNode> node(CommentId id) {
    return Optional.ofNullable(nodes.apply(id));
  }

  /**
   * Returns whether a comment of this post is shown to every reader on some page of this
   * thread, that is, it is approved: what a renderer links a mention or a quote to only while it
   * holds, so that a link never leads to a comment that was trashed meanwhile. A thread read one
   * page at a time knows it for the comments on its page and for those they mention ({@link
   * ThreadSlice#approvedMentions()}), and answers {@code false} for any other.
   *
   * @since 0.2.0
   */
  public boolean shows(CommentId id) {
    requireNonNull(id, "id must not be null");
    return shows.test(id);
  }

  /**
   * Returns the pinned threads' top-level nodes, first on page 1, in display order.
   *
   * @since 0.2.0
   */
  public List<ThreadNode> pinned() {
    return pinned;
  }

  /** Returns the number of pages, at least 1 (an empty thread has one empty page). */
  public int pageCount() {
    return Pages.count(rootCount, options.perPage());
  }

  /**
   * Returns one page.
   *
   * @param number 1 to {@link #pageCount()}
   * @throws InvalidInputException if there is no such page
   * @throws IllegalStateException if this thread was read one page at a time and does not hold
   *     that page
   */
  public ThreadPage page(int number) {
    int pages = pageCount();
    if (number < 1 || number > pages) {
      throw new InvalidInputException(
          "page", Problem.OUT_OF_RANGE, "page must be between 1 and " + pages + " but was " + number);
    }
    int from = Pages.from(number, options.perPage(), options.firstPage(), rootCount) - firstRoot;
    int to = Pages.to(number, options.perPage(), options.firstPage(), rootCount) - firstRoot;
    if (from == 0) {
      // The page read: a store read without a snapshot may have counted a thread it then missed.
      to = Math.min(to, unpinned.size());
    } else if (from < 0 || to > unpinned.size()) {
      throw new IllegalStateException(
          "Page " + number + " was not read: this thread holds threads " + (firstRoot + 1) + " to "
              + (firstRoot + unpinned.size()) + " of " + rootCount);
    }
    return pageOf(number, from, to, number == 1);
  }

  /**
   * Returns the page of the unpinned threads from {@code from} to {@code to} in this thread's
   * list, pinned threads first if {@code withPinned}, with cursors to the pages on either side.
   */
  private ThreadPage pageOf(int number, int from, int to, boolean withPinned) {
    List<ThreadNode> shown = unpinned.subList(from, to);
    ThreadCursor earlierCursor = null;
    ThreadCursor laterCursor = null;
    CommentOrder order = options.order();
    if (!shown.isEmpty() && options.threaded() && ThreadCursor.supports(order)) {
      Comparator<Comment> pageOrder = order.pageOrder();
      Comment first = null;
      Comment last = null;
      for (ThreadNode node : shown) {
        Comment c = rootComments.apply(node.id());
        if (c == null) {
          continue;
        }
        if (first == null || pageOrder.compare(c, first) < 0) {
          first = c;
        }
        if (last == null || pageOrder.compare(c, last) > 0) {
          last = c;
        }
      }
      if (first != null && (from > 0 || earlier)) {
        earlierCursor = ThreadCursor.of(post.id(), order, ThreadCursor.Direction.EARLIER, first,
            Math.max(0, firstRoot + from - options.perPage()));
      }
      if (last != null && (to < unpinned.size() || later)) {
        laterCursor = ThreadCursor.of(
            post.id(), order, ThreadCursor.Direction.LATER, last, firstRoot + to);
      }
    }
    if (withPinned && !pinned.isEmpty()) {
      List<ThreadNode> first = new ArrayList<>(pinned.size() + shown.size());
      first.addAll(pinned);
      first.addAll(shown);
      shown = Collections.unmodifiableList(first);
    }
    return new ThreadPage(this, number, shown, earlierCursor, laterCursor);
  }

  /**
   * Returns the page read by cursor that this thread holds ({@code Rejoinder.threadPage} with a
   * {@link ThreadCursor}): all its threads, pinned ones first if the store read them. Its {@link
   * ThreadPage#number()} is the numbered page its edge on the side of page 1 falls on, an estimate
   * once threads were added or removed before it: exact at either end of the discussion.
   *
   * @since 0.2.0
   */
  public ThreadPage cursorPage() {
    int edge = options.firstPage() == FirstPage.OLDEST
        ? firstRoot
        : firstRoot + Math.max(0, unpinned.size() - 1);
    int number = pinned.isEmpty()
        ? Math.min(Pages.of(Math.min(edge, Math.max(0, rootCount - 1)), options.perPage(),
            options.firstPage(), rootCount), pageCount())
        : 1;
    return pageOf(Math.max(1, number), 0, unpinned.size(), true);
  }

  /** Returns page 1. */
  public ThreadPage firstPage() {
    return page(1);
  }

  /**
   * Returns the page a comment is shown on: the page of its top-level thread, page 1 for a
   * pinned thread.
   *
   * @throws NotFoundException if the comment is not shown in this thread (or, in a thread read
   *     one page at a time, not on that page)
   */
  public int pageOf(CommentId id) {
    ThreadNode node = nodes.apply(id);
    if (node == null) {
      throw new NotFoundException("comment", id);
    }
    if (node.root().isPinned()) {
      return 1;
    }
    int position = firstRoot + indexOfRoot(node.root());
    return Pages.of(position, options.perPage(), options.firstPage(), rootCount);
  }

  private int indexOfRoot(ThreadNode root) {
    // Roots are few next to all nodes; a scan keeps nodes free of page bookkeeping.
    int i = unpinned.indexOf(root);
    if (i >= 0) {
      return i;
    }
    throw new IllegalStateException("Root of " + root.id() + " is not in this thread");
  }

  /**
   * Returns every shown node of all pages in display order: each node, then its replies. The
   * walk is iterative.
   */
  @Override
  public Iterator<ThreadNode> iterator() {
    return preorder(roots);
  }

  static Iterator<ThreadNode> preorder(List<ThreadNode> roots) {
    ArrayList<Iterator<ThreadNode>> stack = new ArrayList<>();
    stack.add(roots.iterator());
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        while (!stack.isEmpty() && !stack.get(stack.size() - 1).hasNext()) {
          stack.remove(stack.size() - 1);
        }
        return !stack.isEmpty();
      }

      @Override
      public ThreadNode next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        ThreadNode node = stack.get(stack.size() - 1).next();
        if (!node.children().isEmpty()) {
          stack.add(node.children().iterator());
        }
        return node;
      }
    };
  }

  @Override
  public String toString() {
    return "CommentThread[" + post.id() + ", " + responseCount + " responses, " + pageCount() + " pages]";
  }
}
