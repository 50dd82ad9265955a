package org.rejoinder.render;

/**
 * Creates the renderer of one {@link Part} for one render call. A factory is called once per
 * call with that call's context (the writer, escaping, URL policy, messages, and rendering of
 * other parts), so the renderer it returns may keep state for the call.
 *
 * <pre>{@code
 * HtmlThreadRenderer renderer = HtmlThreadRenderer.builder()
 *     .part(Part.REPLY_LINK, context -> node -> { })   // no Reply links
 *     .build();
 * }</pre>
 *
 * @param <C> the context type of the renderer ({@code HtmlContext}, {@code MarkdownContext})
 * @param <T> what the part shows
 * @since 0.1.0
 */
@FunctionalInterface
public interface PartRendererFactory<C, T> {
  /** Returns the part's renderer for the call that {@code context} belongs to. */
  PartRenderer<T> create(C context);
}
