/** Helpers of the renderers: the sanitizing pipeline and the built-in parts. Not part of the API. */
@NullMarked
package org.rejoinder.render.internal;

import org.jspecify.annotations.NullMarked;
