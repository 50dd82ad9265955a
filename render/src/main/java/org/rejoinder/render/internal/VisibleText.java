package org.rejoinder.render.internal;

import java.util.List;
import java.util.Set;
import org.owasp.html.HtmlSanitizer;

/**
 * Reduces sanitized HTML to the text a reader sees, through the OWASP sanitizer's own lexer: no
 * markup, character references decoded, a space where a block or a line break separates words,
 * runs of white space collapsed to one space. Not part of the API.
 */
public final class VisibleText {
  /** Elements that separate the words on each side of them. */
  private static final Set<String> SEPARATING =
      Set.of("p", "br", "blockquote", "li", "ul", "ol", "pre", "hr", "figure", "figcaption",
          "div", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td", "th");

  private VisibleText() {}

  /** Returns the visible text of {@code html}, which the body pipeline has already sanitized. */
  public static String of(String html) {
    Collector collector = new Collector(html.length());
    HtmlSanitizer.sanitize(html, collector);
    return collector.result();
  }

  /** Receives the lexer's events; text arrives with its character references decoded. */
  private static final class Collector implements HtmlSanitizer.Policy {
    private final StringBuilder text;
    /** Whether the text so far ends in a space, or nothing was written yet. */
    private boolean atSpace = true;

    Collector(int capacity) {
      this.text = new StringBuilder(capacity);
    }

    @Override
    public void openDocument() {}

    @Override
    public void closeDocument() {}

    @Override
    public void openTag(String elementName, List<String> attrs) {
      separate(elementName);
    }

    @Override
    public void closeTag(String elementName) {
      separate(elementName);
    }

    @Override
    public void text(String textChunk) {
      for (int i = 0; i < textChunk.length(); i++) {
        char c = textChunk.charAt(i);
        if (Character.isWhitespace(c) || c == '\u00a0') {
          space();
        } else {
          text.append(c);
          atSpace = false;
        }
      }
    }

    private void separate(String elementName) {
      if (SEPARATING.contains(elementName)) {
        space();
      }
    }

    private void space() {
      if (!atSpace) {
        text.append(' ');
        atSpace = true;
      }
    }

    String result() {
      int end = text.length();
      return end > 0 && text.charAt(end - 1) == ' ' ? text.substring(0, end - 1) : text.toString();
    }
  }
}
