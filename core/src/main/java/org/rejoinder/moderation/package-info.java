/**
 * Moderation: a {@link org.rejoinder.moderation.ModerationPolicy} decides, for each new
 * comment, a {@link org.rejoinder.moderation.Verdict}.
 */
@NullMarked
package org.rejoinder.moderation;

import org.jspecify.annotations.NullMarked;
