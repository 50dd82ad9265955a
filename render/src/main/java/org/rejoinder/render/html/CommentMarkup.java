package org.rejoinder.render.html;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.Post;
import org.rejoinder.thread.ThreadNode;

/**
 * The markup of comments, kept across the calls of one {@link HtmlThreadRenderer}: for each
 * comment as a node shows it, either the whole comment's markup in pieces between which what
 * depends on the call is written, or what each cacheable part wrote; with the links to other
 * comments that markup holds (a comment shown on one page and not on another links differently,
 * so those are checked at each use). Thread-safe: entries are immutable once stored. Not part of
 * the API.
 */
final class CommentMarkup {
  /** What an entry weighs besides its characters: the key and the arrays. */
  private static final int ENTRY_OVERHEAD = 64;

  private static final Entry[] NO_ENTRIES = new Entry[0];

  private final Cache<Key, Entry> cache;
  private final int slots;
  private final long maxChars;
  /**
   * The whole-comment entries the last render of a page wrote, in the order it wrote them: where
   * the next render looks first, since a page asked for again shows the same comments in the
   * same order, sparing a lookup per comment. Each entry is checked against the node it is used
   * for as a lookup would be ({@link Entry#isFor(Key, Comment)}), so one from another page or
   * made before a change is never written. Holds at most {@link #maxChars} characters of
   * markup, besides what the cache holds.
   */
  private volatile Entry[] lastPage = NO_ENTRIES;

  CommentMarkup(long maxChars, int slots) {
    this.slots = slots;
    this.maxChars = maxChars;
    // Upkeep (eviction, the buffers of reads and writes) runs on the calling thread: a render
    // that fills the cache does not wait on a pool thread the machine may be too busy to run.
    this.cache = Caffeine.newBuilder()
        .executor(Runnable::run)
        .maximumWeight(maxChars)
        .weigher((Key key, Entry entry) -> entry.weight())
        .build();
  }

  /** Returns the number of cacheable part renderers, each with its slot in every entry. */
  int slots() {
    return slots;
  }

  /** Returns the entry kept for the key, if it was made from an equal comment. */
  @Nullable Entry get(Key key, Comment comment) {
    Entry entry = cache.getIfPresent(key);
    return entry != null && entry.isFor(comment) ? entry : null;
  }

  void put(Key key, Entry entry) {
    cache.put(key, entry);
  }

  /** Returns the entries the last render of a page wrote, in order. */
  Entry[] lastPage() {
    return lastPage;
  }

  /** Keeps the entries a render of a page wrote, in order, if they are not too many. */
  void lastPage(Entry[] entries, long chars) {
    lastPage = chars <= maxChars ? entries : NO_ENTRIES;
  }

  /**
   * Where kept markup is looked up: the comment's id and version, the post, and where the node
   * stands (its depth, whether it is flattened, whom it answers, whether it takes replies,
   * whether it leads a pinned thread, what kind of node it is), with whether the post takes
   * comments at the time of the call. Not the reader, the votes shown, the comment's position
   * among others or its replies: those are written around the kept markup. The entry found holds
   * the comment it was made from, which must equal the comment shown ({@link CommentMarkup#get}),
   * so a comment changed without a new version (its votes, or a store that does not count
   * versions) is never shown with markup kept from before: the id and version only spare hashing
   * the text at each lookup.
   */
  static final class Key {
    private final Post post;
    private final long id;
    private final long version;
    private final @Nullable String inReplyTo;
    private final int depth;
    private final int flags;
    private final int hash;

    Key(Post post, int postHash, Comment comment, ThreadNode node, boolean acceptsComments) {
      this.post = post;
      this.id = comment.id().value();
      this.version = comment.version();
      this.inReplyTo = node.inReplyTo().orElse(null);
      this.depth = node.depth();
      this.flags = flags(node, acceptsComments);
      int h = postHash;
      h = h * 31 + Long.hashCode(id);
      h = h * 31 + Long.hashCode(version);
      h = h * 31 + Objects.hashCode(inReplyTo);
      h = h * 31 + depth;
      this.hash = h * 31 + flags;
    }

    /** Returns whether this is the key of the node and comment shown, as a new key would be. */
    boolean matches(Post post, Comment comment, ThreadNode node, boolean acceptsComments) {
      return id == comment.id().value()
          && version == comment.version()
          && depth == node.depth()
          && flags == flags(node, acceptsComments)
          && (this.post == post || this.post.equals(post))
          && Objects.equals(inReplyTo, node.inReplyTo().orElse(null));
    }

