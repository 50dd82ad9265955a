package org.rejoinder.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rejoinder.testing.Concurrency.runConcurrently;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoinder.NewComment;
import org.rejoinder.Rejoinder;
import org.rejoinder.model.Actor;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Body;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.ConcurrentUpdateException;
import org.rejoinder.model.Guest;
import org.rejoinder.model.IllegalTransitionException;
import org.rejoinder.model.InvalidParentException;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;
import org.rejoinder.moderation.ModerationPolicy;
import org.rejoinder.thread.CommentThread;
import org.rejoinder.thread.ThreadNode;
import org.rejoinder.thread.ThreadOptions;
import org.rejoinder.thread.ThreadPage;

/**
 * Many readers replying and moderators moderating one post at once, through {@link Rejoinder}:
 * no comment and no state change is lost, and the counts agree with the comments. A store
 * implementation extends this class and supplies fresh, empty stores.
 */
public abstract class ConcurrentModerationContract {
  private static final PostId POST = PostId.of("busy");
  private static final SiteUser EDITOR = SiteUser.of("ed", "Editor");
  private static final int WRITERS = 4;
  private static final int REPLIES_EACH = 25;
  private static final int MODERATORS = 2;
  private static final int CHANGES_EACH = 40;

  private CommentStore store;

  /** Returns a new, empty store. */
  protected abstract CommentStore newStore() throws Exception;

  /** Releases what {@link #newStore()} opened. */
  protected void closeStore(CommentStore store) throws Exception {}

  @BeforeEach
  void openStore() throws Exception {
    store = newStore();
  }

  @AfterEach
  void close() throws Exception {
    closeStore(store);
  }

  /** A state change that succeeded: the version it produced and the state it set. */
  private record Change(long version, ModerationState to) {}

  @Test
  void repliesAndModerationOnOnePost_loseNoCommentAndNoTransition_andKeepCountsRight() throws Exception {
    // Writers reply faster than flood control allows: what is tested here is the store.
    Rejoinder rejoinder =
        Rejoinder.builder().store(store).moderation(ModerationPolicy.approveAll()).build();
    rejoinder.createPost(Post.of(POST, "Busy", EDITOR, Instant.parse("2024-01-01T00:00:00Z")));
    Comment root = rejoinder.submit(NewComment.on(POST, EDITOR, Body.plain("Start here")));
    List<Comment> replies = new CopyOnWriteArrayList<>();
    Map<CommentId, List<Change>> changes = new ConcurrentHashMap<>();
    AtomicInteger refusedReplies = new AtomicInteger();

    runConcurrently(WRITERS + MODERATORS, index -> {
      Random random = new Random(index);
      if (index < WRITERS) {
        Guest author = Guest.of("Writer " + index, "w" + index + "@example.com");
        for (int k = 0; k < REPLIES_EACH; k++) {
          CommentId parent = replies.isEmpty() || random.nextBoolean()
              ? root.id() : replies.get(random.nextInt(replies.size())).id();
          try {
            replies.add(rejoinder.submit(NewComment.replyTo(POST, parent, author, Body.plain("r" + k))));
          } catch (InvalidParentException e) {
            refusedReplies.incrementAndGet(); // the parent was moderated away meanwhile
          }
        }
      } else {
        Actor moderator = Actor.moderator(SiteUser.of("mod" + index, "Moderator " + index));
        ModerationState[] states = ModerationState.values();
        while (replies.isEmpty()) {
          Thread.onSpinWait(); // replies to the root always succeed, so one comes
        }
        for (int k = 0; k < CHANGES_EACH; k++) {
          Comment target = replies.get(random.nextInt(replies.size()));
          ModerationState to = states[random.nextInt(states.length)];
          try {
            Comment changed = rejoinder.moderation(moderator).changeState(target.id(), to, "k" + k);
            changes.computeIfAbsent(target.id(), id -> new CopyOnWriteArrayList<>())
                .add(new Change(changed.version(), to));
          } catch (ConcurrentUpdateException | IllegalTransitionException e) {
            // another moderator was first, or the comment was already there: nothing changed
          }
        }
      }
    });

    assertThat(replies.size() + refusedReplies.get()).isEqualTo(WRITERS * REPLIES_EACH);
    assertThat(store.commentsOf(POST)).hasSize(replies.size() + 1);
    int approved = 1;
    for (Comment reply : replies) {
      Comment stored = store.findComment(reply.id()).orElseThrow();
      assertThat(stored.parentId()).isEqualTo(reply.parentId());
      List<AuditEntry> trail = store.auditTrail(reply.id());
      List<Change> made = new ArrayList<>(changes.getOrDefault(reply.id(), List.of()));
      assertThat(trail).as("one entry per change of %s", reply.id()).hasSize(1 + made.size());
      for (Change change : made) {
        assertThat(trail.get((int) change.version() - 1).to()).isEqualTo(change.to());
      }
      for (int i = 1; i < trail.size(); i++) {
        assertThat(trail.get(i).from()).as("each change starts where the last ended")
            .isEqualTo(trail.get(i - 1).to());
      }
      assertThat(stored.state()).isEqualTo(trail.get(trail.size() - 1).to());
      assertThat(stored.version()).isEqualTo(trail.size());
      approved += stored.state() == ModerationState.APPROVED ? 1 : 0;
    }
    assertThat(changes).as("some changes won").isNotEmpty();
    assertThat(replies).as("some replies were taken").hasSizeGreaterThan(WRITERS * REPLIES_EACH / 2);

    ThreadOptions options = ThreadOptions.DEFAULTS.withPerPage(1);
    CommentThread whole = rejoinder.thread(POST, Actor.ANONYMOUS, options);
    ThreadPage page = rejoinder.threadPage(POST, Actor.ANONYMOUS, options, 1);
    assertThat(whole.responseCount()).isEqualTo(approved);
    assertThat(page.thread().responseCount()).isEqualTo(approved);
    // Numbers follow time, kept by the store through every concurrent approval and unapproval.
    for (ThreadNode node : page) {
      assertThat(node.number()).as("number of %s", node.id())
          .isEqualTo(whole.node(node.id()).orElseThrow().number());
    }
    assertThat(store.count(CommentQuery.all().withPost(POST).withStates(ModerationState.APPROVED)))
        .isEqualTo(approved);
  }
}
