package org.rejoinder.model;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.rejoinder.internal.Checks;
import org.rejoinder.internal.Redaction;

/**
 * Who is asking: the person reading a thread, posting a comment or moderating one. The
 * application builds an actor from its own session; Rejoinder checks the role.
 *
 * @param key the person's {@link Author#key() author key}, or {@code null} for an anonymous
 *     reader
 * @param role what the person may do
 * @since 0.1.0
 */
public record Actor(@Nullable String key, Role role) {
  /** An anonymous reader. */
  public static final Actor ANONYMOUS = new Actor(null, Role.READER);
  /** Rejoinder itself, for decisions made by the moderation policy. */
  public static final Actor SYSTEM = new Actor("system", Role.ADMIN);

  /**
   * Creates an actor; a blank key is taken as none.
   *
   * @throws org.rejoinder.error.InvalidInputException if the key is longer than {@value
   *     Limits#MAX_KEY_CHARS} characters or contains control characters
   */
  public Actor {
    requireNonNull(role, "role must not be null");
    key = Checks.optionalLine("actor.key", key, Limits.MAX_KEY_CHARS);
  }

  /** Returns a reader known by their author identity, for example a guest who just commented. */
  public static Actor reader(Author author) {
    return new Actor(author.key(), Role.READER);
  }

  /** Returns a moderator known by their author identity. */
  public static Actor moderator(Author author) {
    return new Actor(author.key(), Role.MODERATOR);
  }

  /**
   * Returns a reader without an account whom the application knows by a key it keeps for them,
   * such as the id in a signed cookie: for what a guest may do without commenting, such as
   * voting where the application lets guests vote. The actor's key is {@code visitor:<key>}.
   *
   * @throws org.rejoinder.error.InvalidInputException if the key is blank, or too long or holds
   *     control characters once prefixed
   * @since 0.2.0
   */
  public static Actor visitor(String key) {
    String checked = Checks.requiredLine("visitor.key", key, Limits.MAX_KEY_CHARS - 8);
    return new Actor("visitor:" + checked, Role.READER);
  }

  /**
   * Returns whether this actor is a guest rather than an account: a {@link Guest} (key {@code
   * email:…} or {@code guest:…}) or a {@linkplain #visitor visitor}. An anonymous actor is not
   * a guest, since nothing identifies it.
   *
   * @since 0.2.0
   */
  public boolean isGuest() {
    return key != null
        && (key.startsWith("email:") || key.startsWith("guest:") || key.startsWith("visitor:"));
  }

  /** Returns an administrator known by their author identity. */
  public static Actor admin(Author author) {
    return new Actor(author.key(), Role.ADMIN);
  }

  /** Returns whether this actor is the author of {@code comment}. */
  public boolean isAuthorOf(Comment comment) {
    return key != null && key.equals(comment.author().key());
  }

  /** Shows the role and the key, a guest's email key as {@code email:<hidden>}. */
  @Override
  public String toString() {
    return "Actor[" + Redaction.key(key) + ", " + role + "]";
  }
}
