package org.rejoinder.moderation;

/**
 * The reason codes of Rejoinder's built-in rules, as found in {@link Verdict#reason()}, in the
 * audit trail, and in {@link org.rejoinder.moderation.CommentRejectedException#verdict()}. An application
 * switches on them to show its own message or to pick an HTTP status ({@link
 * org.rejoinder.moderation.CommentRejectedException#httpStatus()} suggests one).
 *
 * @since 0.1.0
 */
public final class Reasons {
  /** No rule objected. */
  public static final String APPROVED = "approved";
  /** A trusted submitter (moderator, post author) was approved without content rules. */
  public static final String TRUSTED = "trusted";
  /** A guest left out their name or email address: rejected, HTTP 400. */
  public static final String REQUIRED_FIELDS = "required-fields";
  /**
   * The body has no text a reader would see once it is rendered (only markup that is removed, or
   * white space): rejected, HTTP 400.
   *
   * @since 0.2.0
   */
  public static final String EMPTY_BODY = "empty-body";
  /** A field is longer than the policy allows: rejected, HTTP 400. */
  public static final String TOO_LONG = "too-long";
  /** The same person commented moments ago: rejected, HTTP 429. */
  public static final String FLOOD = "flood";
  /** The same person already said the same thing in the same place: rejected, HTTP 409. */
  public static final String DUPLICATE = "duplicate";
  /** The comment has as many links as the policy's maximum or more: held. */
  public static final String TOO_MANY_LINKS = "too-many-links";
  /** A moderation keyword was found: held. */
  public static final String MODERATION_KEYWORD = "moderation-keyword";
  /** A disallowed keyword was found: trashed or marked as spam. */
  public static final String DISALLOWED_KEYWORD = "disallowed-keyword";
  /** The author has no approved comment yet: held. */
  public static final String FIRST_COMMENT = "first-comment";
  /** The author, their email address or their IP address is banned: spam or rejected, HTTP 403. */
  public static final String BANNED = "banned";
  /** An external checker failed or timed out and the policy fails closed: held. */
  public static final String CHECKER_UNAVAILABLE = "checker-unavailable";
  /** Enough readers reported the comment: held for review. */
  public static final String REPORTED = "reported";
  /** A moderator restored the comment from the trash or marked it as not spam. */
  public static final String RESTORED = "restored";
  /** The comment was purged from the trash. */
  public static final String PURGED = "purged";
  /**
   * A moderator pinned the comment: the reason of an audit entry that keeps the state.
   *
   * @since 0.2.0
   */
  public static final String PINNED = "pinned";
  /**
   * A moderator unpinned the comment: the reason of an audit entry that keeps the state.
   *
   * @since 0.2.0
   */
  public static final String UNPINNED = "unpinned";

  private Reasons() {}
}
