package org.rejoinder.render.html;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.rejoinder.model.Author;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.Post;
import org.rejoinder.model.SiteUser;
import org.rejoinder.render.AbstractPartContext;
import org.rejoinder.render.Avatars;
import org.rejoinder.render.BodyRenderer;
import org.rejoinder.render.Part;
import org.rejoinder.render.PartPosition;
import org.rejoinder.render.PartRenderer;
import org.rejoinder.render.PartRendererFactory;
import org.rejoinder.render.RendererBuilder;
import org.rejoinder.render.RendererSettings;
import org.rejoinder.render.ReplyForm;
import org.rejoinder.render.ThreadRenderer;
import org.rejoinder.render.ThreadView;
import org.rejoinder.render.Voting;
import org.rejoinder.render.internal.Nodes;
import org.rejoinder.thread.CommentThread;
import org.rejoinder.thread.ThreadNode;

/**
 * Renders a thread as semantic, accessible HTML with WordPress's ids and classes, so that
 * existing themes style it: a {@code section#comments} with an {@code h2.comments-title}, an
 * {@code ol.commentlist} of {@code li.comment} (replies in {@code ol.children}), {@code
 * comment-ID} permalink anchors, {@code time} elements with ISO-8601 {@code datetime}s, page
 * links in a labelled {@code nav}, and the {@code #respond} form with labelled fields.
 *
 * <pre>{@code
 * HtmlThreadRenderer renderer = HtmlThreadRenderer.builder().build();
 * String html = renderer.render(ThreadView.of(thread).withForm(ReplyForm.of(post, "/comments")));
 * }</pre>
 *
 * <p>Safe by default: every body passes the {@link BodyRenderer}'s allowlist sanitizer, every
 * other text (names, titles, messages) is escaped, URLs other than http, https, mailto and
 * relative ones are left out, and email addresses and IP addresses are never written.
 *
 * <p>Each {@link Part} can be rendered the application's way with {@link Builder#part}, which
 * may replace, delegate to or decorate the built-in renderer ({@link HtmlThreadParts}, {@link
 * HtmlCommentParts}, {@link HtmlFormParts}); applications add parts of their own the same way. A
 * built renderer is thread-safe: every call makes a fresh {@link HtmlContext} and fresh part
 * renderers.
 *
 * <p><b>Comments seen before.</b> The renderer keeps what the cacheable parts of each comment
 * wrote ({@link Part#AUTHOR}, {@link Part#META}, {@link Part#PINNED}, {@link
 * Part#MODERATION_NOTICE}, {@link Part#BODY}, {@link Part#REPLY_LINK} and {@link Part#PING}, as
 * built in) and writes it again when the same comment shows the same way, so a page rendered
 * before is assembly of kept markup and what depends on the call: the comment's place among the
 * others ({@code even}, {@code odd alt}, {@code thread-even}, {@code thread-odd thread-alt}),
 * whether it has replies ({@code parent}), the replies themselves and the votes. Where all those
 * parts are kept (as built in, or with the application's outermost renderer of each registered
 * with {@link Builder#cacheablePart}), the whole {@code li} of a comment is kept in a few
 * pieces, written between what depends on the call; otherwise each cacheable part's markup is
 * kept alone. Markup is looked up by the comment's id and version, the post, where the node
 * stands (depth, flattening, whom it answers, whether it takes replies, pin, kind: the reader's
 * own held comment shows the notice) and whether the post takes comments; it is written only if
 * the {@link org.rejoinder.model.Comment} it was made from equals the one shown (an edit, a new
 * state or a vote makes another), and links from a body to other comments are checked at each
 * use; the order the last page was written in is kept too, so that a page asked for again
 * finds each comment's markup without a lookup. The renderers the application registers with
 * {@link Builder#part} run at every call,
 * whether they replace or wrap a built-in one (a wrapped built-in renderer's own markup is still
 * kept); {@link Builder#cacheablePart} registers one whose markup may be kept too. The cache is
 * bounded ({@link Builder#commentCacheChars}) and lives as long as the renderer: share one
 * renderer between requests for it to help.
 *
 * @since 0.1.0
 */