    private static int flags(ThreadNode node, boolean acceptsComments) {
      return node.kind().ordinal()
          | (node.isFlattened() ? 4 : 0)
          | (node.canReply() ? 8 : 0)
          | (node.isPinned() ? 16 : 0)
          | (acceptsComments ? 32 : 0);
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Key other
          && hash == other.hash
          && id == other.id
          && version == other.version
          && depth == other.depth
          && flags == other.flags
          && (post == other.post || post.equals(other.post))
          && Objects.equals(inReplyTo, other.inReplyTo);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  /**
   * The kept markup of one comment, made from {@link #comment}: either the whole comment in
   * pieces ({@link #head}, {@link #depth}, {@link #open}, {@link #close}; see {@link
   * HtmlThreadRenderer}) or one slot per cacheable part renderer ({@link #markup}, {@code null}
   * where it has not rendered yet); and the links to other comments asked for while rendering
   * them, with the URL each had ({@code null} where the comment was not shown). Never changed
   * once stored.
   */
  static final class Entry {
    static final CommentId[] NO_IDS = new CommentId[0];
    static final String[] NO_URLS = new String[0];
    static final String[] NO_PIECES = new String[0];
    private static final @Nullable String[] NO_SLOTS = new String[0];

    final Comment comment;
    /** The key a whole-comment entry was stored under; {@code null} for an entry of slots. */
    final @Nullable Key key;
    final @Nullable String[] markup;
    /** {@code <li id="comment-ID" class="comment byuser bypostauthor }: up to the position. */
    final String head;
    /** {@code  depth-N}: after the position classes, before {@code parent}. */
    final String depth;
    /** The rest of the start tag, then up to where the votes go, in pieces ({@link Pieces}). */
    final String[] open;
    /** From after the votes to where the replies go, in pieces. */
    final String[] close;
    final CommentId[] linkedIds;
    final @Nullable String[] linkedUrls;
    /** The characters it holds, and what it weighs besides. */
    final int weight;

    private Entry(Comment comment, @Nullable Key key, @Nullable String[] markup, String head,
        String depth, String[] open, String[] close, CommentId[] linkedIds,
        @Nullable String[] linkedUrls) {
      this.comment = comment;
      this.key = key;
      this.markup = markup;
      this.head = head;
      this.depth = depth;
      this.open = open;
      this.close = close;
      this.linkedIds = linkedIds;
      this.linkedUrls = linkedUrls;
      this.weight = weigh();
    }

    /** An entry of slots, one per cacheable part renderer. */
    static Entry ofSlots(Comment comment, @Nullable String[] markup, CommentId[] linkedIds,
        @Nullable String[] linkedUrls) {
      return new Entry(
          comment, null, markup, "", "", NO_PIECES, NO_PIECES, linkedIds, linkedUrls);
    }

    /** An entry of a whole comment's markup, in the pieces between what each call writes. */
    static Entry ofWhole(Key key, Comment comment, String head, String depth, String[] open,
        String[] close, CommentId[] linkedIds, @Nullable String[] linkedUrls) {
      return new Entry(comment, key, NO_SLOTS, head, depth, open, close, linkedIds, linkedUrls);
    }

    /**
     * Returns whether this whole-comment entry is what a lookup of the node and comment shown
     * would find: stored under the key they make, from an equal comment.
     */
    boolean isFor(Post post, Comment shown, ThreadNode node, boolean acceptsComments) {
      Key stored = key;
      return stored != null && stored.matches(post, shown, node, acceptsComments) && isFor(shown);
    }

    boolean isFor(Comment shown) {
      return comment == shown || comment.equals(shown);
    }

    int weight() {
      return weight;
    }

    private int weigh() {
      long chars = ENTRY_OVERHEAD + head.length() + length(open) + length(close);
      for (String s : markup) {
        if (s != null) {
          chars += s.length();
        }
      }
      for (String url : linkedUrls) {
        chars += 16 + (url == null ? 0 : url.length());
      }
      return (int) Math.min(Integer.MAX_VALUE, chars);
    }

    private static long length(String[] pieces) {
      long chars = 0;
      for (String piece : pieces) {
        chars += piece.length();
      }
      return chars;
    }
  }

  /**
   * What a render writes, kept as a few strings without copying the long ones: text written in
   * small appends is gathered in one buffer, reused from one comment to the next, and a string of
   * {@link #LONG} characters or more (a body's sanitized HTML, an author's markup made once per
   * call) becomes a piece of its own, the very string written. So a first render of a page keeps
   * each comment's markup without copying its body twice more, and what is kept shares the
   * bodies the {@link org.rejoinder.render.BodyRenderer} caches. Not thread-safe: one per call.
   */
  static final class Pieces implements Appendable {
    /** The length from which a string written is kept as it is rather than copied. */
    static final int LONG = 128;

    private final StringBuilder small = new StringBuilder(256);
    private final List<String> pieces = new ArrayList<>(4);

    @Override
    public Pieces append(CharSequence text) {
      if (text instanceof String s && s.length() >= LONG) {
        endSmall();
        pieces.add(s);
      } else {
        small.append(text);
      }
      return this;
    }

    @Override
    public Pieces append(CharSequence text, int start, int end) {
      small.append(text, start, end);
      return this;
    }

    @Override
    public Pieces append(char c) {
      small.append(c);
      return this;
    }

    /** Returns the pieces written since the last call, in order, and starts afresh. */
    String[] take() {
      endSmall();
      String[] taken = pieces.toArray(Entry.NO_PIECES);
      pieces.clear();
      return taken;
    }

    private void endSmall() {
      if (small.length() > 0) {
        pieces.add(small.toString());
        small.setLength(0);
      }
    }
  }
}
