/**
 * Rejoinder notify: delivers the outbox of notifications that core writes. {@link
 * org.rejoinder.notify.OutboxSender} sends what is due, with retries and backoff, through a
 * {@link org.rejoinder.notify.Notifier}; {@link org.rejoinder.notify.SmtpNotifier} sends email
 * over SMTP with one-click unsubscribe; {@link org.rejoinder.notify.WebhookNotifier} posts signed
 * JSON to the application's endpoint.
 */
module org.rejoinder.notify {
  requires transitive org.rejoinder.core;
  requires transitive org.jspecify;
  requires transitive jakarta.mail;
  requires org.eclipse.angus.mail;
  requires com.google.common;
  requires com.fasterxml.jackson.core;
  requires java.net.http;
  requires org.slf4j;

  exports org.rejoinder.notify;
}
