package org.rejoinder.render.html;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.rejoinder.render.Links;
import org.rejoinder.render.Messages;
import org.rejoinder.render.Part;
import org.rejoinder.render.PartRenderer;
import org.rejoinder.render.ReplyForm;
import org.rejoinder.render.ThreadView;
import org.rejoinder.thread.CommentOrder;
import org.rejoinder.thread.FirstPage;
import org.rejoinder.thread.ThreadCursor;
import org.rejoinder.thread.ThreadNode;
import org.rejoinder.thread.ThreadPage;

/**
 * The built-in HTML renderers of the thread, its heading and its pagination: the building blocks
 * {@link HtmlThreadRenderer} registers for {@link Part#THREAD}, {@link Part#HEADER}, {@link
 * Part#SORTS} and {@link Part#PAGINATION}, for an application to call, wrap, or register for a
 * part of its own. Each
 * method returns a renderer for one call's context, as a {@link
 * org.rejoinder.render.PartRendererFactory} would.
 *
 * @since 0.2.0
 */
public final class HtmlThreadParts {
  /** Page links shown on each side of the current page, besides the first and the last. */
  private static final int PAGE_WINDOW = 2;

  private HtmlThreadParts() {}

  /**
   * {@code <section id="comments">}: the {@link Part#HEADER}, the {@link Part#SORTS}, an {@code
   * ol.commentlist} of the page's top-level {@link Part#COMMENT}s, the {@link Part#PAGINATION}
   * and the view's {@link Part#REPLY_FORM}, if any.
   */
  public static PartRenderer<ThreadView> thread(HtmlContext context) {
    return view -> {
      HtmlWriter html = context.writer();
      html.start("section", "id", "comments", "class", "comments-area").line();
      context.render(Part.HEADER, view.page());
      context.render(Part.SORTS, view.page());
      if (!view.page().roots().isEmpty()) {
        html.start("ol", "class", "commentlist comment-list").line();
        for (ThreadNode root : view.page().roots()) {
          context.render(Part.COMMENT, root);
        }
        html.end("ol").line();
      }
      context.render(Part.PAGINATION, view.page());
      ReplyForm form = view.form();
      if (form != null) {
        context.render(Part.REPLY_FORM, form);
      }
      html.end("section").line();
    };
  }

  /** {@code <h2 class="comments-title">35 responses to “Title”</h2>}. */
  public static PartRenderer<ThreadPage> header(HtmlContext context) {
    return page -> context.writer()
        .element("h2", context.messages().responses(
            page.thread().responseCount(), page.thread().post().title()),
            "class", "comments-title")
        .line();
  }

  /**
   * {@code <nav class="comment-sorts" aria-label="Sort by">}: a link to the page in each order
   * the renderer offers ({@link org.rejoinder.render.RendererBuilder#sorts}, {@link
   * org.rejoinder.render.Links#sort}), the thread's current order a {@code span} marked {@code
   * aria-current="true"} instead; nothing when fewer than two orders are offered.
   */
  public static PartRenderer<ThreadPage> sorts(HtmlContext context) {
    return page -> {
      List<CommentOrder> offered = context.sorts();
      if (offered.size() < 2) {
        return;
      }
      Messages messages = context.messages();
      CommentOrder current = page.thread().options().order();
      HtmlWriter html = context.writer();
      html.start("nav", "class", "comment-sorts", "aria-label", messages.sortBy());
      html.element("span", messages.sortBy() + ":", "class", "sort-label");
      for (CommentOrder order : offered) {
        html.text(" ");
        if (order.equals(current)) {
          html.element("span", messages.sortName(order), "class", "sort current",
              "aria-current", "true");
        } else {
          html.element("a", messages.sortName(order), "class", "sort",
              "href", context.links().sort(context.post(), order));
        }
      }
      html.end("nav").line();
    };
  }

  /**
   * {@code <nav class="navigation comment-navigation">}: links to the neighbouring pages and to
   * page numbers around the current one, the first and the last; nothing when there is one page.
   * The neighbours' links ("Older comments", "Newer comments") follow the page's cursors ({@link
   * Links#cursor}) when it has them, so that they cost the same wherever the page lies; the
   * numbers link to numbered pages ({@link Links#page}).
   */
  public static PartRenderer<ThreadPage> pagination(HtmlContext context) {
    return page -> {
      int pages = page.pageCount();
      if (pages <= 1) {
        return;
      }
      Messages messages = context.messages();
      boolean oldestFirst = page.thread().options().firstPage() == FirstPage.OLDEST;
      HtmlWriter html = context.writer();
      html.start("nav", "class", "navigation comment-navigation",
          "aria-label", messages.commentsNavigation()).line();
      html.start("div", "class", "nav-links");
      int current = page.number();
      String previous = neighbour(context, oldestFirst ? page.earlier() : page.later(),
          page.hasPrevious(), current - 1);
      if (previous != null) {
        html.element("a", oldestFirst ? messages.olderComments() : messages.newerComments(),
            "class", "prev page-numbers", "href", previous);
      }
      boolean gap = false;
      for (int n = 1; n <= pages; n++) {
        boolean shown = n == 1 || n == pages || Math.abs(n - current) <= PAGE_WINDOW;
        if (!shown) {
          if (!gap) {
            html.element("span", "…", "class", "page-numbers dots");
          }
          gap = true;
          continue;
        }
        gap = false;
        if (n == current) {
          html.element("span", Integer.toString(n), "class", "page-numbers current",
              "aria-current", "page");
        } else {
          html.element("a", Integer.toString(n), "class", "page-numbers",
              "href", context.links().page(context.post(), n),
              "aria-label", messages.pageOf(n, pages));
        }
      }
      String next = neighbour(context, oldestFirst ? page.later() : page.earlier(),
          page.hasNext(), current + 1);
      if (next != null) {
        html.element("a", oldestFirst ? messages.newerComments() : messages.olderComments(),
            "class", "next page-numbers", "href", next);
      }
      html.end("div").line().end("nav").line();
    };
  }

  /**
   * Returns the link to a neighbouring page: its cursor's if the page has one, else its number's
   * if there is such a page, else {@code null}.
   */
  private static @Nullable String neighbour(
      HtmlContext context, Optional<ThreadCursor> cursor, boolean numbered, int number) {
    if (cursor.isPresent()) {
      return context.links().cursor(context.post(), cursor.get());
    }
    return numbered ? context.links().page(context.post(), number) : null;
  }
}
