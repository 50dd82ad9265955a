package org.rejoinder.render.markdown;

import java.time.Instant;
import org.rejoinder.model.Post;
import org.rejoinder.render.BodyRenderer;
import org.rejoinder.render.Messages;
import org.rejoinder.render.Part;
import org.rejoinder.thread.ThreadNode;

/**
 * What a Markdown part renderer works with during one render call: the writer, the renderers of
 * the other parts, and the renderer's configuration. A new context is made for every call.
 *
 * @since 0.1.0
 */
public interface MarkdownContext {
  /** Returns the writer of this call's output. */
  MarkdownWriter writer();

  /** Renders a part with the renderer configured for it, the application's or the built-in one. */
  <T> void render(Part<T> part, T input);

  /**
   * Renders the replies of {@code node}, each through {@link Part#COMMENT}, one block quote level
   * deeper; nothing if it has none. Nesting is bounded by the thread's maximum depth.
   */
  void renderReplies(ThreadNode node);

  /** Returns the post whose thread is being rendered. */
  Post post();

  /** Returns the messages. */
  Messages messages();

  /** Returns the body renderer, for bodies as safe Markdown. */
  BodyRenderer bodies();

  /** Returns {@code time} as readers see it, in the renderer's time zone. */
  String formatTime(Instant time);
}
