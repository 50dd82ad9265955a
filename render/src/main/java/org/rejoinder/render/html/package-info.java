/**
 * The HTML thread renderer: {@link org.rejoinder.render.html.HtmlThreadRenderer}, semantic and
 * accessible markup with WordPress's class names, and the context its part renderers write
 * through.
 */
@NullMarked
package org.rejoinder.render.html;

import org.jspecify.annotations.NullMarked;
