package org.rejoinder.thread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rejoinder.testing.Comments.T0;
import static org.rejoinder.testing.Comments.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Body;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.Guest;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;

/**
 * A million comments, as one reply chain and as a random tree: assembly and traversal are
 * iterative, so neither overflows the (deliberately small, see the surefire argLine) stack.
 * Timing targets live in the bench module, not here.
 */
class LargeThreadTest {
  private static final int MILLION = 1_000_000;
  private static final Post POST = post("big");
  private static final Guest AUTHOR = Guest.of("Chain", "chain@example.com");
  private static final Body BODY = Body.plain("reply");

  private static Comment at(int id, Integer parent, ModerationState state) {
    return Comment.create(
        CommentId.of(id),
        PostId.of("big"),
        parent == null ? null : CommentId.of(parent),
        AUTHOR,
        BODY,
        T0.plusMillis(id),
        state,
        ClientInfo.NONE);
  }

  @Test
  void aMillionDeepReplyChain_assemblesFlattenedAtTheCap() {
    List<Comment> chain = new ArrayList<>(MILLION);
    for (int id = 1; id <= MILLION; id++) {
      chain.add(at(id, id == 1 ? null : id - 1, ModerationState.APPROVED));
    }

    CommentThread thread = CommentThread.assemble(POST, chain, Actor.ANONYMOUS, ThreadOptions.DEFAULTS);

    assertThat(thread.responseCount()).isEqualTo(MILLION);
    ThreadNode depth4 = thread.roots().get(0).children().get(0).children().get(0).children().get(0);
    assertThat(depth4.depth()).isEqualTo(4);
    assertThat(depth4.children()).hasSize(MILLION - 4);
    assertThat(depth4.children().get(MILLION - 5).number()).hasValue(MILLION);
    long count = 0;
    int lastNumber = 0;
    for (ThreadNode node : thread) {
      count++;
      lastNumber = node.number().getAsInt();
    }
    assertThat(count).isEqualTo(MILLION);
    assertThat(lastNumber).isEqualTo(MILLION);
  }

  @Test
  void aMillionDeepChainTrashedAtTheTop_keepsEveryAncestorAsAPlaceholder() {
    List<Comment> chain = new ArrayList<>(MILLION);
    for (int id = 1; id <= MILLION; id++) {
      chain.add(at(id, id == 1 ? null : id - 1, id < MILLION ? ModerationState.TRASH : ModerationState.APPROVED));
    }

    CommentThread thread = CommentThread.assemble(POST, chain, Actor.ANONYMOUS, ThreadOptions.DEFAULTS);

    assertThat(thread.responseCount()).isEqualTo(1);
    assertThat(thread.size()).isEqualTo(MILLION);
    assertThat(thread.node(CommentId.of(MILLION)).orElseThrow().number()).hasValue(1);
  }

  @Test
  void aMillionCommentPost_assemblesAndPaginates() {
    Random random = new Random(42);
    List<Comment> comments = new ArrayList<>(MILLION);
    for (int id = 1; id <= MILLION; id++) {
      Integer parent = id == 1 || random.nextInt(10) < 3 ? null : 1 + random.nextInt(id - 1);
      comments.add(at(id, parent, random.nextInt(50) == 0 ? ModerationState.SPAM : ModerationState.APPROVED));
    }

    CommentThread thread = CommentThread.assemble(POST, comments, Actor.ANONYMOUS, ThreadOptions.DEFAULTS);

    long approved = comments.stream().filter(c -> c.state() == ModerationState.APPROVED).count();
    assertThat(thread.responseCount()).isEqualTo((int) approved);
    int lastPage = thread.pageCount();
    assertThat(thread.page(lastPage).roots()).isNotEmpty();
    ThreadNode first = thread.page(lastPage).roots().get(0);
    assertThat(thread.pageOf(first.id())).isEqualTo(lastPage);
  }
}
