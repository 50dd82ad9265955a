/**
 * Rejoinder feeds: Atom (RFC 4287, with RFC 4685 threading) and RSS 2.0 feeds of a post's
 * comments and of the site's recent comments, written with ROME. Start with {@link
 * org.rejoinder.feed.CommentFeeds}.
 */
module org.rejoinder.feed {
  requires transitive org.rejoinder.core;
  requires transitive org.jspecify;
  requires com.rometools.rome;
  requires org.jdom2;
  requires com.google.common;

  exports org.rejoinder.feed;
}
