package org.rejoinder.render.internal;

import java.util.List;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.node.Document;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.renderer.markdown.MarkdownRenderer;

/** Escapes text for Markdown with CommonMark's own Markdown renderer. Not part of the API. */
public final class MarkdownEscaping {
  private static final MarkdownRenderer RENDERER =
      MarkdownRenderer.builder().extensions(List.of(StrikethroughExtension.create())).build();

  private MarkdownEscaping() {}

  /** Returns {@code text} as Markdown that reads back as exactly that text, on one line. */
  public static String escape(String text) {
    if (text.isEmpty()) {
      return "";
    }
    Document document = new Document();
    Paragraph paragraph = new Paragraph();
    paragraph.appendChild(new Text(text.replaceAll("\\s+", " ")));
    document.appendChild(paragraph);
    return RENDERER.render(document).strip();
  }
}
