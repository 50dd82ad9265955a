package org.rejoinder.interop;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.rejoinder.model.PostId;

/**
 * A thread of a Disqus export: the discussion of one page of the site, as an importer sees it to
 * choose the post its comments go to (see {@link DisqusImporter.Builder#matchBy}).
 *
 * @param disqusId Disqus's id of the thread ({@code dsq:id})
 * @param identifier the site's own identifier of the page ({@code id}), possibly empty
 * @param link the page's address, possibly empty
 * @param title the page's title, possibly empty
 * @param createdAt when the thread was made, or {@code null}
 * @param closed whether it takes no more comments
 * @param deleted whether it was deleted
 * @since 0.2.0
 */
public record DisqusThread(
    String disqusId, String identifier, String link, String title, @Nullable Instant createdAt,
    boolean closed, boolean deleted) {

  /** Creates a thread. */
  public DisqusThread {
    requireNonNull(disqusId, "disqusId must not be null");
    requireNonNull(identifier, "identifier must not be null");
    requireNonNull(link, "link must not be null");
    requireNonNull(title, "title must not be null");
  }

  /**
   * How threads are matched to posts: a function of the thread and of the posts already stored,
   * found by link, to the post its comments go to, or empty to leave the thread's comments out.
   *
   * @since 0.2.0
   */
  @FunctionalInterface
  public interface Matcher {
    /**
     * Returns the post of {@code thread}, or empty.
     *
     * @param postsByLink finds a stored post by its {@link org.rejoinder.model.Post#link() link}
     */
    Optional<PostId> postOf(DisqusThread thread, Function<String, Optional<PostId>> postsByLink);

    /**
     * Matches by the site's identifier ({@code <id>}), and where a thread has none, by link.
     */
    static Matcher byIdentifier() {
      return (thread, postsByLink) -> thread.identifier().isBlank()
          ? byLink().postOf(thread, postsByLink)
          : Optional.of(PostId.of(thread.identifier()));
    }

    /**
     * Matches by link: the stored post with the thread's link, else a post named after the
     * link's last path segment (its slug, as WordPress makes them), else after the whole link.
     */
    static Matcher byLink() {
      return (thread, postsByLink) -> {
        String link = thread.link().strip();
        if (link.isEmpty()) {
          return Optional.empty();
        }
        Optional<PostId> stored = postsByLink.apply(link);
        if (stored.isPresent()) {
          return stored;
        }
        String path = link.replaceFirst("[?#].*$", "").replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "");
        String[] segments = path.split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
          if (!segments[i].isBlank()) {
            return Optional.of(PostId.of(segments[i]));
          }
        }
        String p = WxrPost.linkedId(link);
        return Optional.of(PostId.of(p.isEmpty() ? link : p));
      };
    }
  }
}
