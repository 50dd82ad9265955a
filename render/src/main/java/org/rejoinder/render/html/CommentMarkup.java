package org.rejoinder.render.html;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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

  private final Cache<Key, Entry> cache;
  private final int slots;

  CommentMarkup(long maxChars, int slots) {
    this.slots = slots;
    this.cache = Caffeine.newBuilder()
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
    private final CommentId id;
    private final long version;
    private final @Nullable String inReplyTo;
    private final int depth;
    private final int flags;
    private final int hash;

    Key(Post post, int postHash, Comment comment, ThreadNode node, boolean acceptsComments) {
      this.post = post;
      this.id = comment.id();
      this.version = comment.version();
      this.inReplyTo = node.inReplyTo().orElse(null);
      this.depth = node.depth();
      this.flags = node.kind().ordinal()
          | (node.isFlattened() ? 4 : 0)
          | (node.canReply() ? 8 : 0)
          | (node.isPinned() ? 16 : 0)
          | (acceptsComments ? 32 : 0);
      int h = postHash;
      h = h * 31 + id.hashCode();
      h = h * 31 + Long.hashCode(version);
      h = h * 31 + Objects.hashCode(inReplyTo);
      h = h * 31 + depth;
      this.hash = h * 31 + flags;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Key other
          && hash == other.hash
          && version == other.version
          && depth == other.depth
          && flags == other.flags
          && id.equals(other.id)
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
    private static final @Nullable String[] NO_SLOTS = new String[0];

    final Comment comment;
    final @Nullable String[] markup;
    /** {@code <li id="comment-ID" class="comment byuser bypostauthor }: up to the position. */
    final String head;
    /** {@code  depth-N}: after the position classes, before {@code parent}. */
    final String depth;
    /** The rest of the start tag, then up to where the votes go. */
    final String open;
    /** From after the votes to where the replies go. */
    final String close;
    final CommentId[] linkedIds;
    final @Nullable String[] linkedUrls;

    private Entry(Comment comment, @Nullable String[] markup, String head, String depth,
        String open, String close, CommentId[] linkedIds, @Nullable String[] linkedUrls) {
      this.comment = comment;
      this.markup = markup;
      this.head = head;
      this.depth = depth;
      this.open = open;
      this.close = close;
      this.linkedIds = linkedIds;
      this.linkedUrls = linkedUrls;
    }

    /** An entry of slots, one per cacheable part renderer. */
    static Entry ofSlots(Comment comment, @Nullable String[] markup, CommentId[] linkedIds,
        @Nullable String[] linkedUrls) {
      return new Entry(comment, markup, "", "", "", "", linkedIds, linkedUrls);
    }

    /** An entry of a whole comment's markup, in the pieces between what each call writes. */
    static Entry ofWhole(Comment comment, String head, String depth, String open, String close,
        CommentId[] linkedIds, @Nullable String[] linkedUrls) {
      return new Entry(comment, NO_SLOTS, head, depth, open, close, linkedIds, linkedUrls);
    }

    boolean isFor(Comment shown) {
      return comment == shown || comment.equals(shown);
    }

    int weight() {
      long chars = ENTRY_OVERHEAD + head.length() + open.length() + close.length();
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
  }
}
