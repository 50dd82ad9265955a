package org.rejoinder.render.html;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.rejoinder.render.internal.Urls;

/**
 * Writes HTML to an {@link Appendable} as it goes, escaping all text and attribute values. Part
 * renderers get one from their {@link HtmlContext}.
 *
 * <p>Attributes are given as name–value pairs; a {@code null} value leaves the attribute out, and
 * an empty value of a boolean attribute ({@code required}, {@code disabled}, {@code checked} …)
 * writes its name alone. Safety holds for every renderer,
 * built-in or not: event-handler attributes ({@code on…}) are refused, and a URL attribute
 * ({@code href}, {@code src}, {@code action}, {@code cite}, {@code formaction}) whose value is not
 * an http, https or mailto URL or a relative one is left out.
 *
 * <p>An {@link java.io.IOException} from the output is rethrown as an {@link
 * UncheckedIOException}. Not thread-safe: one writer serves one render call.
 *
 * @since 0.1.0
 */
public final class HtmlWriter {
  private static final Set<String> BOOLEAN_ATTRIBUTES =
      Set.of("required", "disabled", "checked", "readonly", "hidden", "multiple", "selected",
          "novalidate", "autofocus", "open", "reversed");
  private static final Set<String> URL_ATTRIBUTES =
      Set.of("href", "src", "action", "cite", "formaction", "poster", "background");

  private final Appendable out;

  /** Creates a writer to {@code out}. */
  public HtmlWriter(Appendable out) {
    this.out = requireNonNull(out, "out must not be null");
  }

  /**
   * Writes a start tag.
   *
   * @param name the element name
   * @param attributes name–value pairs
   * @throws IllegalArgumentException for a malformed name, an odd number of attribute values or
   *     an event-handler attribute
   */
  public HtmlWriter start(String name, @Nullable String... attributes) {
    return tag(name, attributes);
  }

  /** Writes an element with no content and no end tag, such as {@code img} or {@code input}. */
  public HtmlWriter empty(String name, @Nullable String... attributes) {
    return tag(name, attributes);
  }

  /** Writes an end tag. */
  public HtmlWriter end(String name) {
    checkName(name);
    return append("</").append(name).append(">");
  }

  /** Writes an element holding only text: {@code <name attributes>text</name>}. */
  public HtmlWriter element(String name, String text, @Nullable String... attributes) {
    return start(name, attributes).text(text).end(name);
  }

  /** Writes text, escaped. */
  public HtmlWriter text(String text) {
    return escape(text, false);
  }

  /**
   * Writes HTML as it is. Only for markup the renderer trusts: sanitized bodies (from {@link
   * org.rejoinder.render.BodyRenderer}) and the application's own markup.
   */
  public HtmlWriter raw(String html) {
    return append(html);
  }

  /** Writes a line break, to keep the source readable. */
  public HtmlWriter line() {
    return append("\n");
  }

  private HtmlWriter tag(String name, @Nullable String[] attributes) {
    checkName(name);
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("Attributes come in name-value pairs: " + name);
    }
    for (int i = 0; i < attributes.length; i += 2) {
      String attribute = requireNonNull(attributes[i], "attribute name must not be null");
      checkName(attribute);
      if (attribute.regionMatches(true, 0, "on", 0, 2)) {
        throw new IllegalArgumentException("Event-handler attributes are not written: " + attribute);
      }
    }
    append("<").append(name);
    for (int i = 0; i < attributes.length; i += 2) {
      String attribute = attributes[i];
      String value = attributes[i + 1];
      if (value == null) {
        continue;
      }
      String lower = attribute.toLowerCase(Locale.ROOT);
      if (URL_ATTRIBUTES.contains(lower) && !Urls.isPageLink(value)) {
        continue;
      }
      append(" ").append(attribute);
      if (!value.isEmpty() || !BOOLEAN_ATTRIBUTES.contains(lower)) {
        append("=\"").escape(value, true).append("\"");
      }
    }
    return append(">");
  }

  /** Checks {@code name} against {@code [a-zA-Z][a-zA-Z0-9_:.-]*}, without a regular expression. */
  private static void checkName(String name) {
    boolean valid = !name.isEmpty() && isAsciiLetter(name.charAt(0));
    for (int i = 1; valid && i < name.length(); i++) {
      char c = name.charAt(i);
      valid = isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_' || c == ':' || c == '.' || c == '-';
    }
    if (!valid) {
      throw new IllegalArgumentException("Not an HTML name: " + name);
    }
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private HtmlWriter escape(String s, boolean attribute) {
    int from = 0;
    for (int i = 0; i < s.length(); i++) {
      String replacement =
          switch (s.charAt(i)) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> attribute ? "&quot;" : null;
            case '\'' -> attribute ? "&#39;" : null;
            default -> null;
          };
      if (replacement != null) {
        append(s, from, i);
        append(replacement);
        from = i + 1;
      }
    }
    // The whole string in one call when nothing was replaced: much faster than a range.
    return from == 0 ? append(s) : append(s, from, s.length());
  }

  private HtmlWriter append(String s) {
    try {
      out.append(s);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  private HtmlWriter append(String s, int from, int to) {
    if (from < to) {
      try {
        out.append(s, from, to);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return this;
  }
}
