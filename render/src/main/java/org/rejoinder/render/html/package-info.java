/**
 * The HTML thread renderer: {@link org.rejoinder.render.html.HtmlThreadRenderer}, semantic and
 * accessible markup with WordPress's class names; the context its part renderers write through;
 * and its built-in part renderers as public building blocks ({@link
 * org.rejoinder.render.html.HtmlThreadParts}, {@link org.rejoinder.render.html.HtmlCommentParts},
 * {@link org.rejoinder.render.html.HtmlFormParts}).
 */
@NullMarked
package org.rejoinder.render.html;

import org.jspecify.annotations.NullMarked;
