/**
 * Delivery of notifications: the sender of the outbox, the {@link
 * org.rejoinder.notify.Notifier} SPI, and email over SMTP.
 *
 * @since 0.2.0
 */
@NullMarked
package org.rejoinder.notify;

import org.jspecify.annotations.NullMarked;
