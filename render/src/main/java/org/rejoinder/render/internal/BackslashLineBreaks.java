package org.rejoinder.render.internal;

import java.util.Set;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.markdown.MarkdownNodeRendererContext;
import org.commonmark.renderer.markdown.MarkdownNodeRendererFactory;

/**
 * Writes Markdown hard line breaks as a backslash at the end of the line rather than two
 * trailing spaces, which editors strip and diffs hide. Not part of the API.
 */
final class BackslashLineBreaks implements NodeRenderer {
  static final MarkdownNodeRendererFactory FACTORY =
      new MarkdownNodeRendererFactory() {
        @Override
        public NodeRenderer create(MarkdownNodeRendererContext context) {
          return new BackslashLineBreaks(context);
        }

        @Override
        public Set<Character> getSpecialCharacters() {
          return Set.of();
        }
      };

  private final MarkdownNodeRendererContext context;

  private BackslashLineBreaks(MarkdownNodeRendererContext context) {
    this.context = context;
  }

  @Override
  public Set<Class<? extends Node>> getNodeTypes() {
    return Set.of(HardLineBreak.class);
  }

  @Override
  public void render(Node node) {
    context.getWriter().raw("\\");
    context.getWriter().line();
  }
}
