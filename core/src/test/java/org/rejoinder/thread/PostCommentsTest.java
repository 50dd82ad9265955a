package org.rejoinder.thread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rejoinder.testing.Comments.approved;
import static org.rejoinder.testing.Comments.comment;
import static org.rejoinder.testing.Comments.guest;
import static org.rejoinder.testing.Comments.post;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rejoinder.model.Actor;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.Guest;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.store.InMemoryCommentStore;

class PostCommentsTest {
  private static final Post POST = post("p");
  private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

  @Test
  void isTheListOfTheCommentsAdded_andCannotBeChanged() {
    Comment first = approved(1, "p", null);
    Comment reply = approved(2, "p", 1L);

    PostComments comments = PostComments.builder(POST.id(), 1).add(first).add(reply).build();

    assertThat(comments).containsExactly(first, reply);
    assertThat(comments).isEqualTo(List.of(first, reply));
    assertThat(comments.postId()).isEqualTo(POST.id());
    assertThatThrownBy(() -> comments.add(first)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> comments.set(0, reply)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(PostComments.of(POST.id(), List.of())).isEmpty();
    assertThat(comments).hasToString("PostComments[post=p, 2 comments]");
  }

  @Test
  void aCommentOfAnotherPost_isRefused_andLeavesTheBuilderAsItWas() {
    PostComments.Builder builder = PostComments.builder(POST.id()).add(approved(1, "p", null));

    assertThatThrownBy(() -> builder.add(approved(2, "elsewhere", null)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Comment 2 belongs to post elsewhere, not p");
    assertThat(builder.build()).extracting(Comment::id).containsExactly(CommentId.of(1));
    assertThatThrownBy(() -> PostComments.builder(POST.id(), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aBuilder_buildsOnce() {
    PostComments.Builder builder = PostComments.builder(POST.id()).add(approved(1, "p", null));
    builder.build();

    assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> builder.add(approved(2, "p", null)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void assemblingTheCommentsOfAnotherPost_fails() {
    PostComments elsewhere = PostComments.of(PostId.of("elsewhere"), List.of(approved(1, "elsewhere", null)));

    assertThatThrownBy(() -> CommentThread.assemble(POST, elsewhere, Actor.ANONYMOUS, ThreadOptions.DEFAULTS, NOW))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Comment 1 belongs to post elsewhere, not p");
  }

  @Test
  void aPendingComment_isShownToItsAuthorAlone_andSpamToNobody() {
    Guest author = guest("Ann");
    PostComments comments = PostComments.of(POST.id(), List.of(
        approved(1, "p", null),
        comment(2, "p", 1L, author, ModerationState.PENDING),
        comment(3, "p", 1L, guest("Bob"), ModerationState.SPAM)));

    CommentThread toAnn = CommentThread.assemble(POST, comments, Actor.reader(author), ThreadOptions.DEFAULTS, NOW);
    CommentThread toOthers = CommentThread.assemble(POST, comments, Actor.ANONYMOUS, ThreadOptions.DEFAULTS, NOW);

    assertThat(toAnn.node(CommentId.of(2))).isPresent();
    assertThat(toOthers.node(CommentId.of(2))).isEmpty();
    assertThat(toAnn.node(CommentId.of(3))).isEmpty();
    assertThat(toAnn.responseCount()).isEqualTo(1);
  }

  @Test
  void commentsOfOneMoment_givenOutOfIdOrder_areShownByIdAsInAPlainList() {
    Comment one = approved(1, "p", null);
    Comment two = approved(2, "p", null).toBuilder().createdAt(one.createdAt()).updatedAt(one.createdAt()).build();
    List<Comment> given = List.of(two, one);

    CommentThread fromArrays = CommentThread.assemble(POST, PostComments.of(POST.id(), given), Actor.ANONYMOUS, ThreadOptions.DEFAULTS, NOW);
    CommentThread fromList = CommentThread.assemble(POST, given, Actor.ANONYMOUS, ThreadOptions.DEFAULTS, NOW);

    assertThat(fromArrays.page(1).roots()).extracting(ThreadNode::id).containsExactly(CommentId.of(1), CommentId.of(2));
    assertThat(fromArrays.node(CommentId.of(1)).orElseThrow().number()).hasValue(1);
    assertThat(fromList.page(1).roots()).extracting(ThreadNode::id).containsExactly(CommentId.of(1), CommentId.of(2));
  }

  @Test
  void theInMemoryStore_handsAssemblyItsArrays() {
    InMemoryCommentStore store = new InMemoryCommentStore();
    store.insertPost(POST);
    for (Comment c : List.of(approved(1, "p", null), approved(2, "p", 1L))) {
      store.insertComment(c, new AuditEntry(c.id(), c.createdAt(), Actor.SYSTEM, null, c.state(), "test"));
    }

    assertThat(store.commentsOf(POST.id()))
        .isInstanceOf(PostComments.class)
        .extracting(Comment::id)
        .containsExactly(CommentId.of(1), CommentId.of(2));
  }
}
