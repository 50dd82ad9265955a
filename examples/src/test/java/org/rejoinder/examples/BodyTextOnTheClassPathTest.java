package org.rejoinder.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.rejoinder.NewComment;
import org.rejoinder.Rejoinder;
import org.rejoinder.model.Body;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Guest;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;
import org.rejoinder.moderation.CommentRejectedException;
import org.rejoinder.moderation.ModerationPolicy;
import org.rejoinder.moderation.Reasons;
import org.rejoinder.render.RenderedBodyText;

/**
 * With the render module on the class path, a Rejoinder built without a {@code BodyText} finds
 * the one it lists in META-INF/services, so moderation judges what readers will see.
 */
class BodyTextOnTheClassPathTest {
  private final Rejoinder rejoinder = Rejoinder.builder()
      .moderation(ModerationPolicy.builder().moderationKeywords("badword").build())
      .build();
  private final Post post = rejoinder.createPost(
      Post.of(PostId.of("p"), "Post", SiteUser.of("1", "Ada"), Instant.parse("2024-03-01T10:00:00Z")));

  @Test
  void rejoinder_findsTheRenderersBodyText() {
    assertThat(rejoinder.bodyText()).isInstanceOf(RenderedBodyText.class);
  }

  @Test
  void aBodyOfMarkupThatIsRemoved_isRejectedAsEmpty() {
    assertThatThrownBy(() -> rejoinder.submit(NewComment.on(post.id(),
            Guest.of("Ann", "ann@example.com"), Body.html("<script>alert(1)</script>"))))
        .isInstanceOfSatisfying(CommentRejectedException.class,
            e -> assertThat(e.verdict().reason()).isEqualTo(Reasons.EMPTY_BODY));
  }

  @Test
  void aKeywordSplitByMarkupOrHiddenInAReference_isFound() {
    Comment split = rejoinder.submit(NewComment.on(post.id(),
        Guest.of("Bo", "bo@example.com"), Body.html("what a bad<b></b>word")));
    Comment referenced = rejoinder.submit(NewComment.on(post.id(),
        Guest.of("Cy", "cy@example.com"), Body.markdown("what a b&#97;dword")));

    assertThat(split.state()).isEqualTo(ModerationState.PENDING);
    assertThat(referenced.state()).isEqualTo(ModerationState.PENDING);
  }
}
