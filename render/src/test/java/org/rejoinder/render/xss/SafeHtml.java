package org.rejoinder.render.xss;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks rendered HTML by parsing it as a browser would (with jsoup) and looking at what it
 * holds: elements outside an allowlist, event-handler and style attributes, and URLs with a
 * scheme other than http, https and mailto.
 */
final class SafeHtml {
  /** What comment bodies may hold. */
  static final Set<String> BODY_ELEMENTS =
      Set.of("a", "abbr", "acronym", "b", "blockquote", "cite", "code", "del", "em", "i", "q",
          "s", "strike", "strong", "p", "br", "pre", "ul", "ol", "li", "hr", "figure",
          "figcaption");

  /** What a rendered thread may hold around the bodies. */
  static final Set<String> THREAD_ELEMENTS =
      union(BODY_ELEMENTS, Set.of("section", "h2", "h3", "ol", "li", "article", "footer", "div",
          "span", "time", "img", "small", "form", "label", "textarea", "input", "ul", "nav"));

  private static final Set<String> URL_ATTRIBUTES =
      Set.of("href", "src", "action", "formaction", "cite", "data", "poster", "background",
          "xlink:href", "srcset", "codebase", "dynsrc", "lowsrc");
  private static final Set<String> FORBIDDEN_ATTRIBUTES =
      Set.of("style", "srcdoc", "formaction", "xlink:href", "srcset", "http-equiv");
  private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");

  private SafeHtml() {}

  /** Asserts that {@code html} holds nothing a browser would execute or load unasked. */
  static Document assertSafe(String html, Set<String> allowedElements, String what) {
    Document document = Jsoup.parseBodyFragment(html);
    check(document.body(), allowedElements, what, html);
    return document;
  }

  /**
   * Asserts the same of a whole document, whose head may hold only the charset and viewport
   * {@code meta}, the {@code title} and the renderer's own {@code style}.
   */
  static Document assertSafePage(String html, Set<String> allowedElements, String what) {
    Document document = Jsoup.parse(html);
    assertThat(document.head().children().eachAttr("http-equiv")).isEmpty();
    for (Element element : document.head().children()) {
      assertThat(element.normalName()).as("%s: <%s> in head", what, element.normalName())
          .isIn("meta", "title", "style");
    }
    check(document.body(), allowedElements, what, html);
    return document;
  }

  private static void check(Element root, Set<String> allowedElements, String what, String html) {
    for (Element element : root.getAllElements()) {
      if (element == root) {
        continue;
      }
      assertThat(allowedElements).as("%s: element <%s> in %s", what, element.normalName(), html)
          .contains(element.normalName());
      for (Attribute attribute : element.attributes()) {
        String name = attribute.getKey().toLowerCase(Locale.ROOT);
        assertThat(name).as("%s: attribute %s in %s", what, name, html)
            .doesNotStartWith("on")
            .isNotIn(FORBIDDEN_ATTRIBUTES);
        if (URL_ATTRIBUTES.contains(name)) {
          assertThat(scheme(attribute.getValue()))
              .as("%s: scheme of %s=\"%s\" in %s", what, name, attribute.getValue(), html)
              .isIn("", "http", "https", "mailto");
        }
      }
    }
  }

  /**
   * Returns a URL's scheme as a browser reads it: after dropping the leading and embedded
   * controls and white space that URL parsing strips; empty for a relative URL.
   */
  static String scheme(String url) {
    StringBuilder cleaned = new StringBuilder();
    for (char c : url.toCharArray()) {
      if (c > ' ' && !Character.isISOControl(c)) {
        cleaned.append(c);
      }
    }
    Matcher m = SCHEME.matcher(cleaned.toString().toLowerCase(Locale.ROOT));
    return m.find() ? m.group(1) : "";
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream())
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }
}
