package org.rejoinder.model;

/**
 * The hard size limits of stored values. They match WordPress's column sizes, so content imported
 * from WordPress always fits, and they are the column sizes of the JDBC schema. A moderation
 * policy may set lower limits; none may set higher ones.
 *
 * @since 0.1.0
 */
public final class Limits {
  /** Most characters in an author's display name: {@value}. */
  public static final int MAX_NAME_CHARS = 245;
  /** Most characters in an email address: {@value}. */
  public static final int MAX_EMAIL_CHARS = 100;
  /** Most characters in a website or profile URL: {@value}. */
  public static final int MAX_URL_CHARS = 200;
  /** Most bytes of a comment body in UTF-8: {@value}. */
  public static final int MAX_BODY_BYTES = 65_525;
  /**
   * Most characters in a post's link (its permalink on the application's site): {@value}.
   *
   * @since 0.2.0
   */
  public static final int MAX_LINK_CHARS = 2_000;
  /** Most characters in a post title: {@value}. */
  public static final int MAX_TITLE_CHARS = 1_000;
  /** Most characters in a post id, user id or external subject id: {@value}. */
  public static final int MAX_ID_CHARS = 200;
  /**
   * Most characters in an {@link Author#key() author key} or {@link Actor#key() actor key}:
   * {@value}. Every key an author value makes fits (the longest, an external identity's, is at
   * most 265 characters).
   */
  public static final int MAX_KEY_CHARS = 300;
  /** Most characters in a client's user agent: {@value}. */
  public static final int MAX_USER_AGENT_CHARS = 255;
  /** Most characters in a moderation reason: {@value}. */
  public static final int MAX_REASON_CHARS = 500;
  /**
   * Most mentions kept with a comment: {@value}. Names and links beyond them stay plain text.
   *
   * @since 0.2.0
   */
  public static final int MAX_MENTIONS = 20;

  private Limits() {}
}
