package org.rejoinder.render.html;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.rejoinder.render.internal.Urls;

/**
 * Writes HTML to an {@link Appendable} as it goes, escaping all text and attribute values. Part
 * renderers get one from their {@link HtmlContext}.
 *
 * <p>Attributes are given as name–value pairs; a {@code null} value leaves the attribute out, and
 * an empty value of a boolean attribute ({@code required}, {@code disabled}, {@code checked} …)
 * writes its name alone.
 *
 * <p>Safety holds for every part renderer, built-in or the application's. What could carry
 * script is refused with an {@link IllegalArgumentException} before anything of the tag is
 * written, since writing it is the application's mistake; a URL is data that may come from
 * readers, so a URL that is not safe is left out with its attribute:
 *
 * <table>
 *   <caption>What the writer refuses and what it checks</caption>
 *   <tr><th>what</th><th>names</th><th>then</th></tr>
 *   <tr><td>elements that run or load script or styles, or change how the page is parsed or
 *       where its links go</td>
 *       <td>{@code script style iframe frame frameset object embed applet base link svg math
 *       template noscript xmp plaintext noembed noframes portal fencedframe}, in any case</td>
 *       <td>refused</td></tr>
 *   <tr><td>attributes that hold script, styles or a whole document, or that act as response
 *       headers</td>
 *       <td>every event handler {@code on…}, {@code style}, {@code srcdoc}, {@code
 *       http-equiv}</td>
 *       <td>refused</td></tr>
 *   <tr><td>attributes that hold one URL</td>
 *       <td>{@code href} (also with a prefix, {@code xlink:href}), {@code src}, {@code action},
 *       {@code formaction}, {@code cite}, {@code data}, {@code poster}, {@code background},
 *       {@code codebase}, {@code longdesc}, {@code manifest}, {@code icon}, {@code profile},
 *       {@code classid}, {@code dynsrc}, {@code lowsrc}</td>
 *       <td>left out unless the URL is http, https, mailto or relative</td></tr>
 *   <tr><td>attributes that hold several URLs</td>
 *       <td>{@code srcset} and {@code imagesrcset} (each candidate's URL), {@code ping} and
 *       {@code archive} (each URL of the list)</td>
 *       <td>left out unless every URL is http, https, mailto or relative</td></tr>
 * </table>
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
  /** Elements that could run or load script or styles, or change parsing or the base URL. */
  private static final Set<String> REFUSED_ELEMENTS =
      Set.of("script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "base",
          "link", "svg", "math", "template", "noscript", "xmp", "plaintext", "noembed", "noframes",
          "portal", "fencedframe");
  /** Attributes, besides event handlers, that hold script, styles, a document or a header. */
  private static final Set<String> REFUSED_ATTRIBUTES =
      Set.of("style", "srcdoc", "http-equiv");
  private static final Set<String> URL_ATTRIBUTES =
      Set.of("href", "src", "action", "formaction", "cite", "data", "poster", "background",
          "codebase", "longdesc", "manifest", "icon", "profile", "classid", "dynsrc", "lowsrc");
  /** Attributes holding URLs separated by white space or, in source sets, commas. */
  private static final Set<String> URL_LIST_ATTRIBUTES =
      Set.of("srcset", "imagesrcset", "ping", "archive");

  /** Kinds of attribute values, as {@link #attributeKind} tells them. */
  private static final int URL = 1;
  private static final int URL_LIST = 2;
  private static final int COMMAS = 4;
  private static final int BOOLEAN = 8;
  /**
   * The names already checked and allowed, as written (case and all), so that the same names
   * written again cost one lookup: element names, and attribute names with their kinds. Names
   * come from renderers' code, so there are few; past {@link #MAX_KNOWN_NAMES} each new one is
   * checked every time it is written instead of remembered.
   */
  private static final Set<String> KNOWN_ELEMENTS = ConcurrentHashMap.newKeySet();
  private static final Map<String, Integer> KNOWN_ATTRIBUTES = new ConcurrentHashMap<>();
  private static final int MAX_KNOWN_NAMES = 512;

  private Appendable out;

  /** Creates a writer to {@code out}. */
  public HtmlWriter(Appendable out) {
    this.out = requireNonNull(out, "out must not be null");
  }

  /**
   * Sends what is written from now on to {@code to}, and returns where it went before: how the
   * renderer keeps a part's markup while the part renderers go on writing to the same writer.
   */
  Appendable redirect(Appendable to) {
    Appendable before = out;
    out = to;
    return before;
  }

  /**
   * Writes a start tag.
   *
   * @param name the element name
   * @param attributes name–value pairs
   * @throws IllegalArgumentException for a malformed name, an odd number of attribute values, or
   *     an element or attribute that could carry script (see the class description)
   */
  public HtmlWriter start(String name, @Nullable String... attributes) {
    return tag(name, attributes);
  }

  /**
   * Writes an element with no content and no end tag, such as {@code img} or {@code input}.
   *
   * @throws IllegalArgumentException as {@link #start} does
   */
  public HtmlWriter empty(String name, @Nullable String... attributes) {
    return tag(name, attributes);
  }

  /**
   * Writes an end tag.
   *
   * @throws IllegalArgumentException for a malformed or refused element name
   */
  public HtmlWriter end(String name) {
    checkElement(name);
    return append("</").append(name).append(">");
  }

  /**
   * Writes an element holding only text: {@code <name attributes>text</name>}.
   *
   * @throws IllegalArgumentException as {@link #start} does
   */
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

  /** Writes an attribute's value, escaped, for markup the renderer writes in pieces. */
  HtmlWriter attribute(String value) {
    return escape(value, true);
  }

  /** Writes a line break, to keep the source readable. */
  public HtmlWriter line() {
    return append("\n");
  }

  private HtmlWriter tag(String name, @Nullable String[] attributes) {
    checkElement(name);
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("Attributes come in name-value pairs: " + name);
    }
    for (int i = 0; i < attributes.length; i += 2) {
      attributeKind(requireNonNull(attributes[i], "attribute name must not be null"));
    }
    append("<").append(name);
    for (int i = 0; i < attributes.length; i += 2) {
      String attribute = attributes[i];
      String value = attributes[i + 1];
      if (value == null) {
        continue;
      }
      int kind = attributeKind(attribute);
      if (((kind & URL) != 0 && !Urls.isPageLink(value))
          || ((kind & URL_LIST) != 0 && !isPageLinkList(value, (kind & COMMAS) != 0))) {
        continue;
      }
      append(" ").append(attribute);
      if (!value.isEmpty() || (kind & BOOLEAN) == 0) {
        append("=\"").escape(value, true).append("\"");
      }
    }
    return append(">");
  }

  /**
   * Returns what an attribute's value is ({@link #URL}, {@link #URL_LIST} with {@link #COMMAS},
   * {@link #BOOLEAN}; 0 for other text), after checking that the name may be written; names
   * checked before are looked up.
   */
  private static int attributeKind(String attribute) {
    Integer known = KNOWN_ATTRIBUTES.get(attribute);
    if (known != null) {
      return known;
    }
    checkName(attribute);
    if (attribute.regionMatches(true, 0, "on", 0, 2)) {
      throw new IllegalArgumentException(
          "Event-handler attributes are not written: " + attribute);
    }
    String lower = attribute.toLowerCase(Locale.ROOT);
    if (REFUSED_ATTRIBUTES.contains(lower)) {
      throw new IllegalArgumentException(
          "Attributes that could carry script are not written: " + attribute);
    }
    int colon = lower.lastIndexOf(':');
    String local = colon < 0 ? lower : lower.substring(colon + 1);
    int kind = BOOLEAN_ATTRIBUTES.contains(lower) ? BOOLEAN : 0;
    if (URL_ATTRIBUTES.contains(local)) {
      kind |= URL;
    } else if (URL_LIST_ATTRIBUTES.contains(local)) {
      kind |= URL_LIST | (local.endsWith("srcset") ? COMMAS : 0);
    }
    if (KNOWN_ATTRIBUTES.size() < MAX_KNOWN_NAMES) {
      KNOWN_ATTRIBUTES.put(attribute, kind);
    }
    return kind;
  }

  /**
   * Returns whether every URL of a list is a page link. In a source set, candidates are separated
   * by commas and each URL by white space from its descriptor ({@code 2x}, {@code 300w}); every
   * piece between commas and white space is checked, so no URL a browser could read goes
   * unchecked (a descriptor reads as a relative URL and passes).
   */
  private static boolean isPageLinkList(String value, boolean commas) {
    int start = -1;
    for (int i = 0; i <= value.length(); i++) {
      boolean separator = i == value.length() || isHtmlSpace(value.charAt(i))
          || (commas && value.charAt(i) == ',');
      if (separator) {
        if (start >= 0 && !Urls.isPageLink(value.substring(start, i))) {
          return false;
        }
        start = -1;
      } else if (start < 0) {
        start = i;
      }
    }
    return true;
  }

  private static boolean isHtmlSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
  }

  private static void checkElement(String name) {
    if (KNOWN_ELEMENTS.contains(name)) {
      return;
    }
    checkName(name);
    if (REFUSED_ELEMENTS.contains(name.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException(
          "Elements that could carry script are not written: " + name);
    }
    if (KNOWN_ELEMENTS.size() < MAX_KNOWN_NAMES) {
      KNOWN_ELEMENTS.add(name);
    }
  }

  /** Checks {@code name} against {@code [a-zA-Z][a-zA-Z0-9_:.-]*}, without a regular expression. */
  private static void checkName(String name) {
    boolean valid = !name.isEmpty() && isAsciiLetter(name.charAt(0));
    for (int i = 1; valid && i < name.length(); i++) {
      char c = name.charAt(i);
      valid = isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_' || c == ':' || c == '.' || c == '-';
    }
    if (!valid) {
      throw new IllegalArgumentException(
          "name must be an HTML name ([a-zA-Z][a-zA-Z0-9_:.-]*) but was " + name);
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