public final class HtmlThreadRenderer implements ThreadRenderer {
  /**
   * The default size of the comment markup cache, in characters: {@value}, about 16 MB, some
   * 4,000 comments of 2,000 characters each.
   *
   * @since 0.2.0
   */
  public static final long DEFAULT_COMMENT_CACHE_CHARS = 8_000_000L;

  private final RendererSettings<HtmlContext> settings;
  private final @Nullable CommentMarkup markup;
  /**
   * Whether every part of a comment but its votes is kept, so that a comment's whole markup is
   * kept in pieces ({@link Context#keptComment}) rather than part by part.
   */
  private final boolean wholeComments;
  private final Avatars avatars;
  private final boolean fullPage;
  private final String stylesheet;

  private HtmlThreadRenderer(Builder builder, RendererSettings<HtmlContext> settings) {
    this.settings = settings;
    this.avatars = builder.avatars;
    this.fullPage = builder.fullPage;
    this.stylesheet = builder.stylesheet;
    this.markup = builder.commentCacheChars == 0
        ? null
        : new CommentMarkup(builder.commentCacheChars, builder.cacheableRenderers);
    this.wholeComments = builder.keepsWholeComments();
  }

  /** Returns a builder; see its methods for the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the default stylesheet of full pages: readable width, indented replies, avatars. */
  public static String defaultStylesheet() {
    return DefaultStylesheet.CSS;
  }

  /**
   * Renders the view's page and form: the {@link Part#THREAD} part, wrapped in a standalone HTML
   * document when {@linkplain Builder#fullPage full pages} are on.
   */
  @Override
  public void render(ThreadView view, Appendable output) {
    requireNonNull(view, "view must not be null");
    requireNonNull(output, "output must not be null");
    Context context =
        new Context(new HtmlWriter(output), view.thread().post(), view.thread(), view.voting());
    if (fullPage) {
      pageStart(context);
    }
    context.render(Part.THREAD, view);
    if (fullPage) {
      context.writer().end("main").line().end("body").line().end("html").line();
    }
    context.storeKept();
    context.storePage();
  }

  @Override
  public String render(ThreadView view) {
    StringBuilder html = new StringBuilder();
    render(view, html);
    return html.toString();
  }

  /**
   * Renders one comment on its own, through {@link Part#COMMENT}: the same {@code li} as in the
   * thread, with its {@code depth-N} class, its replies if it has any and no siblings (it is the
   * first comment of the call, so {@code even}, and {@code thread-even} at depth 1). For the answer
   * to the form's POST or to a script that inserts the comment just submitted; never a full page.
   *
   * @since 0.2.0
   */
  @Override
  public void renderComment(ThreadNode node, Post post, Appendable output) {
    Nodes.checkCommentOf(node, post);
    requireNonNull(output, "output must not be null");
    Context context = new Context(new HtmlWriter(output), post, null, null);
    context.render(Part.COMMENT, node);
    context.storeKept();
  }

  /** Renders only the reply form, for a page that places it apart from the comments. */
  public void renderForm(ReplyForm form, Appendable output) {
    requireNonNull(form, "form must not be null");
    requireNonNull(output, "output must not be null");
    new Context(new HtmlWriter(output), form.post(), null, null).render(Part.REPLY_FORM, form);
  }

  /** Renders only the reply form, to a string. */
  public String renderForm(ReplyForm form) {
    StringBuilder html = new StringBuilder();
    renderForm(form, html);
    return html.toString();
  }

  private void pageStart(Context context) {
    Post post = context.post();
    HtmlWriter html = context.writer();
    html.raw("<!DOCTYPE html>").line();
    html.start("html", "lang", context.messages().languageTag()).line();
    html.start("head").line();
    html.empty("meta", "charset", "utf-8").line();
    html.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").line();
    html.element("title", post.title()).line();
    // The writer refuses style elements in parts; this one holds the renderer's own stylesheet.
    html.raw("<style>").raw(stylesheet).raw("</style>").line();
    html.end("head").line();
    html.start("body").line();
    html.start("main", "class", "rejoinder-page").line();
    html.start("header", "class", "entry-header").line();
    html.element("h1", post.title(), "class", "entry-title").line();
    html.start("p", "class", "entry-meta").text(post.author().displayName()).text(" · ")
        .element("time", context.formatTime(post.publishedAt()),
            "datetime", post.publishedAt().toString())
        .end("p").line();
    html.end("header").line();
  }

