package org.rejoinder.web;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Author;
import org.rejoinder.model.Guest;
import org.rejoinder.model.Role;

/**
 * A reader the application has signed in, as its {@link Identities} reports them: their account
 * (a site user or an external identity), what they may do, and where the form's "Log out" and
 * "Change" links go. Their comments are theirs whatever the form's name and email fields say, and
 * a moderator or administrator may use the moderation page and actions.
 *
 * @param author the account, a {@link org.rejoinder.model.SiteUser} or {@link
 *     org.rejoinder.model.ExternalIdentity}
 * @param role what they may do
 * @param logOutUrl where "Log out" goes
 * @param changeUrl where "Change" goes (switching accounts), or {@code null}
 * @since 0.2.0
 */
public record SignedInReader(
    Author author, Role role, String logOutUrl, @Nullable String changeUrl) {

  /**
   * Creates a signed-in reader.
   *
   * @throws IllegalArgumentException if the author is a guest
   */
  public SignedInReader {
    requireNonNull(author, "author must not be null");
    requireNonNull(role, "role must not be null");
    requireNonNull(logOutUrl, "logOutUrl must not be null");
    if (author instanceof Guest) {
      throw new IllegalArgumentException("author must be a site user or an external identity but was a guest");
    }
  }

  /** Returns a reader with the {@link Role#READER} role. */
  public static SignedInReader reader(Author author, String logOutUrl) {
    return new SignedInReader(author, Role.READER, logOutUrl, null);
  }

  /** Returns the actor Rejoinder checks: this account's key and role. */
  public Actor actor() {
    return new Actor(author.key(), role);
  }
}
