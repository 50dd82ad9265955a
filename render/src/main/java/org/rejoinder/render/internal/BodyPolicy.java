package org.rejoinder.render.internal;

import java.util.regex.Pattern;
import org.owasp.html.AttributePolicy;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The allowlists every comment body passes, built on the OWASP sanitizer. Not part of the API.
 *
 * <p>The HTML subset is WordPress's comment tags plus paragraphs and line breaks; Markdown adds
 * what Markdown produces (lists, code blocks, rules, attributed quotes). Links keep only
 * absolute http, https and mailto URLs (or a link to another comment on the page) and get {@code
 * rel="nofollow ugc"}; with a target the sanitizer adds {@code noopener noreferrer}.
 */
public final class BodyPolicy {
  private static final Pattern DATETIME =
      Pattern.compile(
          "[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,9})?)?"
              + "(?:Z|[+-][0-9]{2}:?[0-9]{2})?)?");
  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,9}");

  private static final AttributePolicy LINK = (element, attribute, value) ->
      Urls.isBodyLink(value.strip()) ? value.strip() : null;
  private static final AttributePolicy HTTP = (element, attribute, value) ->
      Urls.isHttp(value.strip()) ? value.strip() : null;

  private BodyPolicy() {}

  /** Elements of the HTML subset: WordPress's comment tags plus {@code p} and {@code br}. */
  public static final String[] HTML_SUBSET = {
    "a", "abbr", "acronym", "b", "blockquote", "cite", "code", "del", "em", "i", "q", "s",
    "strike", "strong", "p", "br"
  };

  /** Elements Markdown adds to the subset. */
  public static final String[] MARKDOWN_EXTRA = {
    "pre", "ul", "ol", "li", "hr", "figure", "figcaption"
  };

  /**
   * Returns the policy for a body format.
   *
   * @param markdown whether Markdown's extra elements are allowed
   * @param images whether {@code img} with an http(s) source is allowed
   * @param newTab whether links open in a new tab ({@code target="_blank"})
   */
  public static PolicyFactory create(boolean markdown, boolean images, boolean newTab) {
    HtmlPolicyBuilder b =
        new HtmlPolicyBuilder()
            .allowElements(HTML_SUBSET)
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").matching(LINK).onElements("a")
            .allowAttributes("title").onElements("a", "abbr", "acronym")
            .allowAttributes("cite").matching(HTTP).onElements("blockquote", "q")
            .allowAttributes("datetime").matching(DATETIME).onElements("del")
            .requireRelsOnLinks("nofollow", "ugc");
    if (markdown) {
      b.allowElements(MARKDOWN_EXTRA).allowAttributes("start").matching(DIGITS).onElements("ol");
    }
    if (images) {
      b.allowElements("img")
          .allowAttributes("src").matching(HTTP).onElements("img")
          .allowAttributes("alt", "title").onElements("img");
    }
    if (newTab) {
      b.allowElements(
              (name, attributes) -> {
                if (hasAttribute(attributes, "href")) {
                  attributes.add("target");
                  attributes.add("_blank");
                }
                return name;
              },
              "a")
          .allowAttributes("target").matching(true, "_blank").onElements("a");
    }
    return b.toFactory();
  }

  private static boolean hasAttribute(java.util.List<String> attributes, String name) {
    for (int i = 0; i < attributes.size(); i += 2) {
      if (attributes.get(i).equals(name)) {
        return true;
      }
    }
    return false;
  }
}
