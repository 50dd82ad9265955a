package org.rejoinder.model;

/**
 * What kind of response a comment is: one a person wrote, or a notice that another site linked to
 * the post. WordPress keeps the same three kinds in {@code comment_type}; imports keep them, so
 * that a pingback never turns into an ordinary comment, and renderers show pingbacks and
 * trackbacks their own way (a "Pingback:" line with the linking site, no avatar, no Reply link)
 * or hide them.
 *
 * @since 0.2.0
 */
public enum CommentType {
  /** A comment a person wrote: WordPress's {@code comment} (or an empty type). */
  COMMENT,
  /** An automatic notice that a page of another site links to the post. */
  PINGBACK,
  /** A notice another site sent by hand (the trackback protocol) that it links to the post. */
  TRACKBACK;

  /** Returns whether this is a pingback or a trackback, which no person typed here. */
  public boolean isPing() {
    return this != COMMENT;
  }
}
