/**
 * A client of Akismet's spam-checking service.
 *
 * @since 0.2.0
 */
@NullMarked
package org.rejoinder.akismet;

import org.jspecify.annotations.NullMarked;
