package org.rejoinder.render.internal;

import java.util.regex.Pattern;

/** Which URLs may appear in rendered output. Not part of the API. */
public final class Urls {
  /** An absolute http(s) URL with a host, or a mailto: URL, with no white space or controls. */
  private static final Pattern ABSOLUTE =
      Pattern.compile("(?i)(?:https?://[^\\s/?#\\\\@]+(?:[/?#][^\\s]*)?|mailto:[^\\s/:?#]+@[^\\s]+)");
  /** A link to a comment on the same page. */
  private static final Pattern COMMENT_FRAGMENT = Pattern.compile("#comment-[0-9]{1,19}");
  private static final Pattern HTTP = Pattern.compile("(?i)https?://[^\\s/?#\\\\@]+(?:[/?#][^\\s]*)?");

  private Urls() {}

  /**
   * Returns whether {@code url} may be a link in a comment body: an absolute http, https or mailto
   * URL, or a link to another comment on the page ({@code #comment-12}).
   */
  public static boolean isBodyLink(String url) {
    return !hasControlOrSpace(url)
        && (ABSOLUTE.matcher(url).matches() || COMMENT_FRAGMENT.matcher(url).matches());
  }

  /** Returns whether {@code url} may be an image source or a quote's cite: absolute http(s). */
  public static boolean isHttp(String url) {
    return !hasControlOrSpace(url) && HTTP.matcher(url).matches();
  }

  /**
   * Returns whether {@code url}, given by the application (a page link, a form action, a
   * sign-in link) or by an author (a website), may be written into an attribute: an absolute
   * http, https or mailto URL, or a reference relative to the page (a path, a query, a fragment),
   * with no white space or control characters that a browser would strip to reveal another
   * scheme.
   */
  public static boolean isPageLink(String url) {
    if (url.isEmpty() || hasControlOrSpace(url)) {
      return false;
    }
    if (hasScheme(url)) {
      return ABSOLUTE.matcher(url).matches();
    }
    // A relative reference: its first segment cannot hold a colon (it would read as a scheme).
    int colon = url.indexOf(':');
    int end = firstOf(url, "/?#");
    return colon < 0 || (end >= 0 && end < colon);
  }

  /** Returns whether {@code url} starts with a scheme: {@code [A-Za-z][A-Za-z0-9+.-]*:}. */
  private static boolean hasScheme(String url) {
    if (!isAsciiLetter(url.charAt(0))) {
      return false;
    }
    for (int i = 1; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == ':') {
        return true;
      }
      if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '.' && c != '-') {
        return false;
      }
    }
    return false;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static int firstOf(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  private static boolean hasControlOrSpace(String url) {
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c <= ' ' || Character.isISOControl(c) || Character.isWhitespace(c) || c == '\u00a0') {
        return true;
      }
    }
    return false;
  }
}
