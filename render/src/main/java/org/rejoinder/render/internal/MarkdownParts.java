package org.rejoinder.render.internal;

import static org.rejoinder.render.internal.HtmlParts.entry;

import java.util.Map;
import java.util.Set;
import org.rejoinder.model.Comment;
import org.rejoinder.render.Part;
import org.rejoinder.render.PartRenderer;
import org.rejoinder.render.PartRendererFactory;
import org.rejoinder.render.ThreadView;
import org.rejoinder.render.markdown.MarkdownContext;
import org.rejoinder.render.markdown.MarkdownWriter;
import org.rejoinder.thread.ThreadNode;
import org.rejoinder.thread.ThreadPage;

/**
 * The built-in Markdown part renderers: the heading as a level-1 heading, each comment as a bold
 * line with its number and author, then its time, then its body; replies one block quote level
 * deeper. Not part of the API.
 */
public final class MarkdownParts {
  /** The parts the Markdown renderer renders: all but the reply link and the form. */
  public static final Set<Part<?>> SUPPORTED =
      Set.of(Part.THREAD, Part.HEADER, Part.COMMENT, Part.AUTHOR, Part.META,
          Part.MODERATION_NOTICE, Part.BODY, Part.PLACEHOLDER, Part.PAGINATION);

  private MarkdownParts() {}

  /** Returns the built-in factory of every supported part. */
  public static Map<Part<?>, PartRendererFactory<MarkdownContext, ?>> builtIns() {
    return Map.ofEntries(
        entry(Part.THREAD, MarkdownParts::thread),
        entry(Part.HEADER, MarkdownParts::header),
        entry(Part.COMMENT, MarkdownParts::comment),
        entry(Part.AUTHOR, MarkdownParts::author),
        entry(Part.META, MarkdownParts::meta),
        entry(Part.MODERATION_NOTICE, MarkdownParts::moderationNotice),
        entry(Part.BODY, MarkdownParts::body),
        entry(Part.PLACEHOLDER, MarkdownParts::placeholder),
        entry(Part.PAGINATION, MarkdownParts::pagination));
  }

  static PartRenderer<ThreadView> thread(MarkdownContext context) {
    return view -> {
      context.render(Part.HEADER, view.page());
      for (ThreadNode root : view.page().roots()) {
        context.render(Part.COMMENT, root);
      }
      context.render(Part.PAGINATION, view.page());
      context.writer().endLine();
    };
  }

  static PartRenderer<ThreadPage> header(MarkdownContext context) {
    return page -> {
      MarkdownWriter md = context.writer();
      md.blankLine().line("# " + md.escape(context.messages().responses(
          page.thread().responseCount(), page.thread().post().title())));
    };
  }

  static PartRenderer<ThreadNode> comment(MarkdownContext context) {
    return node -> {
      MarkdownWriter md = context.writer();
      md.blankLine();
      if (node.isPlaceholder()) {
        context.render(Part.PLACEHOLDER, node);
      } else {
        context.render(Part.AUTHOR, node);
        context.render(Part.META, node);
        md.endLine();
        if (node.kind() == ThreadNode.Kind.AWAITING_MODERATION) {
          context.render(Part.MODERATION_NOTICE, node);
        }
        context.render(Part.BODY, node);
      }
      context.renderReplies(node);
    };
  }

  /** {@code **12. Andrew Marsh** (Post author)}. */
  static PartRenderer<ThreadNode> author(MarkdownContext context) {
    return node -> {
      Comment comment = HtmlCommentParts.comment(node);
      MarkdownWriter md = context.writer();
      String number = node.number().isPresent() ? node.number().getAsInt() + ". " : "";
      md.write("**" + number + md.escape(comment.author().displayName()) + "**");
      if (context.post().isAuthor(comment.author())) {
        md.write(" (" + md.escape(context.messages().postAuthor()) + ")");
      }
    };
  }

  /** {@code  · April 2, 2024 at 9:44 am}, and whom a reply shown away from its parent answers. */
  static PartRenderer<ThreadNode> meta(MarkdownContext context) {
    return node -> {
      MarkdownWriter md = context.writer();
      md.write(" · " + md.escape(context.formatTime(HtmlCommentParts.comment(node).createdAt())));
      if (HtmlCommentParts.showsWhomItAnswers(node)) {
        md.write(" · " + md.escape(context.messages().inReplyTo(node.inReplyTo().get())));
      }
    };
  }

  static PartRenderer<ThreadNode> moderationNotice(MarkdownContext context) {
    return node -> emphasized(context, context.messages().awaitingModeration());
  }

  static PartRenderer<ThreadNode> body(MarkdownContext context) {
    return node -> context.writer().block(
        context.bodies().markdown(HtmlCommentParts.comment(node).body()));
  }

  static PartRenderer<ThreadNode> placeholder(MarkdownContext context) {
    return node -> emphasized(context, context.messages().deleted());
  }

  /** {@code *Page 2 of 5*} when there is more than one page. */
  static PartRenderer<ThreadPage> pagination(MarkdownContext context) {
    return page -> {
      if (page.pageCount() > 1) {
        emphasized(context, context.messages().pageOf(page.number(), page.pageCount()));
      }
    };
  }

  private static void emphasized(MarkdownContext context, String text) {
    MarkdownWriter md = context.writer();
    md.blankLine().line("*" + md.escape(text) + "*");
  }
}
