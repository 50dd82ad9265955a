package org.rejoinder.render;

import org.rejoinder.model.Post;
import org.rejoinder.thread.ThreadNode;

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

  /**
   * Renders one comment on its own, as it appears in the thread ({@link Part#COMMENT}, with its
   * replies if it has any and no siblings), without the rest of the thread: the answer to the
   * form's POST or to a JSON API call that submitted it.
   *
   * <pre>{@code
   * Comment saved = rejoinder.submit(newComment);
   * ThreadNode node = rejoinder.thread(post.id(), viewer, options).node(saved.id()).orElseThrow();
   * response.write(renderer.renderComment(node, post));
   * }</pre>
   *
   * @param node the comment's node, assembled for the reader (so a comment held for moderation
   *     shows "Your comment is awaiting moderation.")
   * @param post the post the comment is on
   * @throws IllegalArgumentException if the node's comment is on another post
   * @throws java.io.UncheckedIOException if the output throws an {@link java.io.IOException}
   * @since 0.2.0
   */
  void renderComment(ThreadNode node, Post post, Appendable output);

  /**
   * Renders one comment on its own to a string; see {@link #renderComment(ThreadNode, Post,
   * Appendable)}.
   *
   * @since 0.2.0
   */
  default String renderComment(ThreadNode node, Post post) {
    StringBuilder out = new StringBuilder();
    renderComment(node, post, out);
    return out.toString();
  }
}
