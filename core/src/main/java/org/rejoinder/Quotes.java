package org.rejoinder;

import com.google.common.html.HtmlEscapers;
import org.jspecify.annotations.Nullable;
import org.rejoinder.model.Body;
import org.rejoinder.model.BodyFormat;
import org.rejoinder.model.Comment;

/**
 * Writes the body of a reply that quotes a comment: the excerpt as a quote, then an attribution
 * linking to the quoted comment ({@code #comment-ID}), in the form the renderers show as an
 * attributed quote. The excerpt is text: every character of it that could be read as markup is
 * escaped.
 */
final class Quotes {
  private Quotes() {}

  /**
   * Checks that a quote can be written in {@code format}.
   *
   * @throws IllegalArgumentException for plain text, which cannot link
   */
  static void checkFormat(BodyFormat format) {
    if (format == BodyFormat.PLAIN) {
      throw new IllegalArgumentException(
          "A quote is written in Markdown or HTML, which can link to the quoted comment, not in "
              + format);
    }
  }

  static Body quote(Comment quoted, String excerpt, BodyFormat format) {
    checkFormat(format);
    String name = quoted.author().displayName();
    String link = "#comment-" + quoted.id();
    String text = excerpt.strip().replace("\r\n", "\n").replace('\r', '\n');
    return switch (format) {
      case MARKDOWN -> Body.markdown(markdown(text, name, link));
      case HTML -> Body.html(html(text, name, link));
      case PLAIN -> throw new IllegalArgumentException(
          "A quote is written in Markdown or HTML, which can link to the quoted comment, not in "
              + format);
    };
  }

  private static String markdown(String excerpt, String name, String link) {
    StringBuilder out = new StringBuilder(excerpt.length() + name.length() + 32);
    for (String line : excerpt.split("\n", -1)) {
      String escaped = escapeMarkdown(line.strip());
      out.append(escaped.isEmpty() ? ">" : "> " + escaped).append('\n');
    }
    out.append("> — [").append(escapeMarkdown(name)).append("](").append(link).append(")\n");
    return out.toString();
  }

  private static String html(String excerpt, String name, String link) {
    StringBuilder out = new StringBuilder(excerpt.length() + name.length() + 64);
    out.append("<blockquote><p>");
    String[] lines = excerpt.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        out.append("<br>");
      }
      out.append(escapeHtml(lines[i].strip()));
    }
    out.append("</p><cite><a href=\"").append(link).append("\">").append(escapeHtml(name))
        .append("</a></cite></blockquote>\n");
    return out.toString();
  }

  /** The characters that can start or end Markdown syntax; CommonMark lets each be escaped. */
  private static final String MARKDOWN_SYNTAX = "\\`*_{}[]()#+-.!<>|~&";

  /** Escapes every character that could be read as Markdown syntax or an entity. */
  static String escapeMarkdown(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (MARKDOWN_SYNTAX.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  static String escapeHtml(String text) {
    return HtmlEscapers.htmlEscaper().escape(text);
  }

  /** Returns the text quoted when no excerpt is given: the whole text readers see. */
  static String excerptOrAll(@Nullable String excerpt, String visibleText) {
    return excerpt == null || excerpt.isBlank() ? visibleText : excerpt;
  }
}
