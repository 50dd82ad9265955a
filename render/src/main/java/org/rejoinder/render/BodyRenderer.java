package org.rejoinder.render;

import static java.util.Objects.requireNonNull;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.rejoinder.model.Body;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.render.internal.BodyPipeline;
import org.rejoinder.render.internal.VisibleText;

/**
 * Turns comment bodies into safe HTML, or into Markdown for the Markdown renderer, whatever
 * their format and whatever people typed.
 *
 * <ul>
 *   <li>{@link org.rejoinder.model.BodyFormat#MARKDOWN Markdown}: CommonMark with autolinks and
 *       {@code ~~strikethrough~~}. A single line break is a line break; headings become bold
 *       paragraphs; raw HTML is kept only as far as the allowlist below allows. A quote whose last
 *       line starts with {@code —} or {@code --} is an attributed quote: {@code > text} then
 *       {@code > — Name} renders as {@code <figure><blockquote>…</blockquote><figcaption>—
 *       Name</figcaption></figure>}.
 *   <li>{@link org.rejoinder.model.BodyFormat#HTML HTML}: WordPress's comment tags ({@code
 *       a[href,title] abbr[title] acronym[title] b blockquote[cite] cite code del[datetime] em i
 *       q[cite] s strike strong}) plus {@code p} and {@code br}; blank lines make paragraphs and
 *       line breaks make {@code br}, as in WordPress. An attribution goes in a {@code cite}
 *       inside the quote.
 *   <li>{@link org.rejoinder.model.BodyFormat#PLAIN Plain text}: escaped; blank lines make
 *       paragraphs, line breaks make {@code br}, and URLs, {@code www.} addresses and email
 *       addresses become links.
 * </ul>
 *
 * <p>Every body then passes one allowlist sanitizer (the OWASP Java HTML Sanitizer): only the
 * elements above survive (Markdown adds {@code pre ul ol li hr figure figcaption}), with only
 * their listed attributes. A link keeps only an absolute {@code http}, {@code https} or {@code
 * mailto} URL (or {@code #comment-N}, a link to another comment) and gets {@code rel="nofollow
 * ugc"}. No script, event handler, style, form, frame, object, SVG or MathML survives, nor any
 * {@code javascript:}, {@code data:} or {@code vbscript:} URL however it is encoded. Images are
 * removed unless {@linkplain Builder#allowImages allowed}; a Markdown image then becomes a link
 * to it.
 *
 * <p><b>Render once.</b> Results are cached by body (its format and its whole text, compared
 * exactly, so no two texts can share a result), in a <a
 * href="https://github.com/ben-manes/caffeine">Caffeine</a> cache bounded by the characters of
 * output it holds, so that rendering a page of comments seen before is assembly, not parsing.
 * A body missing from the cache is rendered once even when several threads ask for it at once.
 * A body's text is hashed once per string, so a hit costs about as much as a hash-map lookup.
 * Instances are immutable apart from that cache, and thread-safe: build one and share it between
 * renderers.
 *
 * @since 0.1.0
 */
public final class BodyRenderer {
  /** The default deepest nesting of quotes and lists in a body: {@value}. */
  public static final int DEFAULT_MAX_NESTING = 8;
  /** The highest nesting a renderer may be configured with: {@value}. */
  public static final int MAX_NESTING_LIMIT = 32;
  /** The default size of the cache, in characters of rendered output: {@value}. */
  public static final long DEFAULT_CACHE_CHARS = 8_000_000L;

  private static final byte HTML_OUT = 1;
  private static final byte MARKDOWN_OUT = 2;

  private final BodyPipeline pipeline;
  private final @Nullable Cache<Key, String> cache;

  private BodyRenderer(Builder builder) {
    this.pipeline = new BodyPipeline(builder.images, builder.newTab, builder.maxNesting);
    this.cache =
        builder.cacheChars == 0
            ? null
            : Caffeine.newBuilder()
                .maximumWeight(builder.cacheChars)
                .weigher((Key key, String value) -> value.length() + 32)
                .build();
  }

  /** Returns a body renderer with the defaults: images off, links in the same tab, a cache. */
  public static BodyRenderer create() {
    return builder().build();
  }

  /** Returns a builder; see its methods for the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the body as sanitized HTML: block elements ({@code p}, {@code blockquote}, …) with
   * no wrapper.
   */
  public String html(Body body) {
    requireNonNull(body, "body must not be null");
    return cached(HTML_OUT, body);
  }

  /**
   * Returns the body as Markdown, written from its sanitized HTML: every character that could be
   * read as markup or raw HTML is escaped, and links keep only the URLs the sanitizer allowed.
   */
  public String markdown(Body body) {
    requireNonNull(body, "body must not be null");
    return cached(MARKDOWN_OUT, body);
  }

