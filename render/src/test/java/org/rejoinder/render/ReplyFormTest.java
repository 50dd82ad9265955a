package org.rejoinder.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rejoinder.error.ErrorCode;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Body;
import org.rejoinder.model.Comment;
import org.rejoinder.model.IdentityProvider;
import org.rejoinder.model.InvalidParentException;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.CommentId;
import org.rejoinder.thread.CommentThread;
import org.rejoinder.thread.ThreadNode;
import org.rejoinder.thread.ThreadOptions;

class ReplyFormTest {
  private final ReplyForm form = ReplyForm.of(Fixtures.POST, "/comments");

  @Test
  void aFormPostingToAnotherScheme_isRefused() {
    assertThatThrownBy(() -> ReplyForm.of(Fixtures.POST, "javascript:alert(1)"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("action");
    assertThatThrownBy(() -> form.withSignIn(IdentityProvider.GITHUB, "data:text/html,x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("signInUrl");
    assertThatThrownBy(() -> form.signedInAs(Fixtures.PRIYA, "vbscript:x", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("logOutUrl");
  }

  @Test
  void aGuest_cannotBeSignedIn() {
    assertThatThrownBy(() -> form.signedInAs(Fixtures.ANN, "/logout", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("guest");
  }

  @Test
  void aCsrfFieldName_mustBeAPlainName_andItsTokenStaysOutOfToString() {
    assertThatThrownBy(() -> form.withCsrfToken("x\" onfocus=\"y", "t"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(form.withCsrfToken("_csrf", "s3cret").toString()).doesNotContain("s3cret");
  }

  @Test
  void replyingTo_takesTheCommentsIdAndAuthor_butNotAPlaceholder() {
    CommentThread thread = Fixtures.thread(List.of(
        Fixtures.comment(1, null, Fixtures.ANN, Body.plain("x"), ModerationState.TRASH),
        Fixtures.comment(2, 1L, Fixtures.BOB, "reply")));

    ReplyForm reply = form.replyingTo(thread.node(CommentId.of(2)).orElseThrow());

    assertThat(reply.replyTarget()).contains(new ReplyForm.ReplyTarget(CommentId.of(2), "Bob"));
    assertThatThrownBy(() -> form.replyingTo(thread.node(CommentId.of(1)).orElseThrow()))
        .isInstanceOfSatisfying(InvalidParentException.class, e -> {
          assertThat(e.reason()).isEqualTo(InvalidParentException.Reason.NOT_APPROVED);
          assertThat(e.parentId()).isEqualTo(CommentId.of(1));
          assertThat(e.code()).isEqualTo(ErrorCode.INVALID_PARENT);
        });
  }

  @Test
  void replyingTo_refusesTheReadersOwnCommentAwaitingModeration_asSubmitWould() {
    Comment pending = Fixtures.comment(1, null, Fixtures.ANN, Body.plain("held"),
        ModerationState.PENDING);
    CommentThread thread = CommentThread.assemble(Fixtures.POST, List.of(pending),
        Actor.reader(Fixtures.ANN), ThreadOptions.defaults());
    ThreadNode node = thread.node(CommentId.of(1)).orElseThrow();
    assertThat(node.kind()).isEqualTo(ThreadNode.Kind.AWAITING_MODERATION);

    assertThatThrownBy(() -> form.replyingTo(node))
        .isInstanceOfSatisfying(InvalidParentException.class, e ->
            assertThat(e.reason()).isEqualTo(InvalidParentException.Reason.NOT_APPROVED));
  }

  @Test
  void signInChoices_keepTheirOrder() {
    ReplyForm choices = form.withSignIn(IdentityProvider.GITHUB, "/a")
        .withSignIn(IdentityProvider.GOOGLE, "/b");

    assertThat(choices.signInChoices()).extracting(ReplyForm.SignInChoice::provider)
        .containsExactly(IdentityProvider.GITHUB, IdentityProvider.GOOGLE);
  }
}