  /** The context of one render call. */
  private final class Context extends AbstractPartContext<HtmlContext> implements HtmlContext {
    private final HtmlWriter writer;
    private final int postHash;
    /** The node whose kept markup is at hand: its key and its slots. */
    private @Nullable ThreadNode keptNode;
    private CommentMarkup.@Nullable Key keptKey;
    private @Nullable Comment keptComment;
    private @Nullable String[] kept = NOTHING_KEPT;
    /** Whether {@link #kept} is this call's own copy, with markup to store. */
    private boolean keptChanged;
    /** The links to other comments the kept markup holds, with their URLs. */
    private final List<CommentId> linkedIds = new ArrayList<>();
    private final List<@Nullable String> linkedUrls = new ArrayList<>();
    /** How many renders into kept markup are in progress. */
    private int capturing;
    /** The whole-comment entries the last render of a page wrote, looked at first. */
    private final CommentMarkup.Entry[] lastPage;
    /** The whole-comment entries this call wrote, in order, and their characters. */
    private CommentMarkup.Entry[] page = NO_ENTRIES;
    private int pageCount;
    private long pageChars;
    /** Where a comment's kept markup is written, made at the first comment kept. */
    private CommentMarkup.@Nullable Pieces pieces;

    Context(HtmlWriter writer, Post post, @Nullable CommentThread thread, @Nullable Voting voting) {
      super(settings, post, thread, voting);
      this.writer = writer;
      this.postHash = markup == null ? 0 : post.hashCode();
      this.lastPage = markup == null || thread == null ? NO_ENTRIES : markup.lastPage();
    }

    /** Keeps the whole-comment entries a render of a page wrote, for the next one to look at. */
    void storePage() {
      if (markup != null && pageCount > 0) {
        markup.lastPage(Arrays.copyOf(page, pageCount), pageChars);
      }
    }

    /**
     * Returns the renderer of a cacheable part for this call: it writes the markup kept for the
     * node where there is some, and otherwise lets {@code renderer} write it, keeping what it
     * wrote. The one renderer writes the markup either way; only when is different.
     */
    PartRenderer<ThreadNode> keeping(int slot, PartRenderer<ThreadNode> renderer) {
      if (markup == null || wholeComments) {
        return renderer;
      }
      return node -> {
        if (node.isPlaceholder() || (capturing > 0 && node != keptNode)) {
          renderer.render(node);
          return;
        }
        String html = keptFor(node)[slot];
        if (html == null) {
          html = capture(renderer, node);
          kept[slot] = html;
        }
        writer.raw(html);
      };
    }

    /**
     * Returns the renderer of {@link Part#COMMENT} for this call: where every part of a comment
     * but the votes is kept, it writes each comment (not a placeholder) from its kept markup,
     * making and keeping that first where there is none; otherwise {@code renderer}.
     */
    PartRenderer<ThreadNode> keepingComments(PartRenderer<ThreadNode> renderer) {
      if (markup == null || !wholeComments) {
        return renderer;
      }
      return node -> {
        if (node.isPlaceholder() || capturing > 0) {
          renderer.render(node);
        } else {
          keptComment(node);
        }
      };
    }

