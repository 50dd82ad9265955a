package org.rejoinder.render;

/**
 * Renders one {@link Part} of a thread, such as a comment's author line, through the context it
 * was created with.
 *
 * @param <T> what the part shows
 * @since 0.1.0
 */
@FunctionalInterface
public interface PartRenderer<T> {
  /** Renders {@code input}. */
  void render(T input);

  /**
   * Returns a renderer that renders nothing: what the first renderer registered for a part of the
   * application's receives as the renderer it replaces.
   *
   * @since 0.2.0
   */
  static <T> PartRenderer<T> nothing() {
    return input -> {};
  }
}
