package org.rejoinder.model;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.rejoinder.internal.Checks;

/**
 * An author who is not signed in and gave a name, and usually an email address and a website.
 * Whether the email address is required is the moderation policy's decision; when present it
 * must be valid.
 *
 * @param displayName the name, trimmed, 1 to {@value Limits#MAX_NAME_CHARS} characters
 * @param email the address, trimmed, at most {@value Limits#MAX_EMAIL_CHARS} characters, or
 *     {@code null}
 * @param website an http(s) URL of at most {@value Limits#MAX_URL_CHARS} characters, or {@code
 *     null}
 * @since 0.1.0
 */
public record Guest(String displayName, @Nullable String email, @Nullable String website)
    implements Author {

  /**
   * Creates a guest; blank email or website become {@code null}.
   *
   * @throws org.rejoinder.error.InvalidInputException if the name is blank or a value is too long or
   *     malformed
   */
  public Guest {
    displayName = Checks.requiredLine("author.name", displayName, Limits.MAX_NAME_CHARS);
    email = Checks.optionalEmail("author.email", email, Limits.MAX_EMAIL_CHARS);
    website = Checks.optionalWebUrl("author.website", website, Limits.MAX_URL_CHARS);
  }

  /** Returns a guest with a name and an email address and no website. */
  public static Guest of(String name, @Nullable String email) {
    return new Guest(name, email, null);
  }

  /** Returns a guest with a name, an email address and a website. */
  public static Guest of(String name, @Nullable String email, @Nullable String website) {
    return new Guest(name, email, website);
  }

  /**
   * Returns this guest with a website, an http or https URL; {@code null} or blank for none.
   *
   * @throws org.rejoinder.error.InvalidInputException if it is not an http(s) URL or is longer
   *     than {@value Limits#MAX_URL_CHARS} characters
   * @since 0.2.0
   */
  public Guest withWebsite(@Nullable String url) {
    return new Guest(displayName, email, url);
  }

  @Override
  public String key() {
    return email != null
        ? "email:" + email.toLowerCase(Locale.ROOT)
        : "guest:" + displayName.toLowerCase(Locale.ROOT);
  }

  /** Shows the name only: the email address is personal data and stays out of logs. */
  @Override
  public String toString() {
    return "Guest[" + displayName + "]";
  }
}
