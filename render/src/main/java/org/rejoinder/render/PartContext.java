package org.rejoinder.render;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.Post;
import org.rejoinder.thread.CommentOrder;
import org.rejoinder.thread.ThreadNode;

/**
 * What a part renderer works with during one render call, whatever the output format: rendering
 * of other parts, where a render stands among others of its part, the post, and the renderer's
 * configuration. Each format's context adds its writer ({@link
 * org.rejoinder.render.html.HtmlContext}, {@link org.rejoinder.render.markdown.MarkdownContext}).
 * A new context is made for every call; {@link AbstractPartContext} implements this interface
 * for every format.
 *
 * @since 0.2.0
 */
public interface PartContext {
  /**
   * Renders a part with the renderer configured for it: the application's, wrapping the ones
   * registered before it and the built-in one. A part renderer must not render its own part with
   * the same input; to render the input as the renderer it replaces would, it calls the {@code
   * next} renderer it was created with.
   *
   * @throws IllegalArgumentException if this renderer has no renderer for the part, or {@code
   *     input} is not of the part's {@linkplain Part#type() type}
   */
  <T> void render(Part<T> part, T input);

  /**
   * Renders the replies of {@code node}, each through {@link Part#COMMENT}, the way the format
   * nests them; nothing if it has none. Nesting is bounded by the thread's maximum depth (at
   * most 10), so a comment renderer may call this from within.
   */
  void renderReplies(ThreadNode node);

  /**
   * Returns where the render of {@code input} as {@code part} that is in progress stands among
   * this call's renders of that part (the innermost, if the same input renders as that part more
   * than once).
   *
   * @throws IllegalStateException if {@code input} is not being rendered as {@code part}
   */
  <T> PartPosition position(Part<T> part, T input);

  /** Returns the post whose thread, comment or form is being rendered. */
  Post post();

  /**
   * Returns whether the post takes comments at the time of this call, by the renderer's {@link
   * #clock()}: where it does not (closed, or past its {@code closesAfterDays}), no Reply link is
   * shown and the form says "Comments are closed.".
   */
  boolean acceptsComments();

  /**
   * Returns whether pingbacks and trackbacks are shown ({@link RendererBuilder#showPings}); a
   * hidden one that has shown replies is shown all the same, so they keep their place.
   *
   * @since 0.2.0
   */
  default boolean showPings() {
    return true;
  }

  /** Returns the messages. */
  Messages messages();

  /** Returns the URL scheme. */
  Links links();

  /** Returns the body renderer, for sanitized comment bodies. */
  BodyRenderer bodies();

  /** Returns the clock, which says whether the post still takes comments. */
  Clock clock();

  /** Returns {@code time} as readers see it, in the renderer's time zone. */
  String formatTime(Instant time);

  /**
   * Returns how votes show in this call ({@link ThreadView#withVoting}); empty when they do not,
   * and when one comment renders on its own.
   *
   * @since 0.2.0
   */
  Optional<Voting> voting();

  /**
   * Returns the URL of a comment of the post ({@link Links#comment}) for a link to it from
   * another comment's body, a mention or a quote's attribution, while readers are shown it:
   * empty when the thread rendered knows it is not (trashed, say; see {@code
   * CommentThread.shows}), so that no link leads nowhere. When one comment renders on its own,
   * every comment of the post has its URL.
   *
   * @since 0.2.0
   */
  Optional<String> commentUrl(CommentId id);

  /**
   * Returns the orders the sort selector offers ({@link RendererBuilder#sorts}); empty for none.
   *
   * @since 0.2.0
   */
  List<CommentOrder> sorts();
}
