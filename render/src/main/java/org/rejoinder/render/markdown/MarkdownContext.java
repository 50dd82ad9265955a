package org.rejoinder.render.markdown;

import org.rejoinder.render.Part;
import org.rejoinder.render.PartContext;
import org.rejoinder.thread.ThreadNode;

/**
 * What a Markdown part renderer works with during one render call: the writer, the renderers of
 * the other parts, and the renderer's configuration. A new context is made for every call.
 *
 * @since 0.1.0
 */
public interface MarkdownContext extends PartContext {
  /** Returns the writer of this call's output. */
  MarkdownWriter writer();

  /**
   * Renders the replies of {@code node}, each through {@link Part#COMMENT}, one block quote level
   * deeper; nothing if it has none. Nesting is bounded by the thread's maximum depth.
   */
  @Override
  void renderReplies(ThreadNode node);
}