    /**
     * Writes a comment as {@link HtmlCommentParts#comment} does, from kept pieces: {@code <li
     * id="comment-ID" class="comment byuser bypostauthor } (kept), the classes of its position
     * ({@code even}, {@code odd alt}, {@code thread-even}, {@code thread-odd thread-alt}),
     * {@code  depth-N} (kept), {@code  parent} if it has replies, the rest up to the body (kept:
     * {@code pinned}, the tag's end, the article, the author, the time, the "Pinned" label, the
     * notice on the reader's held comment, the body), the votes, the rest of the article (kept:
     * the Reply link), the replies and {@code </li>}. The kept pieces depend on what the key
     * holds: the comment, the post, the node's layout and kind, whether the post takes comments.
     */
    private void keptComment(ThreadNode node) {
      Comment comment = Nodes.comment(node);
      boolean ping = comment.isPing();
      if (ping && !showPings() && node.children().isEmpty()) {
        return;
      }
      PartPosition position = position(Part.COMMENT, node);
      CommentMarkup cache = requireNonNull(markup);
      int at = pageCount;
      CommentMarkup.Entry entry = at < lastPage.length ? lastPage[at] : null;
      if (entry == null || !entry.isFor(post(), comment, node, acceptsComments())
          || !linksHold(entry)) {
        CommentMarkup.Key key =
            new CommentMarkup.Key(post(), postHash, comment, node, acceptsComments());
        entry = cache.get(key, comment);
        if (entry == null || !linksHold(entry)) {
          entry = wholeMarkup(key, node, comment, ping);
          cache.put(key, entry);
        }
      }
      if (at == page.length) {
        page = Arrays.copyOf(page, Math.max(64, at * 2));
      }
      page[at] = entry;
      pageCount = at + 1;
      pageChars += entry.weight;
      int classes = (position.index() & 1) * 3;
      if (node.depth() == 1 && position.nesting() == 0) {
        classes += 1 + (position.indexAtNesting() & 1);
      }
      HtmlWriter html = writer;
      html.raw(entry.head).raw(POSITION_CLASSES[classes]).raw(entry.depth);
      if (!node.children().isEmpty()) {
        html.raw(" parent");
      }
      for (String piece : entry.open) {
        html.raw(piece);
      }
      if (!ping && node.kind() == ThreadNode.Kind.COMMENT && voting().isPresent()) {
        render(Part.VOTES, node);
      }
      for (String piece : entry.close) {
        html.raw(piece);
      }
      renderReplies(node);
      html.raw("</li>\n");
    }

    /** Makes the kept pieces of a comment's markup, rendering its parts. */
    private CommentMarkup.Entry wholeMarkup(
        CommentMarkup.Key key, ThreadNode node, Comment comment, boolean ping) {
      linkedIds.clear();
      linkedUrls.clear();
      String id = node.id().toString();
      StringBuilder head = new StringBuilder(64);
      new HtmlWriter(head).raw("<li id=\"").attribute("comment-" + id).raw("\" class=\"")
          .attribute(ping ? comment.type().name().toLowerCase(Locale.ROOT) : "comment");
      if (comment.author() instanceof SiteUser) {
        head.append(" byuser");
      }
      if (post().isAuthor(comment.author())) {
        head.append(" bypostauthor");
      }
      head.append(' ');
      String[] open = captured(() -> {
        writer.raw(node.isPinned() ? " pinned\">" : "\">").line();
        if (ping) {
          render(Part.PING, node);
          return;
        }
        writer.start("article", "id", "div-comment-" + id, "class", "comment-body").line();
        writer.start("footer", "class", "comment-meta").line();
        render(Part.AUTHOR, node);
        render(Part.META, node);
        if (node.isPinned()) {
          render(Part.PINNED, node);
        }
        if (node.kind() == ThreadNode.Kind.AWAITING_MODERATION) {
          render(Part.MODERATION_NOTICE, node);
        }
        writer.end("footer").line();
        render(Part.BODY, node);
      });
      String[] close = ping ? CommentMarkup.Entry.NO_PIECES : captured(() -> {
        if (node.canReply() && acceptsComments()) {
          render(Part.REPLY_LINK, node);
        }
        writer.end("article").line();
      });
      int depth = node.depth();
      return CommentMarkup.Entry.ofWhole(key, comment, head.toString(),
          depth < DEPTH_CLASSES.length ? DEPTH_CLASSES[depth] : " depth-" + depth, open, close,
          linkedIds.toArray(CommentMarkup.Entry.NO_IDS),
          linkedUrls.toArray(CommentMarkup.Entry.NO_URLS));
    }

    /** Returns what {@code render} writes, in pieces, noting the comments it links to. */
    private String[] captured(Runnable render) {
      CommentMarkup.Pieces out = pieces;
      if (out == null) {
        out = new CommentMarkup.Pieces();
        pieces = out;
      }
      Appendable outer = writer.redirect(out);
      capturing++;
      try {
        render.run();
      } finally {
        capturing--;
        writer.redirect(outer);
      }
      return out.take();
    }

