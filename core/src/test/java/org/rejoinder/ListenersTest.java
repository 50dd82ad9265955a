package org.rejoinder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rejoinder.testing.Comments.POST_AUTHOR;
import static org.rejoinder.testing.Comments.guest;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.rejoinder.model.Actor;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Body;
import org.rejoinder.model.Comment;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.Report;
import org.rejoinder.model.Revision;
import org.rejoinder.moderation.CommentRejectedException;
import org.rejoinder.testing.MutableClock;

class ListenersTest {
  private static final PostId POST = PostId.of("p");

  /** Writes down every event it hears. */
  private static final class Recorder implements CommentListener {
    final List<String> heard = new CopyOnWriteArrayList<>();

    @Override
    public void posted(Comment comment) {
      heard.add("posted " + comment.id() + " " + comment.state());
    }

    @Override
    public void stateChanged(Comment comment, AuditEntry entry) {
      heard.add("stateChanged " + comment.id() + " " + entry.from() + "->" + entry.to());
    }

    @Override
    public void edited(Comment comment, Revision revision) {
      heard.add("edited " + comment.id() + " was '" + revision.previous().text() + "'");
    }

    @Override
    public void reported(Comment comment, Report report) {
      heard.add("reported " + comment.id() + " by " + report.reporterKey());
    }
  }

  /** Fails on every event. */
  private static final class Broken implements CommentListener {
    @Override
    public void posted(Comment comment) {
      throw new IllegalStateException("mail server down");
    }

    @Override
    public void stateChanged(Comment comment, AuditEntry entry) {
      throw new IllegalStateException("mail server down");
    }

    @Override
    public void edited(Comment comment, Revision revision) {
      throw new IllegalStateException("mail server down");
    }

    @Override
    public void reported(Comment comment, Report report) {
      throw new IllegalStateException("mail server down");
    }
  }

  @Test
  void listenersHearEveryChange_andAThrowingOneUndoesNothing() {
    MutableClock clock = MutableClock.at("2024-05-01T12:00:00Z");
    Recorder recorder = new Recorder();
    Rejoinder rejoinder =
        Rejoinder.builder().clock(clock).listener(new Broken()).listener(recorder).reportsToHold(1).build();
    rejoinder.createPost(Post.of(POST, "Post", POST_AUTHOR, clock.instant()));

    Comment c = rejoinder.submit(NewComment.on(POST, guest("Ann"), Body.plain("draft")));
    clock.advance(Duration.ofMinutes(1));
    rejoinder.edit(c.id(), Body.plain("final"), Actor.reader(guest("Ann")));
    rejoinder.report(c.id(), Actor.reader(guest("Bob")), "rude");
    rejoinder.moderation(Actor.moderator(POST_AUTHOR)).changeState(c.id(), ModerationState.APPROVED, "fine");

    String id = c.id().toString();
    assertThat(recorder.heard).containsExactly(
        "posted " + id + " APPROVED",
        "edited " + id + " was 'draft'",
        "reported " + id + " by email:bob@example.com",
        "stateChanged " + id + " APPROVED->PENDING",
        "stateChanged " + id + " PENDING->APPROVED");
    Comment stored = rejoinder.comment(c.id());
    assertThat(stored.body().text()).isEqualTo("final");
    assertThat(stored.state()).isEqualTo(ModerationState.APPROVED);
    assertThat(rejoinder.moderation(Actor.SYSTEM).history(c.id())).hasSize(3);
    assertThat(rejoinder.moderation(Actor.SYSTEM).reports(c.id())).hasSize(1);
  }

  @Test
  void aRejectedComment_isNotAnnounced() {
    MutableClock clock = MutableClock.at("2024-05-01T12:00:00Z");
    Recorder recorder = new Recorder();
    Rejoinder rejoinder = Rejoinder.builder().clock(clock).listener(recorder).build();
    rejoinder.createPost(Post.of(POST, "Post", POST_AUTHOR, clock.instant()));
    rejoinder.submit(NewComment.on(POST, guest("Ann"), Body.plain("one")));

    try {
      rejoinder.submit(NewComment.on(POST, guest("Ann"), Body.plain("two")));
    } catch (CommentRejectedException expected) {
      // flood
    }

    assertThat(recorder.heard).hasSize(1);
  }
}
