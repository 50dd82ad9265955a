package org.rejoinder.render.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;
import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;
import org.nibor.autolink.Span;
import org.owasp.html.HtmlStreamEventReceiver;

/**
 * Turns plain text into HTML events: blank lines separate paragraphs, single line breaks become
 * {@code br}, and URLs, {@code www.} addresses and email addresses (found by the autolink
 * library) become links. The events go to a sanitizer like every other body. Not part of the API.
 */
final class PlainText {
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n[ \\t]*\\n\\s*");
  private static final LinkExtractor LINKS =
      LinkExtractor.builder()
          .linkTypes(EnumSet.of(LinkType.URL, LinkType.WWW, LinkType.EMAIL))
          .build();

  private PlainText() {}

  static void emit(String text, HtmlStreamEventReceiver out) {
    String normalized = text.replace("\r\n", "\n").replace('\r', '\n').strip();
    out.openDocument();
    for (String paragraph : PARAGRAPH_BREAK.split(normalized)) {
      if (paragraph.isBlank()) {
        continue;
      }
      out.openTag("p", new ArrayList<>());
      String[] lines = paragraph.strip().split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (i > 0) {
          out.openTag("br", new ArrayList<>());
        }
        line(lines[i], out);
      }
      out.closeTag("p");
    }
    out.closeDocument();
  }

  private static void line(String line, HtmlStreamEventReceiver out) {
    for (Span span : LINKS.extractSpans(line)) {
      String part = line.substring(span.getBeginIndex(), span.getEndIndex());
      if (span instanceof LinkSpan link) {
        out.openTag("a", new ArrayList<>(List.of("href", href(link.getType(), part))));
        out.text(part);
        out.closeTag("a");
      } else {
        out.text(part);
      }
    }
  }

  private static String href(LinkType type, String text) {
    return switch (type) {
      case WWW -> "http://" + text;
      case EMAIL -> "mailto:" + text;
      default -> text;
    };
  }
}