    /** Returns the slots kept for the node, looking them up once per node in a row. */
    private @Nullable String[] keptFor(ThreadNode node) {
      if (node == keptNode) {
        return kept;
      }
      storeKept();
      Comment comment = Nodes.comment(node);
      CommentMarkup.Key key = new CommentMarkup.Key(post(), postHash, comment, node, acceptsComments());
      CommentMarkup.Entry found = requireNonNull(markup).get(key, comment);
      keptNode = node;
      keptKey = key;
      keptComment = comment;
      linkedIds.clear();
      linkedUrls.clear();
      if (found != null && linksHold(found)) {
        kept = found.markup;
        for (int i = 0; i < found.linkedIds.length; i++) {
          linkedIds.add(found.linkedIds[i]);
          linkedUrls.add(found.linkedUrls[i]);
        }
        keptChanged = false;
      } else {
        kept = new String[markup.slots()];
        keptChanged = true;
      }
      return kept;
    }

    /** Returns whether every comment the markup links to still has the URL it linked to. */
    private boolean linksHold(CommentMarkup.Entry entry) {
      for (int i = 0; i < entry.linkedIds.length; i++) {
        if (!Objects.equals(
            super.commentUrl(entry.linkedIds[i]).orElse(null), entry.linkedUrls[i])) {
          return false;
        }
      }
      return true;
    }

    /** Renders the node's part to a string, noting the comments its markup links to. */
    private String capture(PartRenderer<ThreadNode> renderer, ThreadNode node) {
      if (!keptChanged) {
        kept = kept.clone();
        keptChanged = true;
      }
      StringBuilder out = new StringBuilder(512);
      Appendable outer = writer.redirect(out);
      capturing++;
      try {
        renderer.render(node);
      } finally {
        capturing--;
        writer.redirect(outer);
      }
      return out.toString();
    }

    /** Stores the markup kept during this call for the node at hand, if any is new. */
    void storeKept() {
      if (keptChanged && keptKey != null && keptComment != null) {
        requireNonNull(markup).put(keptKey, CommentMarkup.Entry.ofSlots(keptComment, kept,
            linkedIds.toArray(CommentMarkup.Entry.NO_IDS),
            linkedUrls.toArray(CommentMarkup.Entry.NO_URLS)));
      }
      keptChanged = false;
    }

    @Override
    public Optional<String> commentUrl(CommentId id) {
      Optional<String> url = super.commentUrl(id);
      if (capturing > 0) {
        linkedIds.add(id);
        linkedUrls.add(url.orElse(null));
      }
      return url;
    }

    @Override
    protected HtmlContext self() {
      return this;
    }

    @Override
    public HtmlWriter writer() {
      return writer;
    }

    @Override
    public void renderReplies(ThreadNode node) {
      if (node.children().isEmpty()) {
        return;
      }
      if (capturing > 0) {
        throw new IllegalStateException(
            "A cacheable part must not render replies, which are not kept with it: " + node);
      }
      writer.raw("<ol class=\"children\">\n");
      for (ThreadNode child : node.children()) {
        render(Part.COMMENT, child);
      }
      writer.raw("</ol>\n");
    }

    @Override
    public List<String> commentClasses(ThreadNode node) {
      return classes(node, position(Part.COMMENT, node), post());
    }

    @Override
    public Avatars avatars() {
      return avatars;
    }
  }

  private static final @Nullable String[] NOTHING_KEPT = new String[0];
  private static final CommentMarkup.Entry[] NO_ENTRIES = new CommentMarkup.Entry[0];

  /**
   * The classes of a comment's position, by {@code 3 × (index odd) + (0 below the top level, 1
   * for an even, 2 for an odd top-level comment)}, as {@link #classes} writes them.
   */
  private static final String[] POSITION_CLASSES = {
      "even", "even thread-even", "even thread-odd thread-alt",
      "odd alt", "odd alt thread-even", "odd alt thread-odd thread-alt"};

  /** {@code " depth-N"} for the depths threads have. */
  private static final String[] DEPTH_CLASSES = new String[16];

  static {
    for (int depth = 0; depth < DEPTH_CLASSES.length; depth++) {
      DEPTH_CLASSES[depth] = " depth-" + depth;
    }
  }

