/**
 * The exceptions Rejoinder throws on purpose: {@link org.rejoinder.error.RejoinderException}, the
 * root, with its {@link org.rejoinder.error.ErrorCode}, and the failures every layer shares
 * (invalid input, not found, already exists, permission denied, storage failure). This package
 * depends on no other package of Rejoinder's; exceptions that carry a model value live beside it
 * ({@code org.rejoinder.model}: invalid parent, illegal transition, concurrent update, comments
 * closed; {@code org.rejoinder.moderation}: comment rejected).
 */
@NullMarked
package org.rejoinder.error;

import org.jspecify.annotations.NullMarked;
