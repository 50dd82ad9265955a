package org.rejoinder.thread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rejoinder.testing.Comments.T0;
import static org.rejoinder.testing.Comments.approved;
import static org.rejoinder.testing.Comments.comment;
import static org.rejoinder.testing.Comments.guest;
import static org.rejoinder.testing.Comments.post;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentStatus;
import org.rejoinder.model.Guest;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;

class ClosedPostsAndSingleNodesTest {
  private static final Post OPEN = post("p");
  private static final List<Comment> DISCUSSION =
      List.of(approved(1, "p", null), approved(2, "p", 1L), approved(3, "p", null));

  private static boolean anyNodeTakesReplies(CommentThread thread) {
    return StreamSupport.stream(thread.spliterator(), false).anyMatch(ThreadNode::canReply);
  }

  @Test
  void aClosedPost_takesNoReplyOnAnyNode() {
    Post closed = OPEN.withCommentStatus(CommentStatus.CLOSED);

    CommentThread open = CommentThread.assemble(OPEN, DISCUSSION, Actor.ANONYMOUS, ThreadOptions.DEFAULTS, T0);
    CommentThread shut = CommentThread.assemble(closed, DISCUSSION, Actor.ANONYMOUS, ThreadOptions.DEFAULTS, T0);

    assertThat(open.acceptsComments()).isTrue();
    assertThat(open.node(DISCUSSION.get(0).id()).orElseThrow().canReply()).isTrue();
    assertThat(shut.acceptsComments()).isFalse();
    assertThat(shut.size()).isEqualTo(3);
    assertThat(anyNodeTakesReplies(shut)).isFalse();
  }

  @Test
  void aPostClosingAfterSomeDays_isJudgedAtTheTimeTheThreadIsRead() {
    Post closing = OPEN.withCommentStatus(CommentStatus.closesAfterDays(14));
    Instant lastMoment = T0.plus(Duration.ofDays(14)).minusMillis(1);

    CommentThread before = CommentThread.assemble(closing, DISCUSSION, Actor.ANONYMOUS, ThreadOptions.DEFAULTS, lastMoment);
    CommentThread after =
        CommentThread.assemble(closing, DISCUSSION, Actor.ANONYMOUS, ThreadOptions.DEFAULTS, lastMoment.plusMillis(1));

    assertThat(before.acceptsComments()).isTrue();
    assertThat(anyNodeTakesReplies(before)).isTrue();
    assertThat(after.acceptsComments()).isFalse();
    assertThat(anyNodeTakesReplies(after)).isFalse();
  }

  @Test
  void aPageReadOnItsOwn_ofAClosedPost_takesNoReplyEither() {
    Post closed = OPEN.withCommentStatus(CommentStatus.CLOSED);
    ThreadOptions options = ThreadOptions.DEFAULTS.withPerPage(1);
    ThreadSlice slice = ThreadSlice.cut(DISCUSSION, ThreadPageRequest.of(OPEN.id(), Actor.ANONYMOUS, options, 1));

    CommentThread page = CommentThread.assemble(closed, slice, Actor.ANONYMOUS, options, T0);

    assertThat(page.acceptsComments()).isFalse();
    assertThat(page.size()).isEqualTo(2);
    assertThat(anyNodeTakesReplies(page)).isFalse();
  }

