package org.rejoinder.render.html;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.rejoinder.model.Author;
import org.rejoinder.model.Post;
import org.rejoinder.model.SiteUser;
import org.rejoinder.render.AbstractPartContext;
import org.rejoinder.render.Avatars;
import org.rejoinder.render.BodyRenderer;
import org.rejoinder.render.Part;
import org.rejoinder.render.PartPosition;
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
 * built renderer is immutable and thread-safe: every call makes a fresh {@link HtmlContext} and
 * fresh part renderers.
 *
 * @since 0.1.0
 */
public final class HtmlThreadRenderer implements ThreadRenderer {
  private final RendererSettings<HtmlContext> settings;
  private final Avatars avatars;
  private final boolean fullPage;
  private final String stylesheet;

  private HtmlThreadRenderer(Builder builder, RendererSettings<HtmlContext> settings) {
    this.settings = settings;
    this.avatars = builder.avatars;
    this.fullPage = builder.fullPage;
    this.stylesheet = builder.stylesheet;
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
    new Context(new HtmlWriter(output), post, null, null).render(Part.COMMENT, node);
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

    Context(HtmlWriter writer, Post post, @Nullable CommentThread thread, @Nullable Voting voting) {
      super(settings, post, thread, voting);
      this.writer = writer;
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
      writer.start("ol", "class", "children").line();
      for (ThreadNode child : node.children()) {
        render(Part.COMMENT, child);
      }
      writer.end("ol").line();
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

    private Builder() {
      builtIn(Part.THREAD, (context, next) -> HtmlThreadParts.thread(context));
      builtIn(Part.HEADER, (context, next) -> HtmlThreadParts.header(context));
      builtIn(Part.PAGINATION, (context, next) -> HtmlThreadParts.pagination(context));
      builtIn(Part.COMMENT, (context, next) -> HtmlCommentParts.comment(context));
      builtIn(Part.AUTHOR, (context, next) -> HtmlCommentParts.author(context));
      builtIn(Part.META, (context, next) -> HtmlCommentParts.meta(context));
      builtIn(Part.MODERATION_NOTICE,
          (context, next) -> HtmlCommentParts.moderationNotice(context));
      builtIn(Part.BODY, (context, next) -> HtmlCommentParts.body(context));
      builtIn(Part.REPLY_LINK, (context, next) -> HtmlCommentParts.replyLink(context));
      builtIn(Part.PLACEHOLDER, (context, next) -> HtmlCommentParts.placeholder(context));
      builtIn(Part.PING, (context, next) -> HtmlCommentParts.ping(context));
      builtIn(Part.REPLY_FORM, (context, next) -> HtmlFormParts.replyForm(context));
      builtIn(Part.VOTES, (context, next) -> HtmlCommentParts.votes(context));
      builtIn(Part.PINNED, (context, next) -> HtmlCommentParts.pinned(context));
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
