package org.rejoinder.web.internal;

import com.google.common.html.HtmlEscapers;

/** Escaping for the markup the web layer writes around the renderers'. */
public final class Html {
  private Html() {}

  /** Escapes text for an element or a quoted attribute. */
  public static String escape(String text) {
    return HtmlEscapers.htmlEscaper().escape(text);
  }
}