  /** WordPress's classes of a comment at a position among the call's comments. */
  private static List<String> classes(ThreadNode node, PartPosition position, Post post) {
    List<String> classes = new ArrayList<>(10);
    classes.add("comment");
    node.comment().ifPresent(c -> {
      Author author = c.author();
      if (author instanceof SiteUser) {
        classes.add("byuser");
      }
      if (post.isAuthor(author)) {
        classes.add("bypostauthor");
      }
    });
    if (position.index() % 2 == 0) {
      classes.add("even");
    } else {
      classes.add("odd");
      classes.add("alt");
    }
    if (node.depth() == 1 && position.nesting() == 0) {
      if (position.indexAtNesting() % 2 == 0) {
        classes.add("thread-even");
      } else {
        classes.add("thread-odd");
        classes.add("thread-alt");
      }
    }
    classes.add("depth-" + node.depth());
    if (!node.children().isEmpty()) {
      classes.add("parent");
    }
    if (node.isPlaceholder()) {
      classes.add("deleted");
    }
    if (node.isPinned()) {
      classes.add("pinned");
    }
    return classes;
  }

  /**
   * Configures an {@link HtmlThreadRenderer}: the settings of {@link RendererBuilder} (parts,
   * messages, links, bodies, zone, clock) and the HTML ones below.
   *
   * <p>Settings replace: a setting given twice keeps the later value. Adders add: {@link #part}
   * given twice for one part keeps both, the later wrapping the earlier. Not thread-safe; the
   * renderer it builds is.
   *
   * @since 0.1.0
   */
  public static final class Builder extends RendererBuilder<HtmlContext, Builder> {
    private Avatars avatars = Avatars.gravatar();
    private boolean fullPage;
    private String stylesheet = DefaultStylesheet.CSS;
    private long commentCacheChars = DEFAULT_COMMENT_CACHE_CHARS;
    private int cacheableRenderers;
    /** For each part, how many renderers were added when the last cacheable one was. */
    private final Map<Part<?>, Integer> lastCacheable = new IdentityHashMap<>();

