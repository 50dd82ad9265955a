package org.rejoinder.render;

/**
 * Renders a page of a thread, and the reply form with it, to some output format. The HTML and
 * Markdown implementations are {@link org.rejoinder.render.html.HtmlThreadRenderer} and {@link
 * org.rejoinder.render.markdown.MarkdownThreadRenderer}, each made by its builder.
 *
 * <p>A built renderer is immutable and thread-safe: every call renders with a fresh context, so
 * one instance can serve every request of an application.
 *
 * @since 0.1.0
 */
public interface ThreadRenderer {
  /**
   * Renders {@code view} to {@code output} as it goes, so that a large thread never has to be
   * held as one string.
   *
   * @throws java.io.UncheckedIOException if the output throws an {@link java.io.IOException}
   */
  void render(ThreadView view, Appendable output);

  /** Renders {@code view} to a string. */
  String render(ThreadView view);
}
