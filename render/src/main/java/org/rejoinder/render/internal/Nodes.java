package org.rejoinder.render.internal;

import static java.util.Objects.requireNonNull;

import org.rejoinder.model.Comment;
import org.rejoinder.model.Post;
import org.rejoinder.thread.ThreadNode;

/** What the built-in part renderers of every format ask of a thread node. Not part of the API. */
public final class Nodes {
  private Nodes() {}

  /**
   * Returns the comment a node shows.
   *
   * @throws IllegalArgumentException for a placeholder, which shows none
   */
  public static Comment comment(ThreadNode node) {
    return node.comment().orElseThrow(
        () -> new IllegalArgumentException("A placeholder has no comment: " + node.id()));
  }

  /**
   * Returns whether a node is a reply shown away from the comment it answers — listed at top
   * level in a flat thread, or after its parent at the maximum depth — where "in reply to" says
   * whom it answers.
   */
  public static boolean showsWhomItAnswers(ThreadNode node) {
    return (node.depth() == 1 || node.isFlattened()) && node.inReplyTo().isPresent();
  }

  /**
   * Checks that a node rendered on its own belongs to the post it is rendered with.
   *
   * @throws IllegalArgumentException if the node's comment is on another post
   */
  public static void checkCommentOf(ThreadNode node, Post post) {
    requireNonNull(node, "node must not be null");
    requireNonNull(post, "post must not be null");
    node.comment().ifPresent(comment -> {
      if (!comment.postId().equals(post.id())) {
        throw new IllegalArgumentException("Comment " + node.id() + " is on post "
            + comment.postId() + ", not on post " + post.id());
      }
    });
  }

  /** Returns whether a node shows a pingback or trackback (not a placeholder). */
  public static boolean isPing(ThreadNode node) {
    return node.comment().map(c -> c.isPing()).orElse(false) && !node.isPlaceholder();
  }
}