  /**
   * Returns a comment's body as a thread shows it: its {@linkplain #html(Body) sanitized HTML},
   * with each name it mentions ({@link Comment#mentions()}) linked to the comment named ({@code
   * <a href="…" class="mention">@Andrew</a>}) and each link to another comment ({@code
   * #comment-ID}, as a quote's attribution has) pointed at that comment's URL, where {@code
   * commentUrl} gives one; where it gives none (the comment is not shown: trashed, say), the
   * name or the link's text stays as text. The name is the text as written, never markup from
   * it. A body that refers to no comment is the cached HTML itself; one that does is linked
   * anew from it at each call.
   *
   * @param commentUrl a comment's URL while readers are shown it, empty otherwise
   * @since 0.2.0
   */
  public String html(Comment comment, Function<CommentId, Optional<String>> commentUrl) {
    requireNonNull(comment, "comment must not be null");
    requireNonNull(commentUrl, "commentUrl must not be null");
    String html = html(comment.body());
    return BodyPipeline.refersToComments(html, comment.mentions())
        ? BodyPipeline.linked(html, comment.mentions(), commentUrl)
        : html;
  }

  /**
   * Returns a comment's body as Markdown as a thread document shows it, its references to other
   * comments linked as {@link #html(Comment, Function)} links them.
   *
   * @since 0.2.0
   */
  public String markdown(Comment comment, Function<CommentId, Optional<String>> commentUrl) {
    requireNonNull(comment, "comment must not be null");
    requireNonNull(commentUrl, "commentUrl must not be null");
    String html = html(comment.body());
    return BodyPipeline.refersToComments(html, comment.mentions())
        ? BodyPipeline.linkedMarkdown(html, comment.mentions(), commentUrl)
        : markdown(comment.body());
  }

  /**
   * Returns the text a reader sees of the body: its {@linkplain #html sanitized HTML} without
   * markup, with character references decoded, a space where paragraphs, quotes, list items or
   * line breaks separate words, and runs of white space collapsed to one space. A body made only
   * of markup the sanitizer removes ({@code <script>x</script>}) gives an empty string; markup
   * inside a word ({@code bad<b></b>word}) and character references ({@code b&#97;dword}) give
   * the word a reader sees, "badword". A plain-text body is shown as typed, so its text stays as
   * typed apart from white space.
   *
   * <p>This is what moderation judges besides the text as typed (see {@link
   * org.rejoinder.moderation.BodyText}); the HTML it is made from is cached like any other, so a
   * comment judged this way is not parsed again when it is shown.
   *
   * @since 0.2.0
   */
  public String visibleText(Body body) {
    requireNonNull(body, "body must not be null");
    return VisibleText.of(html(body));
  }

  private String cached(byte output, Body body) {
    if (cache == null) {
      return render(output, body);
    }
    return cache.get(new Key(output, body), key -> render(key.output, key.body));
  }

  /**
   * A cache key: what is made from which body. The body's text is kept, not copied (the comments
   * shown usually hold the same string), and its hash is the string's own, computed once.
   */
  private static final class Key {
    private final byte output;
    private final Body body;

    Key(byte output, Body body) {
      this.output = output;
      this.body = body;
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Key other
          && output == other.output
          && body.format() == other.body.format()
          && body.text().equals(other.body.text());
    }

    @Override
    public int hashCode() {
      return body.text().hashCode() * 31 + body.format().ordinal() * 2 + output;
    }
  }

  private String render(byte output, Body body) {
    return output == HTML_OUT ? pipeline.html(body) : pipeline.markdown(body);
  }

  /**
   * Configures a {@link BodyRenderer}. Settings replace: a setting given twice keeps the later
   * value (this builder has no adders). Not thread-safe; the renderer it builds is.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private boolean images;
    private boolean newTab;
    private int maxNesting = DEFAULT_MAX_NESTING;
    private long cacheChars = DEFAULT_CACHE_CHARS;

    private Builder() {}

    /**
     * Whether {@code img} elements with an http(s) source are kept. Default {@code false}:
     * images are removed, and a Markdown image becomes a link to it.
     */
    public Builder allowImages(boolean allow) {
      this.images = allow;
      return this;
    }

    /**
     * Whether links open in a new tab ({@code target="_blank"}, with {@code rel="noopener
     * noreferrer"} added). Default {@code false}.
     */
    public Builder openLinksInNewTab(boolean newTab) {
      this.newTab = newTab;
      return this;
    }

    /**
     * The deepest nesting of quotes and lists rendered, 1 to {@value #MAX_NESTING_LIMIT}
     * (default {@value #DEFAULT_MAX_NESTING}). Deeper quotes in HTML bodies are flattened; a
     * Markdown body nested deeper (or any of its constructs nested more than 64 deep) is shown
     * as plain text, to guard against malicious input.
     *
     * @throws IllegalArgumentException if out of range
     */
    public Builder maxNesting(int maxNesting) {
      if (maxNesting < 1 || maxNesting > MAX_NESTING_LIMIT) {
        throw new IllegalArgumentException(
            "maxNesting must be between 1 and " + MAX_NESTING_LIMIT + " but was " + maxNesting);
      }
      this.maxNesting = maxNesting;
      return this;
    }

    /**
     * The most characters of rendered output the cache holds (default {@value
     * #DEFAULT_CACHE_CHARS}, about 16 MB, besides the bodies it keeps as keys); 0 turns caching
     * off. Make it hold the bodies of the largest page shown, or that page parses again.
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder cacheChars(long chars) {
      if (chars < 0) {
        throw new IllegalArgumentException("cacheChars must not be negative but was " + chars);
      }
      this.cacheChars = chars;
      return this;
    }

    /** Returns the configured renderer. */
    public BodyRenderer build() {
      return new BodyRenderer(this);
    }
  }
}
