package org.rejoinder.model;

/**
 * What an {@link Actor} may do. A comment's own author may additionally edit it; that right comes
 * from the actor's key matching the comment author's key, not from a role.
 *
 * @since 0.1.0
 */
public enum Role {
  /** Reads, posts, reports; edits only its own comments. */
  READER,
  /** Also changes moderation states, edits any comment and sees the moderation queue. */
  MODERATOR,
  /** Everything a moderator does, and administration such as bans and purging. */
  ADMIN;

  /** Returns whether this role may moderate comments. */
  public boolean canModerate() {
    return this != READER;
  }
}
