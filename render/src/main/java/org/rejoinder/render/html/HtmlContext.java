package org.rejoinder.render.html;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.rejoinder.render.Avatars;
import org.rejoinder.render.BodyRenderer;
import org.rejoinder.render.Links;
import org.rejoinder.render.Messages;
import org.rejoinder.render.Part;
import org.rejoinder.model.Post;
import org.rejoinder.thread.ThreadNode;

/**
 * What an HTML part renderer works with during one render call: the writer, the renderers of the
 * other parts, and the renderer's configuration. A new context is made for every call.
 *
 * @since 0.1.0
 */
public interface HtmlContext {
  /** Returns the writer of this call's output. */
  HtmlWriter writer();

  /**
   * Renders a part with the renderer configured for it, the application's or the built-in one.
   * A part renderer must not render itself with the same input.
   */
  <T> void render(Part<T> part, T input);

  /**
   * Renders the replies of {@code node}, each through {@link Part#COMMENT}, in an {@code <ol
   * class="children">}; nothing if it has none. Nesting is bounded by the thread's maximum
   * depth (at most 10), so a comment renderer may call this from within.
   */
  void renderReplies(ThreadNode node);

  /**
   * Returns WordPress's classes of a comment while it renders: {@code comment}, {@code byuser}
   * (a user of the site), {@code bypostauthor}, {@code even} or {@code odd alt} (alternating over
   * the comments of the page in display order), {@code thread-even} or {@code thread-odd
   * thread-alt} (alternating over top-level comments), {@code depth-N}, {@code parent} (it has
   * replies), and {@code deleted} for a placeholder.
   *
   * @throws IllegalStateException if {@code node} is not a comment being rendered through {@link
   *     Part#COMMENT}
   */
  List<String> commentClasses(ThreadNode node);

  /** Returns the post whose thread or form is being rendered. */
  Post post();

  /** Returns the messages. */
  Messages messages();

  /** Returns the URL scheme. */
  Links links();

  /** Returns the avatar settings. */
  Avatars avatars();

  /** Returns the body renderer, for sanitized comment HTML. */
  BodyRenderer bodies();

  /** Returns the clock, which says whether the post still takes comments. */
  Clock clock();

  /** Returns {@code time} as readers see it, in the renderer's time zone. */
  String formatTime(Instant time);
}
