package org.rejoinder.render;

/**
 * Creates the renderer of one {@link Part} for one render call, given the renderer it replaces,
 * so that it can replace it, delegate to it or decorate it. A factory is called at most once per
 * call, when its part is first rendered, with that call's context (the writer, escaping, URL
 * policy, messages, and rendering of other parts), so the renderer it returns may keep state for
 * the call.
 *
 * <pre>{@code
 * HtmlThreadRenderer renderer = HtmlThreadRenderer.builder()
 *     .part(Part.REPLY_LINK, (context, next) -> node -> { })    // no Reply links
 *     .part(Part.AUTHOR, (context, next) -> node -> {           // the built-in author line,
 *       context.writer().start("div", "class", "who");          // wrapped
 *       next.render(node);
 *       context.writer().end("div");
 *     })
 *     .build();
 * }</pre>
 *
 * <p>{@code next} is the renderer registered before this one for the same part: the built-in
 * renderer for the first override of a built-in part, {@link PartRenderer#nothing()} for the
 * first renderer of a part of the application's. Calling it renders the part's input as that
 * renderer would, within the same render of the part.
 *
 * @param <C> the context type of the renderer ({@code HtmlContext}, {@code MarkdownContext})
 * @param <T> what the part shows
 * @since 0.1.0
 */
@FunctionalInterface
public interface PartRendererFactory<C, T> {
  /**
   * Returns the part's renderer for the call that {@code context} belongs to.
   *
   * @param context the context of the call
   * @param next the renderer this one replaces, to delegate to or ignore
   * @since 0.2.0
   */
  PartRenderer<T> create(C context, PartRenderer<T> next);
}
