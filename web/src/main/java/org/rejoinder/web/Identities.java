package org.rejoinder.web;

import java.util.Optional;

/**
 * Tells the web layer who is signed in: the application's own sessions, a framework's security
 * context, an identity provider's cookie. The web layer never signs anyone in itself; it trusts
 * what this says, and checks roles through {@link org.rejoinder.Rejoinder}.
 *
 * <pre>{@code
 * Identities identities = request -> sessions.user(request.cookie("session").orElse(""))
 *     .map(user -> new SignedInReader(SiteUser.of(user.id(), user.name()), user.role(),
 *         "/logout", null));
 * }</pre>
 *
 * @since 0.2.0
 */
@FunctionalInterface
public interface Identities {

  /** Returns the reader signed in on this request, or empty for a guest. Must be thread-safe. */
  Optional<SignedInReader> signedIn(WebRequest request);

  /** Returns identities that sign nobody in: every reader is a guest. */
  static Identities none() {
    return request -> Optional.empty();
  }
}
