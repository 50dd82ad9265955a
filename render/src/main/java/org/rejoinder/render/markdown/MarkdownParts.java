package org.rejoinder.render.markdown;

import java.util.Optional;
import org.rejoinder.model.Comment;
import org.rejoinder.render.Part;
import org.rejoinder.render.PartRenderer;
import org.rejoinder.render.ThreadView;
import org.rejoinder.render.internal.Nodes;
import org.rejoinder.render.internal.Urls;
import org.rejoinder.thread.FirstPage;
import org.rejoinder.thread.ThreadCursor;
import org.rejoinder.thread.ThreadNode;
import org.rejoinder.thread.ThreadPage;

/**
 * The built-in Markdown part renderers: the heading as a level-1 heading, each comment as a bold
 * line with its number and author, then its time, then its body; replies one block quote level
 * deeper. These are the building blocks {@link MarkdownThreadRenderer} registers for its parts,
 * for an application to call, wrap, or register for a part of its own. Each method returns a
 * renderer for one call's context, as a {@link org.rejoinder.render.PartRendererFactory} would.
 *
 * @since 0.2.0
 */
public final class MarkdownParts {
  private MarkdownParts() {}

  /**
   * The {@link Part#HEADER}, the {@link Part#SORTS}, each top-level {@link Part#COMMENT}, the
   * {@link Part#PAGINATION}.
   */
  public static PartRenderer<ThreadView> thread(MarkdownContext context) {
    return view -> {
      context.render(Part.HEADER, view.page());
      context.render(Part.SORTS, view.page());
      for (ThreadNode root : view.page().roots()) {
        context.render(Part.COMMENT, root);
      }
      context.render(Part.PAGINATION, view.page());
      context.writer().endLine();
    };
  }

  /** {@code # 35 responses to “Title”}. */
  public static PartRenderer<ThreadPage> header(MarkdownContext context) {
    return page -> {
      MarkdownWriter md = context.writer();
      md.blankLine().line("# " + md.escape(context.messages().responses(
          page.thread().responseCount(), page.thread().post().title())));
    };
  }

  /**
   * A comment's {@link Part#AUTHOR}, {@link Part#META}, {@link Part#PINNED} (on a pinned
   * thread's top-level comment) and {@link Part#VOTES} (on an approved comment, where the view
   * {@linkplain MarkdownContext#voting() shows votes}) on one line, its {@link
   * Part#MODERATION_NOTICE} (on the reader's pending comment), its {@link Part#BODY} and its
   * {@link Part#REPLY_LINK} (where the node takes replies and the post {@linkplain
   * MarkdownContext#acceptsComments() takes comments}); or its {@link Part#PLACEHOLDER}; then its
   * replies one quote level deeper.
   */
  public static PartRenderer<ThreadNode> comment(MarkdownContext context) {
    return node -> {
      MarkdownWriter md = context.writer();
      if (Nodes.isPing(node) && !context.showPings() && node.children().isEmpty()) {
        return;
      }
      md.blankLine();
      if (Nodes.isPing(node)) {
        context.render(Part.PING, node);
      } else if (node.isPlaceholder()) {
        context.render(Part.PLACEHOLDER, node);
      } else {
        context.render(Part.AUTHOR, node);
        context.render(Part.META, node);
        if (node.isPinned()) {
          context.render(Part.PINNED, node);
        }
        if (node.kind() == ThreadNode.Kind.COMMENT && context.voting().isPresent()) {
          context.render(Part.VOTES, node);
        }
        md.endLine();
        if (node.kind() == ThreadNode.Kind.AWAITING_MODERATION) {
          context.render(Part.MODERATION_NOTICE, node);
        }
        context.render(Part.BODY, node);
        if (node.canReply() && context.acceptsComments()) {
          context.render(Part.REPLY_LINK, node);
        }
      }
      context.renderReplies(node);
    };
  }

  /**
   * {@code **12. Andrew Marsh** (Post author)}: the number, which follows time, and the name.
   */
  public static PartRenderer<ThreadNode> author(MarkdownContext context) {
    return node -> {
      Comment comment = Nodes.comment(node);
      MarkdownWriter md = context.writer();
      String number = node.number().isPresent() ? node.number().getAsInt() + ". " : "";
      md.write("**" + number + md.escape(comment.author().displayName()) + "**");
      if (context.post().isAuthor(comment.author())) {
        md.write(" (" + md.escape(context.messages().postAuthor()) + ")");
      }
    };
  }

  /** {@code  · April 2, 2024 at 9:44 am}, and whom a reply shown away from its parent answers. */
  public static PartRenderer<ThreadNode> meta(MarkdownContext context) {
    return node -> {
      MarkdownWriter md = context.writer();
      md.write(" · " + md.escape(context.formatTime(Nodes.comment(node).createdAt())));
      if (Nodes.showsWhomItAnswers(node)) {
        md.write(" · " + md.escape(context.messages().inReplyTo(node.inReplyTo().orElseThrow())));
      }
    };
  }

