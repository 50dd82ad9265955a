package org.rejoinder.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.ServiceLoader;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.infra.Blackhole;
import org.rejoinder.NewComment;
import org.rejoinder.model.Actor;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Body;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.Guest;
import org.rejoinder.model.ModerationState;
import org.rejoinder.moderation.CommentHistory;
import org.rejoinder.moderation.ModerationPolicy;
import org.rejoinder.moderation.BodyText;
import org.rejoinder.moderation.Submission;
import org.rejoinder.store.CommentStore;

/**
 * The new comments of one write-path batch, for a post that already holds {@code stored}: each
 * from a new reader with an address of their own, about half of them replies to approved
 * comments, with Markdown bodies of which a few have enough links to be held.
 *
 * @param submissions what the readers send
 * @param comments the same as stored comments, approved, with ids after the stored ones
 * @param now the time they are sent, an hour after the last stored comment
 */
public record WriteBatch(List<NewComment> submissions, List<Comment> comments, Instant now) {

  public WriteBatch {
    submissions = List.copyOf(submissions);
    comments = List.copyOf(comments);
  }

  /** Returns {@code size} new comments for the post of {@code stored}, drawn with a fixed seed. */
  public static WriteBatch after(List<Comment> stored, int size) {
    Instant now = stored.get(stored.size() - 1).createdAt().plusSeconds(3_600);
    Random random = new Random(3);
    List<NewComment> submissions = new ArrayList<>(size);
    List<Comment> comments = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      Guest reader = Guest.of("Reader " + i, "reader" + i + "@example.net");
      Comment parent = stored.get(random.nextInt(stored.size()));
      boolean reply = random.nextBoolean() && parent.state() == ModerationState.APPROVED;
      NewComment comment =
          new NewComment(SyntheticDiscussion.POST.id(), reply ? parent.id() : null, reader,
              Body.markdown(SyntheticDiscussion.markdown(random)),
              ClientInfo.of("198.51.100." + i, "Mozilla/5.0"));
      submissions.add(comment);
      comments.add(Comment.create(CommentId.of(stored.size() + 1L + i), comment.postId(),
          comment.parentId(), reader, comment.body(), now, ModerationState.APPROVED, comment.client()));
    }
    return new WriteBatch(submissions, comments, now);
  }

  /** Returns the audit entry of a comment's creation, as stores take it with the comment. */
  public static AuditEntry created(Comment c) {
    return new AuditEntry(c.id(), c.createdAt(), Actor.SYSTEM, null, c.state(), "created");
  }

  /**
   * How moderation sees bodies as readers will: found on the class path as {@code Rejoinder}
   * finds it, so that the moderation stage does what {@code Rejoinder.submit} does.
   */
  private static final BodyText BODY_TEXT =
      ServiceLoader.load(BodyText.class).findFirst().orElse(BodyText.asTyped());

  /**
   * Sinks the policy's verdict on each submission, given what {@code store} holds: the moderation
   * stage of the write path, reading each reply's parent as {@code Rejoinder.submit} does.
   */
  public void moderate(ModerationPolicy policy, CommentStore store, Blackhole sink) {
    CommentHistory history = CommentHistory.of(store);
    for (NewComment comment : submissions) {
      @Nullable Comment parent =
          comment.parentId() == null ? null : store.findComment(comment.parentId()).orElseThrow();
      sink.consume(policy.evaluate(Submission.builder()
          .post(SyntheticDiscussion.POST)
          .parent(parent)
          .author(comment.author())
          .body(comment.body())
          .client(comment.client())
          .at(now)
          .history(history)
          .bodyText(BODY_TEXT)
          .build()));
    }
  }
}
