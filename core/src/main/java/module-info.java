/**
 * Rejoinder core: the comments model, moderation, thread assembly, the storage SPI and an
 * in-memory store. Start with {@link org.rejoinder.Rejoinder}.
 */
module org.rejoinder.core {
  requires com.google.common;
  requires transitive org.jspecify;
  requires org.slf4j;

  exports org.rejoinder;
  exports org.rejoinder.error;
  exports org.rejoinder.model;
  exports org.rejoinder.moderation;
  exports org.rejoinder.store;
  exports org.rejoinder.subscription;
  exports org.rejoinder.thread;

  // The renderer's view of a body as readers see it; the render module provides one.
  uses org.rejoinder.moderation.BodyText;
}
