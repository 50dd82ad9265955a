package org.rejoinder.model;

import org.jspecify.annotations.Nullable;
import org.rejoinder.internal.Checks;
import org.rejoinder.internal.Redaction;

/**
 * An author signed in to the application's own accounts. Make one with {@link #of(String,
 * String)}, then add what the account has:
 *
 * <pre>{@code
 * SiteUser ada = SiteUser.of("42", "Ada").withEmail("ada@example.com").withWebsite("https://ada.dev");
 * }</pre>
 *
 * <p>Its {@link #key()} is {@code user:<userId>}.
 *
 * @param userId the application's user id, 1 to {@value Limits#MAX_ID_CHARS} characters
 * @param displayName the name shown, 1 to {@value Limits#MAX_NAME_CHARS} characters
 * @param email the user's address for avatars, or {@code null}
 * @param website an http(s) URL, or {@code null}
 * @since 0.1.0
 */
public record SiteUser(
    String userId, String displayName, @Nullable String email, @Nullable String website)
    implements Author {

  /**
   * Creates a site user.
   *
   * @throws org.rejoinder.error.InvalidInputException if the id or name is blank, or a value is too
   *     long or malformed
   */
  public SiteUser {
    userId = Checks.requiredLine("author.userId", userId, Limits.MAX_ID_CHARS);
    displayName = Checks.requiredLine("author.name", displayName, Limits.MAX_NAME_CHARS);
    email = Checks.optionalEmail("author.email", email, Limits.MAX_EMAIL_CHARS);
    website = Checks.optionalWebUrl("author.website", website, Limits.MAX_URL_CHARS);
  }

  /**
   * Returns a site user with only an id and a display name.
   *
   * @param userId the application's user id, 1 to {@value Limits#MAX_ID_CHARS} characters
   * @param displayName the name shown, 1 to {@value Limits#MAX_NAME_CHARS} characters
   * @throws org.rejoinder.error.InvalidInputException if either is blank, too long or holds
   *     control characters
   */
  public static SiteUser of(String userId, String displayName) {
    return new SiteUser(userId, displayName, null, null);
  }

  /**
   * Returns this user with an email address, used for avatars and never shown; {@code null} or
   * blank for none.
   *
   * @throws org.rejoinder.error.InvalidInputException if the address is malformed or longer than
   *     {@value Limits#MAX_EMAIL_CHARS} characters
   * @since 0.2.0
   */
  public SiteUser withEmail(@Nullable String address) {
    return new SiteUser(userId, displayName, address, website);
  }

  /**
   * Returns this user with a website, an http or https URL; {@code null} or blank for none.
   *
   * @throws org.rejoinder.error.InvalidInputException if it is not an http(s) URL or is longer
   *     than {@value Limits#MAX_URL_CHARS} characters
   * @since 0.2.0
   */
  public SiteUser withWebsite(@Nullable String url) {
    return new SiteUser(userId, displayName, email, url);
  }

  @Override
  public String key() {
    return "user:" + userId;
  }

  /** Shows the id and name only; an id that is an email address is hidden. */
  @Override
  public String toString() {
    return "SiteUser[" + Redaction.id(userId) + ", " + displayName + "]";
  }
}
