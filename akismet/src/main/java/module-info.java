/**
 * Rejoinder Akismet: a {@link org.rejoinder.moderation.SpamChecker} that asks Akismet, and tells
 * it of moderators' spam and not-spam decisions. Start with {@link
 * org.rejoinder.akismet.AkismetClient}.
 */
module org.rejoinder.akismet {
  requires transitive org.rejoinder.core;
  requires transitive org.jspecify;
  requires transitive java.net.http;
  requires com.google.common;
  requires org.slf4j;

  exports org.rejoinder.akismet;
}
