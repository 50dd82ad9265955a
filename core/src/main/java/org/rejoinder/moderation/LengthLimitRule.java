package org.rejoinder.moderation;

import com.google.common.base.Utf8;
import org.jspecify.annotations.Nullable;
import org.rejoinder.internal.Checks;
import org.rejoinder.model.Author;
import org.rejoinder.model.Limits;

/**
 * Rejects a comment with a field longer than allowed ({@link Reasons#TOO_LONG}): the text in
 * UTF-8 bytes, the author's name, email address and website in characters (UTF-16 units, as
 * {@link Limits} counts them). Each limit is at least 1 and at most the hard limit in {@link
 * Limits}, which no stored value can exceed anyway.
 *
 * <p>Default ({@link #DEFAULT}): WordPress's column sizes, content 65,525 bytes, name 245, email
 * 100, URL 200 characters. It also applies to trusted submitters.
 *
 * @param maxContentBytes the longest text, in bytes of UTF-8
 * @param maxNameChars the longest author name
 * @param maxEmailChars the longest email address
 * @param maxUrlChars the longest website URL
 * @since 0.1.0
 */
public record LengthLimitRule(
    int maxContentBytes, int maxNameChars, int maxEmailChars, int maxUrlChars)
    implements ModerationRule {

  /** WordPress's limits, the same as {@link Limits}: 65,525 bytes, 245, 100 and 200 characters. */
  public static final LengthLimitRule DEFAULT =
      new LengthLimitRule(
          Limits.MAX_BODY_BYTES, Limits.MAX_NAME_CHARS, Limits.MAX_EMAIL_CHARS, Limits.MAX_URL_CHARS);

  /**
   * Creates the rule.
   *
   * @throws IllegalArgumentException if a limit is below 1 or above its hard limit
   */
  public LengthLimitRule {
    Checks.argumentRange("maxContentBytes", maxContentBytes, 1, Limits.MAX_BODY_BYTES);
    Checks.argumentRange("maxNameChars", maxNameChars, 1, Limits.MAX_NAME_CHARS);
    Checks.argumentRange("maxEmailChars", maxEmailChars, 1, Limits.MAX_EMAIL_CHARS);
    Checks.argumentRange("maxUrlChars", maxUrlChars, 1, Limits.MAX_URL_CHARS);
  }

  @Override
  public Verdict evaluate(Submission submission) {
    Author author = submission.author();
    String text = submission.body().text();
    if (Utf8.encodedLength(text) > maxContentBytes) {
      return tooLong("comment", maxContentBytes + " bytes");
    }
    if (author.displayName().length() > maxNameChars) {
      return tooLong("name", maxNameChars + " characters");
    }
    if (longer(author.email(), maxEmailChars)) {
      return tooLong("email address", maxEmailChars + " characters");
    }
    if (longer(author.website(), maxUrlChars)) {
      return tooLong("website", maxUrlChars + " characters");
    }
    return Verdict.APPROVED;
  }

  private static boolean longer(@Nullable String value, int max) {
    return value != null && value.length() > max;
  }

  private static Verdict tooLong(String field, String limit) {
    return Verdict.of(
        Decision.REJECT, Reasons.TOO_LONG, "Your " + field + " is too long: at most " + limit + ".");
  }

  @Override
  public boolean judgesTrusted() {
    return true;
  }
}
