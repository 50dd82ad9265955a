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
 * A comment about to be stored, with everything a moderation rule may look at.
 *
 * @param post the post it is for
 * @param parent the comment it replies to, or {@code null}
 * @param author who wrote it
 * @param body what they wrote
 * @param client where it came from
 * @param actor who is posting it (their role decides whether rules apply)
 * @param at when it is posted
 * @since 0.1.0
 */
public record Submission(
    Post post,
    @Nullable Comment parent,
    Author author,
    Body body,
    ClientInfo client,
    Actor actor,
    Instant at) {

  /** Creates a submission. */
  public Submission {
    requireNonNull(post, "post must not be null");
    requireNonNull(author, "author must not be null");
    requireNonNull(body, "body must not be null");
    requireNonNull(client, "client must not be null");
    requireNonNull(actor, "actor must not be null");
    requireNonNull(at, "at must not be null");
  }
}
