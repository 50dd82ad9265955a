package org.rejoinder.render.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.owasp.html.HtmlStreamEventReceiver;

/**
 * Gives sanitized HTML-subset bodies their paragraphs, as WordPress does for comments: text
 * outside a block is wrapped in {@code p}, a blank line starts a new paragraph and a single line
 * break becomes {@code br}. Block quotes nested deeper than a limit are flattened (their text
 * stays). It only adds {@code p} and {@code br} to events that were already sanitized. Not part
 * of the API.
 */
final class Paragraphs implements HtmlStreamEventReceiver {
  private static final Set<String> BLOCKS = Set.of("p", "blockquote");
  private static final String IMPLICIT_P = "p*";
  private static final List<String> NO_ATTRIBUTES = List.of();

  private final HtmlStreamEventReceiver out;
  private final int maxQuoteDepth;
  /** Open elements as forwarded; {@link #IMPLICIT_P} for a paragraph this class opened. */
  private final List<String> open = new ArrayList<>();
  /** Tags dropped for depth, so that their end tags are dropped too. */
  private final List<String> dropped = new ArrayList<>();
  private int quoteDepth;
  private int pendingBreaks;

  Paragraphs(HtmlStreamEventReceiver out, int maxQuoteDepth) {
    this.out = out;
    this.maxQuoteDepth = maxQuoteDepth;
  }

  @Override
  public void openDocument() {
    out.openDocument();
  }

  @Override
  public void closeDocument() {
    pendingBreaks = 0;
    while (!open.isEmpty()) {
      closeTop();
    }
    out.closeDocument();
  }

  @Override
  public void openTag(String name, List<String> attributes) {
    if (name.equals("blockquote") && quoteDepth >= maxQuoteDepth) {
      dropped.add(name);
      return;
    }
    if (BLOCKS.contains(name)) {
      pendingBreaks = 0;
      closeImplicitParagraph();
    } else {
      flushBreaks();
      if (atBlockLevel()) {
        openImplicitParagraph();
      }
    }
    out.openTag(name, attributes);
    if (!name.equals("br")) {
      open.add(name);
      if (name.equals("blockquote")) {
        quoteDepth++;
      }
    }
  }

  @Override
  public void closeTag(String name) {
    if (!dropped.isEmpty() && dropped.get(dropped.size() - 1).equals(name)) {
      dropped.remove(dropped.size() - 1);
      return;
    }
    int at = open.lastIndexOf(name);
    if (at < 0) {
      return;
    }
    pendingBreaks = 0;
    while (open.size() > at) {
      closeTop();
    }
  }

  @Override
  public void text(String text) {
    String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
    int start = 0;
    while (start <= normalized.length()) {
      int newline = normalized.indexOf('\n', start);
      String chunk = newline < 0 ? normalized.substring(start) : normalized.substring(start, newline);
      if (!chunk.isBlank()) {
        flushBreaks();
        if (atBlockLevel()) {
          openImplicitParagraph();
        }
        out.text(chunk);
      } else if (!chunk.isEmpty() && pendingBreaks == 0 && !atBlockLevel()) {
        out.text(chunk);
      }
      if (newline < 0) {
        break;
      }
      pendingBreaks++;
      start = newline + 1;
    }
  }

  /**
   * Writes the line breaks seen before the content that follows them: one is a {@code br}, more
   * end the paragraph this class opened (or give two {@code br} inside another element). Breaks
   * before a block, an end tag or the end of the body are dropped.
   */
  private void flushBreaks() {
    int breaks = pendingBreaks;
    pendingBreaks = 0;
    if (breaks == 0 || atBlockLevel()) {
      return;
    }
    if (breaks > 1 && top().equals(IMPLICIT_P)) {
      closeTop();
      return;
    }
    for (int i = 0; i < Math.min(breaks, 2); i++) {
      out.openTag("br", NO_ATTRIBUTES);
    }
  }

  private boolean atBlockLevel() {
    return open.isEmpty() || top().equals("blockquote");
  }

  private String top() {
    return open.get(open.size() - 1);
  }

  private void openImplicitParagraph() {
    out.openTag("p", NO_ATTRIBUTES);
    open.add(IMPLICIT_P);
  }

  private void closeImplicitParagraph() {
    int at = open.lastIndexOf(IMPLICIT_P);
    if (at >= 0 && at == open.size() - 1) {
      closeTop();
    }
  }

  private void closeTop() {
    String name = open.remove(open.size() - 1);
    if (name.equals("blockquote")) {
      quoteDepth--;
    }
    out.closeTag(name.equals(IMPLICIT_P) ? "p" : name);
  }
}
