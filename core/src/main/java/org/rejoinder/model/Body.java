package org.rejoinder.model;

import static java.util.Objects.requireNonNull;

import org.rejoinder.internal.Checks;

/**
 * A comment's text as its author wrote it, with the format it was written in.
 *
 * <p>The text is kept exactly as given (no trimming, no line-ending changes) so that an edit form
 * shows what was typed. It must not be blank, must be well-formed Unicode without control
 * characters other than tab and line breaks, and must fit in {@value Limits#MAX_BODY_BYTES} bytes
 * of UTF-8.
 *
 * @param text the text as written
 * @param format how to read it
 * @since 0.1.0
 */
public record Body(String text, BodyFormat format) {
  /**
   * Creates a body.
   *
   * @throws org.rejoinder.error.InvalidInputException if the text is blank, too long or contains
   *     control characters
   */
  public Body {
    text = Checks.text("body", text, Limits.MAX_BODY_BYTES);
    requireNonNull(format, "format must not be null");
  }

  /** Returns a plain-text body. */
  public static Body plain(String text) {
    return new Body(text, BodyFormat.PLAIN);
  }

  /** Returns a Markdown body. */
  public static Body markdown(String text) {
    return new Body(text, BodyFormat.MARKDOWN);
  }

  /** Returns a body in the allowed HTML subset. */
  public static Body html(String text) {
    return new Body(text, BodyFormat.HTML);
  }

  /** Shows the format and the length only: the text may hold anything, addresses included. */
  @Override
  public String toString() {
    return "Body[" + format + ", " + text.length() + " chars]";
  }
}
