package org.rejoinder.moderation;

import java.util.List;
import java.util.Map;
import org.rejoinder.error.RejoinderException;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;

/**
 * The outcome of a bulk moderation: the comments changed, and why the others were not. One
 * comment's failure does not stop the others.
 *
 * @param changed the comments now in the requested state, in the order asked
 * @param failed for each comment left as it was, the reason: {@link
 *     org.rejoinder.error.NotFoundException}, {@link org.rejoinder.model.IllegalTransitionException} (for
 *     example already in that state) or {@link org.rejoinder.model.ConcurrentUpdateException}
 * @since 0.1.0
 */
public record BulkResult(List<Comment> changed, Map<CommentId, RejoinderException> failed) {
  /** Creates a result. */
  public BulkResult {
    changed = List.copyOf(changed);
    failed = Map.copyOf(failed);
  }
}
