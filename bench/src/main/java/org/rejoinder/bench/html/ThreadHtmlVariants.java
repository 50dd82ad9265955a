package org.rejoinder.bench.html;

import static java.util.Objects.requireNonNull;

import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rejoinder.bench.SyntheticDiscussion;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Comment;
import org.rejoinder.render.Avatars;
import org.rejoinder.render.BodyRenderer;
import org.rejoinder.render.Links;
import org.rejoinder.render.Messages;
import org.rejoinder.render.ThreadView;
import org.rejoinder.render.html.HtmlThreadRenderer;
import org.rejoinder.thread.CommentThread;
import org.rejoinder.thread.ThreadOptions;

/**
 * One generated thread, on one page, and four ways of writing the same HTML for it: Rejoinder's
 * {@link HtmlThreadRenderer} from the thread itself (with its comment markup kept from an earlier
 * render, with none kept yet, and with keeping off), and Thymeleaf, JTE and plain concatenation
 * from a {@link ThreadModel} computed ahead (and JTE once more, computing that model first).
 * Bodies are rendered once, before any variant runs, and shared through one {@link BodyRenderer}
 * cache, as in production.
 */
public final class ThreadHtmlVariants {
  /** The variants. */
  public enum Variant {
    /** Rejoinder's renderer, from the assembled thread, the page rendered before. */
    REJOINDER_WARM,
    /** Rejoinder's renderer, from the assembled thread, with no comment markup kept yet. */
    REJOINDER_COLD,
    /** Rejoinder's renderer, from the assembled thread, keeping no comment markup. */
    REJOINDER_CACHE_OFF,
    /** Thymeleaf, from the model computed ahead. */
    THYMELEAF,
    /** JTE, from the model computed ahead. */
    JTE,
    /** JTE, computing the model first: the work Rejoinder's renderer does, done the template way. */
    JTE_INCLUDING_MODEL,
    /** Plain concatenation, from the model computed ahead: the lower bound. */
    CONCATENATION
  }

  private final ThreadView view;
  private final HtmlThreadRenderer warm;
  private final HtmlThreadRenderer off;
  private final BodyRenderer bodies;
  private final ThreadModel model;
  private final ThymeleafThread thymeleaf = new ThymeleafThread();
  private final JteThread jte = new JteThread();

  /**
   * Generates a thread of {@code comments} comments (each with its own body) and prepares every
   * variant.
   */
  public ThreadHtmlVariants(int comments) {
    this(SyntheticDiscussion.generate(comments, SyntheticDiscussion.Shape.RANDOM, comments, 42),
        Actor.ANONYMOUS);
  }

  /**
   * Prepares every variant for a thread of these comments on {@link SyntheticDiscussion#POST}, as
   * {@code viewer} sees it, on one page.
   */
  public ThreadHtmlVariants(List<Comment> comments, Actor viewer) {
    CommentThread thread =
        CommentThread.assemble(SyntheticDiscussion.POST, comments, viewer,
            ThreadOptions.DEFAULTS.unpaged());
    view = ThreadView.of(thread);
    // Large enough for every body of the thread, so that rendering is assembly only.
    bodies = BodyRenderer.builder().cacheChars(256_000_000L).build();
    warm = cold();
    warm.render(view, new StringBuilder());
    off = HtmlThreadRenderer.builder().bodies(bodies).commentCacheChars(0).build();
    model = model();
  }

  /** Returns a renderer with an empty comment markup cache large enough for the whole thread. */
  private HtmlThreadRenderer cold() {
    return HtmlThreadRenderer.builder().bodies(bodies).commentCacheChars(256_000_000L).build();
  }

  /** Computes the model from the thread, with the settings the renderer has (its defaults). */
  private ThreadModel model() {
    return ViewModels.of(view.page(), bodies, Avatars.gravatar(), Messages.english(),
        Links.defaults(), ZoneOffset.UTC);
  }

  /** Returns the number of comments and placeholders shown. */
  public int size() {
    return view.thread().size();
  }

  /** Appends the thread's HTML, written by {@code variant}, to {@code out}. */
  public void render(Variant variant, StringBuilder out) {
    switch (variant) {
      case REJOINDER_WARM -> warm.render(view, out);
      case REJOINDER_COLD -> cold().render(view, out);
      case REJOINDER_CACHE_OFF -> off.render(view, out);
      case THYMELEAF -> thymeleaf.render(model, out);
      case JTE -> jte.render(model, out);
      case JTE_INCLUDING_MODEL -> jte.render(model(), out);
      case CONCATENATION -> ConcatenatedThread.render(model, out);
    }
  }

  /** Returns each variant's HTML. */
  public Map<Variant, String> renderAll() {
    Map<Variant, String> html = new LinkedHashMap<>();
    for (Variant variant : Variant.values()) {
      StringBuilder out = new StringBuilder();
      render(variant, out);
      html.put(variant, out.toString());
    }
    return html;
  }

  /**
   * Checks that every variant writes exactly the bytes Rejoinder writes without keeping comment
   * markup, and returns them.
   *
   * @throws IllegalStateException naming the first variant that differs and where
   */
  public String checkIdentical() {
    Map<Variant, String> html = renderAll();
    String expected =
        requireNonNull(html.get(Variant.REJOINDER_CACHE_OFF), "every variant renders");
    html.forEach((variant, actual) -> {
      if (!actual.equals(expected)) {
        int at = firstDifference(expected, actual);
        throw new IllegalStateException(variant + " differs from " + Variant.REJOINDER_CACHE_OFF
            + " at character " + at + ":\n  expected …" + excerpt(expected, at)
            + "\n  but was  …" + excerpt(actual, at));
      }
    });
    return expected;
  }

  private static int firstDifference(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      if (a.charAt(i) != b.charAt(i)) {
        return i;
      }
    }
    return n;
  }

  private static String excerpt(String s, int at) {
    return s.substring(Math.max(0, at - 60), Math.min(s.length(), at + 60)).replace("\n", "\\n");
  }
}
