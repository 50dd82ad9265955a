package org.rejoinder.render;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.VoteDirection;
import org.rejoinder.render.ReplyForm.CsrfField;

/**
 * How votes show in one render ({@link ThreadView#withVoting}): each comment's score, and, for a
 * reader who may vote, up and down buttons, each a small form posting to the URLs of {@link
 * Links#vote} and {@link Links#unvote} (so they work without script), the reader's own vote shown
 * pressed ({@code aria-pressed="true"}, and pressing it again takes the vote back). A reader gets
 * no buttons on their own comments, nor on comments awaiting moderation.
 *
 * <pre>{@code
 * Voting voting = Voting.forReader(reader, rejoinder.votesOf(post.id(), reader))
 *     .withCsrfToken("_csrf", token);
 * String html = renderer.render(ThreadView.of(page).withVoting(voting));
 * }</pre>
 *
 * @param buttons whether the up and down buttons are shown, besides the scores
 * @param readerKey the reader's {@link Actor#key()}, whose own comments get no buttons; {@code
 *     null} for an anonymous reader
 * @param readerVotes the reader's own votes on the comments shown ({@code
 *     Rejoinder.votesOf(postId, reader)})
 * @param csrf the application's CSRF token, sent with every vote, or {@code null}
 * @since 0.2.0
 */
public record Voting(
    boolean buttons,
    @Nullable String readerKey,
    Map<CommentId, VoteDirection> readerVotes,
    @Nullable CsrfField csrf) {

  /** Creates the settings. */
  public Voting {
    readerVotes = Map.copyOf(requireNonNull(readerVotes, "readerVotes must not be null"));
  }

  /** Returns settings that show each comment's score and no buttons: for documents, feeds, archives. */
  public static Voting scoresOnly() {
    return new Voting(false, null, Map.of(), null);
  }

  /**
   * Returns settings that show scores and buttons to {@code reader}, with their own votes
   * pressed. Give a signed-in reader, or a guest where the application lets guests vote.
   */
  public static Voting forReader(Actor reader, Map<CommentId, VoteDirection> readerVotes) {
    requireNonNull(reader, "reader must not be null");
    return new Voting(true, reader.key(), readerVotes, null);
  }

  /** Returns these settings with a CSRF token sent with every vote. */
  public Voting withCsrfToken(String fieldName, String token) {
    return new Voting(buttons, readerKey, readerVotes, new CsrfField(fieldName, token));
  }

  /** Returns the reader's vote on a comment, if any. */
  public Optional<VoteDirection> voteOn(CommentId id) {
    return Optional.ofNullable(readerVotes.get(requireNonNull(id, "id must not be null")));
  }

  /**
   * Returns whether {@code comment} gets buttons: buttons are on, it is approved, and it is not
   * the reader's own.
   */
  public boolean buttonsFor(Comment comment) {
    return buttons
        && comment.state() == ModerationState.APPROVED
        && (readerKey == null || !readerKey.equals(comment.author().key()));
  }

  /** Shows whether buttons are on and how many votes the reader has; no key, no token. */
  @Override
  public String toString() {
    return "Voting[" + (buttons ? "buttons" : "scores only") + ", " + readerVotes.size() + " own votes]";
  }
}
