/**
 * The Markdown thread renderer: {@link org.rejoinder.render.markdown.MarkdownThreadRenderer}
 * writes a thread as a Markdown document, readable as plain text and stable for diffs; {@link
 * org.rejoinder.render.markdown.MarkdownParts} holds its built-in part renderers.
 */
@NullMarked
package org.rejoinder.render.markdown;

import org.jspecify.annotations.NullMarked;
