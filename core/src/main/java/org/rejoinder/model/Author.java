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
   * Returns a key that identifies the same person across comments: {@code user:<id>} for a site
   * user, {@code <provider>:<subject>} for an external identity, {@code email:<address>} (lower
   * case) for a guest with an email address, {@code guest:<name>} otherwise. Moderation uses it
   * for flood control, duplicates and first-time commenters; a viewer sees their own pending
   * comments by it.
   */
  String key();
}
