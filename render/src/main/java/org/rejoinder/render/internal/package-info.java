/**
 * What the renderers use inside, below every API package of the module: the sanitizing pipeline
 * of bodies, URL checks, dates and escaping. It imports no other package of the module. Not part
 * of the API; not exported.
 */
@NullMarked
package org.rejoinder.render.internal;

import org.jspecify.annotations.NullMarked;
