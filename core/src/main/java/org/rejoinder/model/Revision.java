package org.rejoinder.model;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One edit of a comment's text: who changed it, when, and the text it had before.
 *
 * @param commentId the edited comment
 * @param at when it was edited (kept to the millisecond)
 * @param editor who edited it: the comment's author or a moderator
 * @param previous the body before the edit
 * @since 0.1.0
 */
public record Revision(CommentId commentId, Instant at, Actor editor, Body previous) {

  /** Creates a revision. */
  public Revision {
    requireNonNull(commentId, "commentId must not be null");
    at = requireNonNull(at, "at must not be null").truncatedTo(ChronoUnit.MILLIS);
    requireNonNull(editor, "editor must not be null");
    requireNonNull(previous, "previous must not be null");
  }
}
