package org.rejoinder.feed;

/**
 * The formats of a comment feed.
 *
 * @since 0.2.0
 */
public enum FeedFormat {
  /** Atom 1.0 (RFC 4287), each entry with RFC 4685's {@code thr:in-reply-to}. */
  ATOM("application/atom+xml; charset=utf-8"),
  /** RSS 2.0, as WordPress serves its comment feeds, with {@code dc:creator}. */
  RSS("application/rss+xml; charset=utf-8");

  private final String contentType;

  FeedFormat(String contentType) {
    this.contentType = contentType;
  }

  /** Returns the media type to answer with. */
  public String contentType() {
    return contentType;
  }
}
