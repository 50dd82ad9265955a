package org.rejoinder.model;

import org.rejoinder.internal.Checks;

/**
 * The application's identifier for a post: its slug, its database key, anything stable of at most
 * {@value Limits#MAX_ID_CHARS} characters.
 *
 * @param value the identifier, without surrounding white space
 * @since 0.1.0
 */
public record PostId(String value) {
  /**
   * Creates a post id.
   *
   * @throws org.rejoinder.error.InvalidInputException if the value is blank, too long or contains
   *     control characters
   */
  public PostId {
    value = Checks.requiredLine("postId", value, Limits.MAX_ID_CHARS);
  }

  /** Returns a post id for {@code value}. */
  public static PostId of(String value) {
    return new PostId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
