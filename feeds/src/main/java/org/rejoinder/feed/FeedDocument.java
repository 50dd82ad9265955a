package org.rejoinder.feed;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * A written feed, with what an HTTP answer needs so that clients poll cheaply: {@code
 * Last-Modified} from {@link #updated()} and an entity tag that changes whenever the document
 * does.
 *
 * @param xml the document
 * @param format its format
 * @param updated when its newest entry last changed (the post's publication without entries)
 * @param etag a strong entity tag, quoted, for {@code ETag} and {@code If-None-Match}
 * @since 0.2.0
 */
public record FeedDocument(String xml, FeedFormat format, Instant updated, String etag) {
  /** Creates one. */
  public FeedDocument {
    requireNonNull(xml, "xml must not be null");
    requireNonNull(format, "format must not be null");
    requireNonNull(updated, "updated must not be null");
    requireNonNull(etag, "etag must not be null");
  }

  /** Returns the media type: {@link FeedFormat#contentType()}. */
  public String contentType() {
    return format.contentType();
  }

  /** Shows the format, time and tag, not the document. */
  @Override
  public String toString() {
    return "FeedDocument[" + format + ", updated " + updated + ", " + etag + ", " + xml.length() + " chars]";
  }
}