  @Test
  void aStandaloneNode_isLaidOutAsInTheThread_withoutANumber() {
    Guest ann = guest("Ann");
    Comment parent = comment(1, "p", null, ann, ModerationState.APPROVED);
    Comment reply = approved(2, "p", 1L);
    ThreadOptions options = ThreadOptions.DEFAULTS.withMaxDepth(3);

    ThreadNode atTwo = ThreadNode.standalone(OPEN, reply, parent, 2, Actor.ANONYMOUS, options, T0).orElseThrow();
    ThreadNode atCap = ThreadNode.standalone(OPEN, reply, parent, 3, Actor.ANONYMOUS, options, T0).orElseThrow();
    ThreadNode below = ThreadNode.standalone(OPEN, reply, parent, 7, Actor.ANONYMOUS, options, T0).orElseThrow();

    assertThat(atTwo.kind()).isEqualTo(ThreadNode.Kind.COMMENT);
    assertThat(atTwo.comment()).contains(reply);
    assertThat(atTwo.depth()).isEqualTo(2);
    assertThat(atTwo.number()).isEmpty();
    assertThat(atTwo.canReply()).isTrue();
    assertThat(atTwo.isFlattened()).isFalse();
    assertThat(atTwo.inReplyTo()).contains("Ann");
    assertThat(atTwo.root()).isSameAs(atTwo);
    assertThat(atTwo.children()).isEmpty();
    assertThat(atCap.canReply()).isFalse();
    assertThat(below.depth()).isEqualTo(3);
    assertThat(below.isFlattened()).isTrue();
  }

  @Test
  void aStandaloneNode_showsTheViewersPendingComment_andNothingTheyMayNotSee() {
    Guest bob = guest("Bob");
    Comment pending = comment(5, "p", null, bob, ModerationState.PENDING);
    Comment spam = comment(6, "p", null, bob, ModerationState.SPAM);

    assertThat(ThreadNode.standalone(OPEN, pending, null, 1, Actor.reader(bob), ThreadOptions.DEFAULTS, T0))
        .hasValueSatisfying(node -> {
          assertThat(node.kind()).isEqualTo(ThreadNode.Kind.AWAITING_MODERATION);
          assertThat(node.canReply()).isFalse();
        });
    assertThat(ThreadNode.standalone(OPEN, pending, null, 1, Actor.ANONYMOUS, ThreadOptions.DEFAULTS, T0))
        .isEmpty();
    assertThat(ThreadNode.standalone(OPEN, spam, null, 1, Actor.reader(bob), ThreadOptions.DEFAULTS, T0))
        .isEmpty();
  }

  @Test
  void aStandaloneNode_ofAClosedPost_orInAFlatLayout_takesNoReply() {
    Comment top = approved(1, "p", null);
    Post closing = OPEN.withCommentStatus(CommentStatus.closesAfterDays(1));

    assertThat(ThreadNode.standalone(closing, top, null, 1, Actor.ANONYMOUS, ThreadOptions.DEFAULTS, T0)
            .orElseThrow().canReply()).isTrue();
    assertThat(ThreadNode.standalone(closing, top, null, 1, Actor.ANONYMOUS, ThreadOptions.DEFAULTS,
            T0.plus(Duration.ofDays(1))).orElseThrow().canReply()).isFalse();
    assertThat(ThreadNode.standalone(OPEN, approved(2, "p", 1L), top, 2, Actor.ANONYMOUS,
            ThreadOptions.DEFAULTS.withThreaded(false), T0))
        .hasValueSatisfying(node -> {
          assertThat(node.depth()).isEqualTo(1);
          assertThat(node.canReply()).isFalse();
          assertThat(node.inReplyTo()).isPresent();
        });
  }

  @Test
  void aStandaloneNode_refusesInconsistentArguments() {
    Comment top = approved(1, "p", null);
    Comment reply = approved(2, "p", 1L);

    assertThatThrownBy(() -> ThreadNode.standalone(post("q"), top, null, 1, Actor.ANONYMOUS, ThreadOptions.DEFAULTS, T0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("belongs to post p");
    assertThatThrownBy(() -> ThreadNode.standalone(OPEN, reply, null, 2, Actor.ANONYMOUS, ThreadOptions.DEFAULTS, T0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not the parent");
    assertThatThrownBy(() -> ThreadNode.standalone(OPEN, reply, top, 1, Actor.ANONYMOUS, ThreadOptions.DEFAULTS, T0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("depth");
  }
}
