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
 * The markup of comments' cacheable parts, kept across the calls of one {@link
 * HtmlThreadRenderer}: for each comment as a node shows it, what each cacheable part wrote, and
 * the links to other comments that markup holds (a comment shown on one page and not on another
 * links differently, so those are checked at each use). Thread-safe: entries are immutable once
 * stored. Not part of the API.
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

  @Nullable Entry get(Key key) {
    return cache.getIfPresent(key);
  }

  void put(Key key, Entry entry) {
    cache.put(key, entry);
  }

  /**
   * What the markup of a comment's cacheable parts depends on besides the renderer's settings:
   * the whole comment (so an edit, a change of state, of votes or of pin is another key), the
   * post, and where the node stands (its depth, whether it is flattened, whom it answers, whether
   * it takes replies, whether it leads a pinned thread, what kind of node it is), with whether
   * the post takes comments at the time of the call. Not the reader, the votes shown, the
   * comment's position among others or its replies: those are written around the kept markup.
   */
  static final class Key {
    private final Post post;
    private final Comment comment;
    private final @Nullable String inReplyTo;
    private final int depth;
    private final int flags;
    private final int hash;

    Key(Post post, int postHash, Comment comment, ThreadNode node, boolean acceptsComments) {
      this.post = post;
      this.comment = comment;
      this.inReplyTo = node.inReplyTo().orElse(null);
      this.depth = node.depth();
      this.flags = node.kind().ordinal()
          | (node.isFlattened() ? 4 : 0)
          | (node.canReply() ? 8 : 0)
          | (node.isPinned() ? 16 : 0)
          | (acceptsComments ? 32 : 0);
      // Equal comments have equal ids, versions and texts; a string's hash is computed once.
      int h = postHash;
      h = h * 31 + comment.id().hashCode();
      h = h * 31 + Long.hashCode(comment.version());
      h = h * 31 + comment.body().text().hashCode();
      h = h * 31 + Objects.hashCode(inReplyTo);
      h = h * 31 + depth;
      this.hash = h * 31 + flags;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Key other
          && hash == other.hash
          && depth == other.depth
          && flags == other.flags
          && (comment == other.comment || comment.equals(other.comment))
          && (post == other.post || post.equals(other.post))
          && Objects.equals(inReplyTo, other.inReplyTo);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  /**
   * The kept markup of one comment: one slot per cacheable part renderer ({@code null} where it
   * has not rendered yet), and the links to other comments asked for while rendering them, with
   * the URL each had ({@code null} where the comment was not shown). Never changed once stored.
   */
  static final class Entry {
    static final CommentId[] NO_IDS = new CommentId[0];
    static final String[] NO_URLS = new String[0];

    final @Nullable String[] markup;
    final CommentId[] linkedIds;
    final @Nullable String[] linkedUrls;

    Entry(@Nullable String[] markup, CommentId[] linkedIds, @Nullable String[] linkedUrls) {
      this.markup = markup;
      this.linkedIds = linkedIds;
      this.linkedUrls = linkedUrls;
    }

    int weight() {
      long chars = ENTRY_OVERHEAD;
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
