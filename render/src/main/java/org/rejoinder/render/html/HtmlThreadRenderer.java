package org.rejoinder.render.html;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.rejoinder.model.Author;
import org.rejoinder.model.Post;
import org.rejoinder.model.SiteUser;
import org.rejoinder.render.Avatars;
import org.rejoinder.render.BodyRenderer;
import org.rejoinder.render.Links;
import org.rejoinder.render.Messages;
import org.rejoinder.render.Part;
import org.rejoinder.render.PartRendererFactory;
import org.rejoinder.render.ReplyForm;
import org.rejoinder.render.ThreadRenderer;
import org.rejoinder.render.ThreadView;
import org.rejoinder.render.internal.HtmlParts;
import org.rejoinder.render.internal.PartFactories;
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
 * <p>Each {@link Part} can be rendered the application's way with {@link Builder#part}; the
 * built-in renderer is used for the others. A built renderer is immutable and thread-safe: every
 * call makes a fresh {@link HtmlContext} and fresh part renderers.
 *
 * @since 0.1.0
 */
public final class HtmlThreadRenderer implements ThreadRenderer {
  private final PartFactories<HtmlContext> parts;
  private final Messages messages;
  private final Links links;
  private final Avatars avatars;
  private final BodyRenderer bodies;
  private final ZoneId zone;
  private final Clock clock;
  private final boolean fullPage;
  private final String stylesheet;

  private HtmlThreadRenderer(Builder builder) {
    this.parts = builder.parts.withBuiltIns(HtmlParts.builtIns());
    this.messages = builder.messages;
    this.links = builder.links;
    this.avatars = builder.avatars;
    this.bodies = builder.bodies != null ? builder.bodies : BodyRenderer.create();
    this.zone = builder.zone;
    this.clock = builder.clock;
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
    Context context = new Context(new HtmlWriter(output), view.thread().post());
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

  /** Renders only the reply form, for a page that places it apart from the comments. */
  public void renderForm(ReplyForm form, Appendable output) {
    requireNonNull(form, "form must not be null");
    requireNonNull(output, "output must not be null");
    new Context(new HtmlWriter(output), form.post()).render(Part.REPLY_FORM, form);
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
    html.start("html", "lang", messages.languageTag()).line();
    html.start("head").line();
    html.empty("meta", "charset", "utf-8").line();
    html.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").line();
    html.element("title", post.title()).line();
    html.start("style").raw(stylesheet).end("style").line();
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
  private final class Context implements HtmlContext {
    private final HtmlWriter writer;
    private final Post post;
    private final PartFactories.Renderers renderers;
    /** The comments being rendered, outermost first, with their places for the classes. */
    private final List<Position> rendering = new ArrayList<>();
    private int commentsSeen;
    private int threadsSeen;

    Context(HtmlWriter writer, Post post) {
      this.writer = writer;
      this.post = post;
      this.renderers = parts.create(this);
    }

    @Override
    public HtmlWriter writer() {
      return writer;
    }

    @Override
    public <T> void render(Part<T> part, T input) {
      if (part != Part.COMMENT) {
        renderers.render(part, input);
        return;
      }
      ThreadNode node = (ThreadNode) input;
      rendering.add(new Position(node, commentsSeen++, node.depth() == 1 ? threadsSeen++ : -1));
      try {
        renderers.render(part, input);
      } finally {
        rendering.remove(rendering.size() - 1);
      }
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
      for (int i = rendering.size() - 1; i >= 0; i--) {
        Position position = rendering.get(i);
        if (position.node() == node) {
          return position.classes(post);
        }
      }
      throw new IllegalStateException("Comment " + node.id() + " is not being rendered");
    }

    @Override
    public Post post() {
      return post;
    }

    @Override
    public Messages messages() {
      return messages;
    }

    @Override
    public Links links() {
      return links;
    }

    @Override
    public Avatars avatars() {
      return avatars;
    }

    @Override
    public BodyRenderer bodies() {
      return bodies;
    }

    @Override
    public Clock clock() {
      return clock;
    }

    @Override
    public String formatTime(Instant time) {
      return messages.dateTime(time.atZone(zone));
    }
  }

  /** A comment being rendered: its place among the page's comments and top-level comments. */
  private record Position(ThreadNode node, int index, int threadIndex) {
    List<String> classes(Post post) {
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
      if (index % 2 == 0) {
        classes.add("even");
      } else {
        classes.add("odd");
        classes.add("alt");
      }
      if (threadIndex >= 0) {
        if (threadIndex % 2 == 0) {
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
      return classes;
    }
  }

  /**
   * Configures an {@link HtmlThreadRenderer}. Not thread-safe; the renderer it builds is.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final PartFactories<HtmlContext> parts = new PartFactories<>(HtmlParts.SUPPORTED);
    private Messages messages = Messages.english();
    private Links links = Links.defaults();
    private Avatars avatars = Avatars.gravatar();
    private @Nullable BodyRenderer bodies;
    private ZoneId zone = ZoneOffset.UTC;
    private Clock clock = Clock.systemUTC();
    private boolean fullPage;
    private String stylesheet = DefaultStylesheet.CSS;

    private Builder() {}

    /**
     * Renders {@code part} with the application's renderer instead of the built-in one. The
     * factory is called once per render call with that call's context.
     *
     * @throws IllegalStateException if the part was given a renderer already
     */
    public <T> Builder part(Part<T> part, PartRendererFactory<HtmlContext, T> factory) {
      parts.add(part, factory);
      return this;
    }

    /** The words shown. Default {@link Messages#english()}. */
    public Builder messages(Messages messages) {
      this.messages = requireNonNull(messages, "messages must not be null");
      return this;
    }

    /** The URLs of pages, permalinks and reply links. Default {@link Links#defaults()}. */
    public Builder links(Links links) {
      this.links = requireNonNull(links, "links must not be null");
      return this;
    }

    /** How avatars are shown. Default {@link Avatars#gravatar()}. */
    public Builder avatars(Avatars avatars) {
      this.avatars = requireNonNull(avatars, "avatars must not be null");
      return this;
    }

    /**
     * The body renderer, whose cache may be shared with other renderers. Default a new {@link
     * BodyRenderer#create()}.
     */
    public Builder bodies(BodyRenderer bodies) {
      this.bodies = requireNonNull(bodies, "bodies must not be null");
      return this;
    }

    /** The time zone times are shown in. Default UTC. */
    public Builder zone(ZoneId zone) {
      this.zone = requireNonNull(zone, "zone must not be null");
      return this;
    }

    /**
     * The clock that says whether a post still takes comments (else the form says "Comments are
     * closed."). Default the UTC system clock.
     */
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock must not be null");
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
        throw new IllegalArgumentException("The stylesheet must not contain '</'");
      }
      this.stylesheet = css;
      return this;
    }

    /** Returns the configured renderer. */
    public HtmlThreadRenderer build() {
      return new HtmlThreadRenderer(this);
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
