package org.rejoinder.model;

import org.jspecify.annotations.Nullable;

/**
 * Who wrote a comment or a post: a {@link Guest} who typed a name and email, a {@link SiteUser}
 * signed in to the application, or an {@link ExternalIdentity} signed in through a provider such
 * as WordPress.com.
 *
 * <p>An author's email address is kept for avatars, notifications and moderation, and is never
 * rendered.
 *
 * @since 0.1.0
 */
public sealed interface Author permits Guest, SiteUser, ExternalIdentity {

  /** Returns the name shown with the author's comments. */
  String displayName();

  /** Returns the author's email address, or {@code null} if none was given. Never shown. */
  @Nullable String email();

  /** Returns the author's website or profile URL (http or https), or {@code null}. */
  @Nullable String website();

  /**
   * Returns a key that identifies the same person across comments, at most {@value
   * Limits#MAX_KEY_CHARS} characters:
   *
   * <ul>
   *   <li>{@code user:<userId>} for a {@link SiteUser}, such as {@code user:42};
   *   <li>{@code <provider id>:<subject>} for an {@link ExternalIdentity}, such as {@code
   *       wordpress.com:88213}, {@code twitter:1290011} or {@code github:583231} (the provider
   *       ids are listed with {@link IdentityProvider});
   *   <li>{@code email:<address>}, the address in lower case, for a {@link Guest} who gave one;
   *   <li>{@code guest:<name>}, the name in lower case, for a guest without an address.
   * </ul>
   *
   * <p>Moderation uses it for flood control, duplicates and first-time commenters, and a viewer
   * sees their own pending comments by it: an {@link Actor} made from the same author ({@link
   * Actor#reader(Author)}) has the same key. To recognise a returning guest, keep their name and
   * email (a signed cookie, for example) and make the same {@code Guest} again. Rejoinder never
   * prints an {@code email:} key in a {@code toString()}.
   */
  String key();
}
