/**
 * Comment feeds in Atom and RSS 2.0.
 *
 * @since 0.2.0
 */
@NullMarked
package org.rejoinder.feed;

import org.jspecify.annotations.NullMarked;
