/**
 * Rejoinder's entry point, {@link org.rejoinder.Rejoinder}, the submission type {@link
 * org.rejoinder.NewComment}, and the exceptions, all rooted at {@link
 * org.rejoinder.error.RejoinderException}.
 */
@NullMarked
package org.rejoinder;

import org.jspecify.annotations.NullMarked;
