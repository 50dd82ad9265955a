package org.rejoinder.render.html;

import java.util.List;
import org.rejoinder.render.Avatars;
import org.rejoinder.render.Part;
import org.rejoinder.render.PartContext;
import org.rejoinder.thread.ThreadNode;

/**
 * What an HTML part renderer works with during one render call: the writer, the renderers of the
 * other parts, WordPress's classes of the comment being rendered, and the renderer's
 * configuration. A new context is made for every call.
 *
 * @since 0.1.0
 */
public interface HtmlContext extends PartContext {
  /** Returns the writer of this call's output. */
  HtmlWriter writer();

  /**
   * Renders the replies of {@code node}, each through {@link Part#COMMENT}, in an {@code <ol
   * class="children">}; nothing if it has none. Nesting is bounded by the thread's maximum
   * depth (at most 10), so a comment renderer may call this from within.
   */
  @Override
  void renderReplies(ThreadNode node);

  /**
   * Returns WordPress's classes of a comment while it renders as {@link Part#COMMENT}, by
   * whichever renderer: {@code comment}, {@code byuser} (a user of the site), {@code
   * bypostauthor}, {@code even} or {@code odd alt} (alternating over the comments of the call in
   * the order they render), {@code thread-even} or {@code thread-odd thread-alt} (alternating over
   * top-level comments), {@code depth-N}, {@code parent} (it has replies), {@code deleted} for a
   * placeholder, and {@code pinned} for a pinned thread's top-level comment. They come from the
   * comment's {@linkplain #position position}.
   *
   * @throws IllegalStateException if {@code node} is not a comment being rendered through {@link
   *     Part#COMMENT}
   */
  List<String> commentClasses(ThreadNode node);

  /** Returns the avatar settings. */
  Avatars avatars();
}
