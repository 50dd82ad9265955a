/**
 * Readers' subscriptions to replies and to posts, and the notifications they cause: the values a
 * store keeps in its outbox ({@link org.rejoinder.subscription.Notification}) and the signed
 * tokens of confirmation and unsubscribe links ({@link
 * org.rejoinder.subscription.SubscriptionTokens}).
 *
 * @since 0.2.0
 */
@NullMarked
package org.rejoinder.subscription;

import org.jspecify.annotations.NullMarked;
