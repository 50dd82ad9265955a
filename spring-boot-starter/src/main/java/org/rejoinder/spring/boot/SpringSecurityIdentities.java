package org.rejoinder.spring.boot;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.rejoinder.model.Role;
import org.rejoinder.model.SiteUser;
import org.rejoinder.web.Identities;
import org.rejoinder.web.SignedInReader;
import org.rejoinder.web.WebRequest;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The reader Spring Security has signed in on the current request: the principal's name becomes
 * a {@link SiteUser} (its id and its display name), and its authorities its {@link Role}: an
 * administrator with one of the admin authorities, else a moderator with one of the moderator
 * authorities, else a reader. An anonymous or unauthenticated request is a guest.
 *
 * <p>It reads {@link SecurityContextHolder}, so it answers on the thread that serves the request,
 * as a servlet does.
 *
 * @since 0.2.0
 */
public final class SpringSecurityIdentities implements Identities {
  private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

  private final Set<String> moderatorAuthorities;
  private final Set<String> adminAuthorities;
  private final String logoutUrl;

  /**
   * Creates identities.
   *
   * @param moderatorAuthorities authorities that make a moderator, such as {@code ROLE_MODERATOR}
   * @param adminAuthorities authorities that make an administrator, such as {@code ROLE_ADMIN}
   * @param logoutUrl where the form's "Log out" link goes
   */
  public SpringSecurityIdentities(
      Collection<String> moderatorAuthorities, Collection<String> adminAuthorities, String logoutUrl) {
    this.moderatorAuthorities = Set.copyOf(moderatorAuthorities);
    this.adminAuthorities = Set.copyOf(adminAuthorities);
    this.logoutUrl = requireNonNull(logoutUrl, "logoutUrl must not be null");
  }

  /** Creates identities from the {@code rejoinder.security.*} properties. */
  public static SpringSecurityIdentities of(RejoinderProperties.Security settings) {
    return new SpringSecurityIdentities(
        settings.moderatorAuthorities(), settings.adminAuthorities(), settings.logoutUrl());
  }

  @Override
  public Optional<SignedInReader> signedIn(WebRequest request) {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !authentication.isAuthenticated() || TRUST.isAnonymous(authentication)) {
      return Optional.empty();
    }
    String name = authentication.getName();
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(new SignedInReader(SiteUser.of(name, name), role(authentication), logoutUrl, null));
  }

  /** Returns the role a principal's authorities give it. */
  public Role role(Authentication authentication) {
    Role role = Role.READER;
    for (GrantedAuthority authority : authentication.getAuthorities()) {
      String name = authority.getAuthority();
      if (name != null && adminAuthorities.contains(name)) {
        return Role.ADMIN;
      }
      if (name != null && moderatorAuthorities.contains(name)) {
        role = Role.MODERATOR;
      }
    }
    return role;
  }

  @Override
  public String toString() {
    return "SpringSecurityIdentities[moderators=" + moderatorAuthorities + ", admins=" + adminAuthorities + "]";
  }
}
