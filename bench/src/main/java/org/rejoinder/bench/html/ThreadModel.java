package org.rejoinder.bench.html;

import java.util.List;

/**
 * The thread as templates get it.
 *
 * @param heading the heading text, "N responses to “Title”"
 * @param postId the post id, for the Reply links
 * @param roots the top-level comments
 */
public record ThreadModel(String heading, String postId, List<CommentView> roots) {
  /** Creates a model, copying the list. */
  public ThreadModel {
    roots = List.copyOf(roots);
  }
}
