/**
 * Moderation: a {@link org.rejoinder.moderation.ModerationPolicy} runs its {@link
 * org.rejoinder.moderation.ModerationRule rules} on each new or edited comment and gives a {@link
 * org.rejoinder.moderation.Verdict}, the strongest of theirs. Start with {@link
 * org.rejoinder.moderation.ModerationPolicy#standard()} (WordPress's defaults) or {@link
 * org.rejoinder.moderation.ModerationPolicy#builder()}; the built-in rules each state their
 * default. The package also holds bans, the external checker SPI, the {@link
 * org.rejoinder.moderation.BodyText} SPI through which rules see a body as readers will, and the
 * results of bulk changes and purges.
 */
@NullMarked
package org.rejoinder.moderation;

import org.jspecify.annotations.NullMarked;
