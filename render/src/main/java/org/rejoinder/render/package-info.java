/**
 * Rendering a thread for readers: {@link org.rejoinder.render.BodyRenderer} turns comment bodies
 * into safe HTML, {@link org.rejoinder.render.ThreadRenderer} is what the HTML and Markdown
 * thread renderers share, and {@link org.rejoinder.render.Part} names the pieces of a thread an
 * application can render its own way — the built-in ones and its own. {@link
 * org.rejoinder.render.RendererBuilder} and {@link org.rejoinder.render.AbstractPartContext} are
 * the builder and the dispatch every format shares.
 */
@NullMarked
package org.rejoinder.render;

import org.jspecify.annotations.NullMarked;
