package org.rejoinder.model;

/**
 * How a comment body was written. The body is stored as written and turned into sanitized HTML
 * when rendered.
 *
 * @since 0.1.0
 */
public enum BodyFormat {
  /** Plain text: escaped, blank lines separate paragraphs, URLs become links. */
  PLAIN,
  /** CommonMark Markdown; raw HTML in it is sanitized like {@link #HTML}. */
  MARKDOWN,
  /** A small subset of HTML, the tags WordPress allows in comments; everything else is removed. */
  HTML
}