  /** {@code *Your comment is awaiting moderation.*}. */
  public static PartRenderer<ThreadNode> moderationNotice(MarkdownContext context) {
    return node -> emphasized(context, context.messages().awaitingModeration());
  }

  /**
   * The body as safe Markdown, written from its sanitized HTML, its mentions linked to the
   * comments they name and its links to other comments kept while those are shown.
   */
  public static PartRenderer<ThreadNode> body(MarkdownContext context) {
    return node -> context.writer().block(
        context.bodies().markdown(Nodes.comment(node), context::commentUrl));
  }

  /** {@code  · Pinned}, on the comment line. */
  public static PartRenderer<ThreadNode> pinned(MarkdownContext context) {
    return node -> {
      MarkdownWriter md = context.writer();
      md.write(" · " + md.escape(context.messages().pinned()));
    };
  }

  /** {@code  · 3 points}, on the comment line, where the view shows votes. */
  public static PartRenderer<ThreadNode> votes(MarkdownContext context) {
    return node -> {
      if (context.voting().isEmpty()) {
        return;
      }
      MarkdownWriter md = context.writer();
      md.write(" · " + md.escape(context.messages().score(Nodes.comment(node).votes().score())));
    };
  }

  /**
   * Nothing: a document has no sort selector. An application that publishes a document per
   * order can say which one by giving this part a renderer, which the thread renders after the
   * heading.
   */
  public static PartRenderer<ThreadPage> sorts(MarkdownContext context) {
    return page -> {};
  }

  /**
   * Nothing: a Markdown document has no form to reply with. An application that shows one links
   * to it by overriding {@link Part#REPLY_LINK}, which the built-in comment renders only where a
   * reply can be made.
   */
  public static PartRenderer<ThreadNode> replyLink(MarkdownContext context) {
    return node -> {};
  }

  /**
   * {@code **3.** Pingback: [Site](https://…)}: the number, then the linking site's name, linked
   * when its address is an http(s) URL; no date, no Reply link.
   *
   * @since 0.2.0
   */
  public static PartRenderer<ThreadNode> ping(MarkdownContext context) {
    return node -> {
      Comment comment = Nodes.comment(node);
      MarkdownWriter md = context.writer();
      String number = node.number().isPresent() ? "**" + node.number().getAsInt() + ".** " : "";
      String name = md.escape(comment.author().displayName());
      String website = comment.author().website();
      String site = website != null && Urls.isHttp(website)
          ? "[" + name + "](<" + website.replace("<", "%3C").replace(">", "%3E").replace(" ", "%20") + ">)"
          : name;
      md.line(number + md.escape(context.messages().pingPrefix(comment.type())) + " " + site);
    };
  }

  /** {@code *This comment was deleted.*}. */
  public static PartRenderer<ThreadNode> placeholder(MarkdownContext context) {
    return node -> emphasized(context, context.messages().deleted());
  }

  /**
   * {@code *Page 2 of 5*} when there is more than one page, then the links of the page's cursors
   * ({@code Links.cursor}) if it has any: {@code [Older comments](<?csort=…>) · [Newer
   * comments](<…>)}.
   */
  public static PartRenderer<ThreadPage> pagination(MarkdownContext context) {
    return page -> {
      if (page.pageCount() <= 1) {
        return;
      }
      emphasized(context, context.messages().pageOf(page.number(), page.pageCount()));
      MarkdownWriter md = context.writer();
      StringBuilder links = new StringBuilder();
      boolean oldestFirst = page.thread().options().firstPage() == FirstPage.OLDEST;
      link(context, links, oldestFirst ? page.earlier() : page.later(),
          oldestFirst ? context.messages().olderComments() : context.messages().newerComments());
      link(context, links, oldestFirst ? page.later() : page.earlier(),
          oldestFirst ? context.messages().newerComments() : context.messages().olderComments());
      if (links.length() > 0) {
        md.blankLine().line(links.toString());
      }
    };
  }

  private static void link(
      MarkdownContext context, StringBuilder links, Optional<ThreadCursor> cursor, String label) {
    if (cursor.isEmpty()) {
      return;
    }
    String url = context.links().cursor(context.post(), cursor.get());
    if (!Urls.isPageLink(url)) {
      return;
    }
    if (links.length() > 0) {
      links.append(" · ");
    }
    links.append('[').append(context.writer().escape(label)).append("](<")
        .append(url.replace("<", "%3C").replace(">", "%3E").replace(" ", "%20")).append(">)");
  }

  private static void emphasized(MarkdownContext context, String text) {
    MarkdownWriter md = context.writer();
    md.blankLine().line("*" + md.escape(text) + "*");
  }
}
