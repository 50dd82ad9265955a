package org.rejoinder.model;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.rejoinder.internal.Checks;
import org.rejoinder.internal.Redaction;

/**
 * An author signed in through an identity provider, such as a WordPress.com, Twitter or Facebook
 * account. Make one with {@link #of(IdentityProvider, String, String)}, then add what the
 * provider tells about the account:
 *
 * <pre>{@code
 * ExternalIdentity priya = ExternalIdentity.of(IdentityProvider.WORDPRESS_COM, "88213", "Priya")
 *     .withProfileUrl("https://priya.wordpress.com")
 *     .withEmail("priya@example.com");
 * }</pre>
 *
 * <p>Its {@link #key()} is {@code <provider id>:<subject>}, for example {@code
 * wordpress.com:88213} or {@code github:583231}; see {@link IdentityProvider} for the built-in
 * provider ids.
 *
 * @param provider the identity provider
 * @param subject the provider's stable id for the account, 1 to {@value Limits#MAX_ID_CHARS}
 *     characters
 * @param displayName the name shown, 1 to {@value Limits#MAX_NAME_CHARS} characters
 * @param profileUrl the account's public profile (http or https), or {@code null}
 * @param email the account's address for avatars, or {@code null}
 * @since 0.1.0
 */
public record ExternalIdentity(
    IdentityProvider provider,
    String subject,
    String displayName,
    @Nullable String profileUrl,
    @Nullable String email)
    implements Author {

  /**
   * Creates an external identity.
   *
   * @throws org.rejoinder.error.InvalidInputException if the subject or name is blank, or a value is
   *     too long or malformed
   */
  public ExternalIdentity {
    requireNonNull(provider, "provider must not be null");
    subject = Checks.requiredLine("author.subject", subject, Limits.MAX_ID_CHARS);
    displayName = Checks.requiredLine("author.name", displayName, Limits.MAX_NAME_CHARS);
    profileUrl = Checks.optionalWebUrl("author.website", profileUrl, Limits.MAX_URL_CHARS);
    email = Checks.optionalEmail("author.email", email, Limits.MAX_EMAIL_CHARS);
  }

  /**
   * Returns an identity with a provider, subject and display name only.
   *
   * @param provider the identity provider
   * @param subject the provider's stable id for the account (not its changeable handle), 1 to
   *     {@value Limits#MAX_ID_CHARS} characters
   * @param name the name shown, 1 to {@value Limits#MAX_NAME_CHARS} characters
   * @throws org.rejoinder.error.InvalidInputException if the subject or name is blank, too long or
   *     holds control characters
   */
  public static ExternalIdentity of(IdentityProvider provider, String subject, String name) {
    return new ExternalIdentity(provider, subject, name, null, null);
  }

  /**
   * Returns this identity with the account's public profile, an http or https URL shown as the
   * author's website; {@code null} or blank for none.
   *
   * @throws org.rejoinder.error.InvalidInputException if it is not an http(s) URL or is longer
   *     than {@value Limits#MAX_URL_CHARS} characters
   * @since 0.2.0
   */
  public ExternalIdentity withProfileUrl(@Nullable String url) {
    return new ExternalIdentity(provider, subject, displayName, url, email);
  }

  /**
   * Returns this identity with the account's email address, used for avatars and never shown;
   * {@code null} or blank for none.
   *
   * @throws org.rejoinder.error.InvalidInputException if the address is malformed or longer than
   *     {@value Limits#MAX_EMAIL_CHARS} characters
   * @since 0.2.0
   */
  public ExternalIdentity withEmail(@Nullable String address) {
    return new ExternalIdentity(provider, subject, displayName, profileUrl, address);
  }

  /** Returns the profile URL. */
  @Override
  public @Nullable String website() {
    return profileUrl;
  }

  @Override
  public String key() {
    return provider.id() + ":" + subject;
  }

  /** Shows the provider, subject and name only; a subject that is an email address is hidden. */
  @Override
  public String toString() {
    return "ExternalIdentity[" + provider.id() + ", " + Redaction.id(subject) + ", " + displayName + "]";
  }
}
