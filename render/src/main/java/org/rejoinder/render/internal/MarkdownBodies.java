package org.rejoinder.render.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import org.jspecify.annotations.Nullable;

/**
 * Markdown bodies: CommonMark with autolinks and strikethrough, rendered to HTML that the
 * sanitizer then cleans (raw HTML in the Markdown is kept only as far as the allowlist allows).
 * Not part of the API.
 *
 * <p>Comment-specific choices: a single line break is a line break, as people expect in a comment
 * box; headings render as a bold paragraph, so a comment cannot break the page's outline; with
 * images off an image renders as a link to it; and a block quote whose last line starts with an
 * em dash or {@code --} renders as a quote with that attribution ({@code figure}, {@code
 * blockquote}, {@code figcaption}).
 */
final class MarkdownBodies {
  /** Deepest tree of any kind (emphasis in emphasis …) rendered as Markdown; deeper is plain text. */
  static final int MAX_TREE_DEPTH = 64;

  private static final List<Extension> EXTENSIONS =
      List.of(AutolinkExtension.create(), StrikethroughExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

  private final HtmlRenderer renderer;
  private final int maxNesting;

  MarkdownBodies(boolean images, int maxNesting) {
    this.maxNesting = maxNesting;
    HtmlRenderer.Builder builder =
        HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .softbreak("<br />\n")
            .nodeRendererFactory(HeadingAsStrong::new)
            .nodeRendererFactory(AttributedQuote::new);
    if (!images) {
      builder.nodeRendererFactory(ImageAsLink::new);
    }
    this.renderer = builder.build();
  }

  /** Returns the HTML of {@code text}, or {@code null} if it nests deeper than the limits. */
  @Nullable String toHtml(String text) {
    Node document = PARSER.parse(text);
    return withinLimits(document) ? renderer.render(document) : null;
  }

  /** Walks the tree without recursion and checks its depth and its nesting of quotes and lists. */
  private boolean withinLimits(Node root) {
    int depth = 1;
    int nesting = 0;
    Node node = root.getFirstChild();
    while (node != null) {
      if (isNesting(node)) {
        nesting++;
      }
      if (depth > MAX_TREE_DEPTH || nesting > maxNesting) {
        return false;
      }
      if (node.getFirstChild() != null) {
        node = node.getFirstChild();
        depth++;
        continue;
      }
      while (node != null) {
        if (isNesting(node)) {
          nesting--;
        }
        if (node.getNext() != null) {
          node = node.getNext();
          break;
        }
        node = node.getParent();
        depth--;
        if (node == root) {
          node = null;
        }
      }
    }
    return true;
  }

  private static boolean isNesting(Node node) {
    return node instanceof BlockQuote || node instanceof ListBlock;
  }

  /** Renders a heading as a paragraph in bold. */
  private static final class HeadingAsStrong implements NodeRenderer {
    private final HtmlNodeRendererContext context;

    HeadingAsStrong(HtmlNodeRendererContext context) {
      this.context = context;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
      return Set.of(Heading.class);
    }

    @Override
    public void render(Node node) {
      HtmlWriter html = context.getWriter();
      html.line();
      html.tag("p");
      html.tag("strong");
      renderChildren(context, node);
      html.tag("/strong");
      html.tag("/p");
      html.line();
    }
  }

  /** Renders an image as a link to it, its description as the link text. */
  private static final class ImageAsLink implements NodeRenderer {
    private final HtmlNodeRendererContext context;

    ImageAsLink(HtmlNodeRendererContext context) {
      this.context = context;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
      return Set.of(Image.class);
    }

    @Override
    public void render(Node node) {
      Image image = (Image) node;
      HtmlWriter html = context.getWriter();
      html.tag("a", Map.of("href", image.getDestination()));
      if (image.getFirstChild() == null) {
        html.text(image.getDestination());
      } else {
        renderChildren(context, node);
      }
      html.tag("/a");
    }
  }

  static void renderChildren(HtmlNodeRendererContext context, Node parent) {
    Node child = parent.getFirstChild();
    while (child != null) {
      Node next = child.getNext();
      context.render(child);
      child = next;
    }
  }
}
