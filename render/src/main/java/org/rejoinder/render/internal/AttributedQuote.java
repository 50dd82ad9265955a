package org.rejoinder.render.internal;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;
import org.jspecify.annotations.Nullable;

/**
 * Renders a Markdown block quote whose last line starts with an em dash ({@code —}), a
 * horizontal bar ({@code ―}) or two hyphens ({@code --}) as a quote with an attribution:
 *
 * <pre>{@code
 * > Writing in public is mostly the discipline of finishing things.
 * > — Margaret Hale, in the post
 * }</pre>
 *
 * <p>becomes {@code <figure><blockquote><p>Writing …</p></blockquote><figcaption>— Margaret Hale,
 * in the post</figcaption></figure>}. The attribution may be or hold a link, as a quote made
 * with {@code Rejoinder.quote} has ({@code > — [Margaret Hale](#comment-3)}). Other quotes render
 * as plain {@code blockquote}.
 */
final class AttributedQuote implements NodeRenderer {
  private static final Pattern MARKER = Pattern.compile("^(?:—|―|--)[ \\t]*");

  private final HtmlNodeRendererContext context;

  AttributedQuote(HtmlNodeRendererContext context) {
    this.context = context;
  }

  @Override
  public Set<Class<? extends Node>> getNodeTypes() {
    return Set.of(BlockQuote.class);
  }

  @Override
  public void render(Node node) {
    HtmlWriter html = context.getWriter();
    Node attribution = attributionStart(node);
    html.line();
    if (attribution == null) {
      html.tag("blockquote");
      MarkdownBodies.renderChildren(context, node);
      html.tag("/blockquote");
      html.line();
      return;
    }
    Node lastParagraph = node.getLastChild();
    html.tag("figure");
    html.tag("blockquote");
    for (Node child = node.getFirstChild(); child != lastParagraph; child = child.getNext()) {
      context.render(child);
    }
    if (attribution != lastParagraph.getFirstChild()) {
      html.tag("p");
      for (Node n = lastParagraph.getFirstChild(); n != attribution.getPrevious(); n = n.getNext()) {
        context.render(n);
      }
      html.tag("/p");
    }
    html.tag("/blockquote");
    html.tag("figcaption");
    html.text("— ");
    Text first = (Text) attribution;
    first.setLiteral(MARKER.matcher(first.getLiteral()).replaceFirst(""));
    for (Node n = attribution; n != null; ) {
      Node next = n.getNext();
      context.render(n);
      n = next;
    }
    html.tag("/figcaption");
    html.tag("/figure");
    html.line();
  }

  /**
   * Returns the first node of the attribution line, or {@code null} if the quote has none (or
   * would be empty without it).
   */
  private static @Nullable Node attributionStart(Node quote) {
    if (!(quote.getLastChild() instanceof Paragraph last)) {
      return null;
    }
    Node lineStart = last.getFirstChild();
    for (Node n = last.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
        lineStart = n.getNext();
      }
    }
    boolean quotesSomething = lineStart != last.getFirstChild() || last.getPrevious() != null;
    if (!quotesSomething || !(lineStart instanceof Text text)) {
      return null;
    }
    Matcher marker = MARKER.matcher(text.getLiteral());
    if (!marker.find()) {
      return null;
    }
    // The attribution is more than its dash: text after it, or a link or emphasis next to it.
    boolean more = marker.end() < text.getLiteral().length()
        || (text.getNext() != null
            && !(text.getNext() instanceof SoftLineBreak)
            && !(text.getNext() instanceof HardLineBreak));
    return more ? lineStart : null;
  }
}
