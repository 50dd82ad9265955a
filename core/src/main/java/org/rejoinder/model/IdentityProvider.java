package org.rejoinder.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Set;
import java.util.regex.Pattern;
import org.rejoinder.internal.Checks;

/**
 * A service people sign in with to comment: WordPress.com, Twitter, Facebook, or any other the
 * application configures.
 *
 * <p>The built-in providers and their ids, which prefix the {@link Author#key() keys} of their
 * accounts ({@code <id>:<subject>}):
 *
 * <table>
 *   <caption>Built-in identity providers</caption>
 *   <tr><th>constant</th><th>id</th><th>display name</th></tr>
 *   <tr><td>{@link #WORDPRESS_COM}</td><td>{@code wordpress.com}</td><td>WordPress.com</td></tr>
 *   <tr><td>{@link #TWITTER}</td><td>{@code twitter}</td><td>Twitter</td></tr>
 *   <tr><td>{@link #FACEBOOK}</td><td>{@code facebook}</td><td>Facebook</td></tr>
 *   <tr><td>{@link #GITHUB}</td><td>{@code github}</td><td>GitHub</td></tr>
 *   <tr><td>{@link #GOOGLE}</td><td>{@code google}</td><td>Google</td></tr>
 * </table>
 *
 * <p>An application adds its own with the constructor, for example {@code new
 * IdentityProvider("mastodon.social", "Mastodon")}. Ids are stored with every comment of their
 * accounts: never rename one that is in use.
 *
 * @param id a stable lower-case id such as {@code "wordpress.com"}: letters, digits, dots,
 *     hyphens and underscores, at most 64 characters; it prefixes the {@link Author#key() key}
 *     of the provider's accounts
 * @param displayName the name shown to readers, such as {@code "WordPress.com"}
 * @since 0.1.0
 */
public record IdentityProvider(String id, String displayName) {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
  private static final Set<String> RESERVED = Set.of("user", "email", "guest", "visitor");

  /** WordPress.com accounts. */
  public static final IdentityProvider WORDPRESS_COM =
      new IdentityProvider("wordpress.com", "WordPress.com");
  /** Twitter (X) accounts. */
  public static final IdentityProvider TWITTER = new IdentityProvider("twitter", "Twitter");
  /** Facebook accounts. */
  public static final IdentityProvider FACEBOOK = new IdentityProvider("facebook", "Facebook");
  /** GitHub accounts. */
  public static final IdentityProvider GITHUB = new IdentityProvider("github", "GitHub");
  /** Google accounts. */
  public static final IdentityProvider GOOGLE = new IdentityProvider("google", "Google");

  /**
   * Creates a provider.
   *
   * @throws IllegalArgumentException if the id is not of the allowed shape, is one of the
   *     reserved ids {@code user}, {@code email}, {@code guest} and {@code visitor}, or the name
   *     is blank
   */
  public IdentityProvider {
    requireNonNull(id, "id must not be null");
    checkArgument(
        ID.matcher(id).matches() && !RESERVED.contains(id),
        "provider.id must be lower-case letters, digits, '.', '-' or '_', and not user, email,"
            + " guest or visitor, but was %s",
        id);
    displayName = Checks.argumentLine("provider.displayName", displayName, 100);
  }
}
