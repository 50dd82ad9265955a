package org.rejoinder.interop.internal;

/**
 * The comment and post meta keys a WXR export writes for what WordPress has no field for, and an
 * import reads back, so that an export imports as it was. Their leading underscore makes
 * WordPress keep them hidden.
 */
public final class Meta {
  /** What every key of Rejoinder's own starts with. */
  public static final String PREFIX = "_rejoinder_";
  /** {@code guest}, {@code user} or {@code external}. */
  public static final String AUTHOR_KIND = "_rejoinder_author_kind";
  /** A site user's id, or an external identity's subject. */
  public static final String AUTHOR_ID = "_rejoinder_author_id";
  /** An external identity's provider id. */
  public static final String AUTHOR_PROVIDER = "_rejoinder_author_provider";
  /** An external identity's provider name. */
  public static final String AUTHOR_PROVIDER_NAME = "_rejoinder_author_provider_name";
  /** A post author's name, email address and website, which an item has no field for. */
  public static final String AUTHOR_NAME = "_rejoinder_author_name";
  /** See {@link #AUTHOR_NAME}. */
  public static final String AUTHOR_EMAIL = "_rejoinder_author_email";
  /** See {@link #AUTHOR_NAME}. */
  public static final String AUTHOR_WEBSITE = "_rejoinder_author_website";
  /** A body's format when it is not HTML: {@code PLAIN} or {@code MARKDOWN}. */
  public static final String BODY_FORMAT = "_rejoinder_body_format";
  /** {@code PURGED} for a tombstone, which WordPress has no state for. */
  public static final String STATE = "_rejoinder_state";
  /** The comment's user agent. */
  public static final String USER_AGENT = "_rejoinder_user_agent";
  /** The post's Rejoinder id. */
  public static final String POST_ID = "_rejoinder_post_id";
  /** {@code closes-after-days:N} for a post that closes some days after publishing. */
  public static final String COMMENT_STATUS = "_rejoinder_comment_status";

  private Meta() {}
}
