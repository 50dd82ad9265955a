/**
 * Rejoinder web: the comment form's POST, CSRF, the guest's own pending comment, moderation
 * actions and a JSON API, over framework-neutral requests and responses. Start with {@link
 * org.rejoinder.web.CommentsWeb}; {@link org.rejoinder.web.jdk.JdkHttpHandler} serves it with the
 * JDK's HTTP server.
 */
module org.rejoinder.web {
  requires transitive org.rejoinder.core;
  requires transitive org.rejoinder.render;
  requires transitive org.rejoinder.feed;
  requires transitive org.jspecify;
  requires transitive jdk.httpserver;
  requires com.google.common;
  requires com.fasterxml.jackson.databind;
  requires org.slf4j;

  exports org.rejoinder.web;
  exports org.rejoinder.web.jdk;
}
