package org.rejoinder.moderation;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Author;
import org.rejoinder.model.Body;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Post;

/**
 * A comment about to be stored, or an edit about to replace a comment's text, with everything a
 * moderation rule may look at.
 *
 * @param post the post it is for
 * @param parent the comment it replies to, or {@code null}
 * @param author who wrote it
 * @param body what they wrote (for an edit, the new text)
 * @param client where it came from
 * @param actor who is posting or editing it (their role decides whether rules apply)
 * @param at when it is posted or edited
 * @param original for an edit, the comment as stored before it; {@code null} for a new comment
 * @param history the comments stored so far
 * @since 0.1.0
 */
public record Submission(
    Post post,
    @Nullable Comment parent,
    Author author,
    Body body,
    ClientInfo client,
    Actor actor,
    Instant at,
    @Nullable Comment original,
    CommentHistory history) {

  /** Creates a submission. */
  public Submission {
    requireNonNull(post, "post must not be null");
    requireNonNull(author, "author must not be null");
    requireNonNull(body, "body must not be null");
    requireNonNull(client, "client must not be null");
    requireNonNull(actor, "actor must not be null");
    requireNonNull(at, "at must not be null");
    requireNonNull(history, "history must not be null");
  }

  /** Returns whether this is an edit of a stored comment rather than a new comment. */
  public boolean isEdit() {
    return original != null;
  }

  /**
   * Returns whether the submitter is trusted, as WordPress trusts them: a moderator or
   * administrator, or the post's own author writing as themselves. A trusted submission is
   * approved without the rules that judge content ({@link ModerationRule#judgesTrusted()}).
   */
  public boolean isTrusted() {
    return actor.role().canModerate()
        || (post.isAuthor(author) && author.key().equals(actor.key()));
  }
}