    private Builder() {
      builtIn(Part.THREAD, (context, next) -> HtmlThreadParts.thread(context));
      builtIn(Part.HEADER, (context, next) -> HtmlThreadParts.header(context));
      builtIn(Part.PAGINATION, (context, next) -> HtmlThreadParts.pagination(context));
      builtIn(Part.COMMENT, (context, next) -> context instanceof HtmlThreadRenderer.Context own
          ? own.keepingComments(HtmlCommentParts.comment(context))
          : HtmlCommentParts.comment(context));
      builtIn(Part.AUTHOR, cacheable((context, next) -> HtmlCommentParts.author(context)));
      builtIn(Part.META, cacheable((context, next) -> HtmlCommentParts.meta(context)));
      builtIn(Part.MODERATION_NOTICE,
          cacheable((context, next) -> HtmlCommentParts.moderationNotice(context)));
      builtIn(Part.BODY, cacheable((context, next) -> HtmlCommentParts.body(context)));
      builtIn(Part.REPLY_LINK, cacheable((context, next) -> HtmlCommentParts.replyLink(context)));
      builtIn(Part.PLACEHOLDER, (context, next) -> HtmlCommentParts.placeholder(context));
      builtIn(Part.PING, cacheable((context, next) -> HtmlCommentParts.ping(context)));
      builtIn(Part.REPLY_FORM, (context, next) -> HtmlFormParts.replyForm(context));
      builtIn(Part.VOTES, (context, next) -> HtmlCommentParts.votes(context));
      builtIn(Part.PINNED, cacheable((context, next) -> HtmlCommentParts.pinned(context)));
      builtIn(Part.SORTS, (context, next) -> HtmlThreadParts.sorts(context));
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** How avatars are shown. Default {@link Avatars#gravatar()}. */
    public Builder avatars(Avatars avatars) {
      this.avatars = requireNonNull(avatars, "avatars must not be null");
      return this;
    }

    /**
     * Whether {@link #render} writes a standalone HTML document (doctype, head with the
     * stylesheet, the post's title) around the thread, for demos and static sites. Default
     * {@code false}: the thread's {@code section} only, to embed in the application's page.
     */
    public Builder fullPage(boolean fullPage) {
      this.fullPage = fullPage;
      return this;
    }

    /**
     * The CSS of full pages. Default {@link HtmlThreadRenderer#defaultStylesheet()}.
     *
     * @throws IllegalArgumentException if the CSS contains {@code </}, which could end the
     *     {@code style} element
     */
    public Builder stylesheet(String css) {
      requireNonNull(css, "css must not be null");
      if (css.contains("</")) {
        throw new IllegalArgumentException(
            "css must not contain '</', which would end the style element");
      }
      this.stylesheet = css;
      return this;
    }

    /**
     * The most characters of comment markup the renderer keeps across calls (default {@value
     * HtmlThreadRenderer#DEFAULT_COMMENT_CACHE_CHARS}, about 16 MB, besides the comments it keeps
     * as keys); 0 turns keeping off. Make it hold the markup of the largest page shown (about the
     * size of its bodies' HTML plus 600 characters a comment), or part of that page is written
     * anew at each call. The markup of the last page rendered is also kept in the order it was
     * written, where the next render looks first, if it is within this size: at most as much
     * again, mostly the same markup as the cache's. The cache belongs to the renderer built: share the renderer between
     * requests. The {@link org.rejoinder.render.Links} and {@link org.rejoinder.render.Messages}
     * given must answer the same for the same arguments, as the defaults do.
     *
     * @throws IllegalArgumentException if negative
     * @since 0.2.0
     */
    public Builder commentCacheChars(long chars) {
      checkArgument(chars >= 0, "commentCacheChars must not be negative but was %s", chars);
      this.commentCacheChars = chars;
      return this;
    }

    /**
     * Adds the application's renderer of a part of a comment as {@link #part} does, and says that
     * what it writes may be kept with the comment's markup and written again without calling it
     * (see {@link #commentCacheChars}): that it writes the same for the same {@link
     * org.rejoinder.model.Comment} value, post and node layout (depth, flattening, {@linkplain
     * ThreadNode#inReplyTo() whom it answers}, {@linkplain ThreadNode#canReply() whether it takes
     * replies}, {@linkplain ThreadNode#isPinned() pin}, {@linkplain ThreadNode#kind() kind}) and
     * whether the post takes comments, with this renderer's settings; not depending on the reader,
     * the votes, the page (beyond {@link HtmlContext#commentUrl}, whose answers are checked at
     * each use), the comment's position or number, its replies, or anything else of the
     * application's. Whatever it renders through the context is kept with it; it must not render
     * replies. A placeholder's parts are never kept.
     *
     * @throws IllegalArgumentException if the part is {@link Part#COMMENT}, whose classes and
     *     replies depend on the page, or a built-in part this renderer does not have
     * @since 0.2.0
     */
    public Builder cacheablePart(
        Part<ThreadNode> part, PartRendererFactory<HtmlContext, ThreadNode> factory) {
      requireNonNull(part, "part must not be null");
      requireNonNull(factory, "factory must not be null");
      checkArgument(part != Part.COMMENT,
          "%s renders replies and the comment's place, which are not kept", part);
      part(part, cacheable(factory));
      lastCacheable.put(part, addedRenderers(part));
      return this;
    }

    /**
     * Returns whether the markup of every part of a comment but its votes may be kept: whether
     * the outermost renderer of each is cacheable, the built-in one or one added with {@link
     * #cacheablePart}.
     */
    private boolean keepsWholeComments() {
      for (Part<ThreadNode> part : List.of(Part.AUTHOR, Part.META, Part.PINNED,
          Part.MODERATION_NOTICE, Part.BODY, Part.REPLY_LINK, Part.PING)) {
        int added = addedRenderers(part);
        if (added != 0 && lastCacheable.getOrDefault(part, -1) != added) {
          return false;
        }
      }
      return true;
    }

    /** Makes a factory's renderers keep their markup, each in a slot of its own. */
    private PartRendererFactory<HtmlContext, ThreadNode> cacheable(
        PartRendererFactory<HtmlContext, ThreadNode> factory) {
      int slot = cacheableRenderers++;
      return (context, next) -> {
        PartRenderer<ThreadNode> renderer = factory.create(context, next);
        return context instanceof HtmlThreadRenderer.Context own
            ? own.keeping(slot, renderer)
            : renderer;
      };
    }

    /** Returns the configured renderer. */
    public HtmlThreadRenderer build() {
      return new HtmlThreadRenderer(this, settings());
    }
  }

  /** The default stylesheet, loaded once. */
  private static final class DefaultStylesheet {
    static final String CSS = load();

    private static String load() {
      try (InputStream in = HtmlThreadRenderer.class.getResourceAsStream("default.css")) {
        if (in == null) {
          throw new IllegalStateException("default.css is missing");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
