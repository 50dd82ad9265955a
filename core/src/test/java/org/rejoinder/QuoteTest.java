package org.rejoinder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoinder.error.NotFoundException;
import org.rejoinder.error.PermissionDeniedException;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Body;
import org.rejoinder.model.BodyFormat;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.Guest;
import org.rejoinder.model.Mention;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;
import org.rejoinder.moderation.ModerationPolicy;

/** A reply that quotes a comment: its body, and the link it records. */
class QuoteTest {
  private static final PostId POST = PostId.of("quotes");
  private static final SiteUser EDITOR = SiteUser.of("1", "Editor");
  private Rejoinder rejoinder;
  private Comment quoted;

  @BeforeEach
  void setUp() {
    rejoinder = Rejoinder.builder().moderation(ModerationPolicy.approveAll()).build();
    rejoinder.createPost(Post.of(POST, "Quotes", EDITOR, Instant.parse("2024-01-01T00:00:00Z")));
    quoted = rejoinder.submit(NewComment.on(POST, Guest.of("Ann <3 O'Neill", "ann@example.com"),
        Body.plain("Back up your comments.\nPlain files, *always*.")));
  }

  @Test
  void aMarkdownQuote_escapesTheExcerpt_andAttributesItWithALink() {
    Body quote = rejoinder.quote(quoted.id(), null, BodyFormat.MARKDOWN);

    assertThat(quote.format()).isEqualTo(BodyFormat.MARKDOWN);
    assertThat(quote.text()).isEqualTo(
        "> Back up your comments\\.\n"
            + "> Plain files, \\*always\\*\\.\n"
            + "> — [Ann \\<3 O'Neill](#comment-" + quoted.id() + ")\n");
  }

  @Test
  void anHtmlQuote_escapesTheExcerpt_andCitesTheAuthorWithALink() {
    Body quote = rejoinder.quote(quoted.id(), "Plain files, <b>always</b>.", BodyFormat.HTML);

    assertThat(quote.text()).isEqualTo(
        "<blockquote><p>Plain files, &lt;b&gt;always&lt;/b&gt;.</p><cite><a href=\"#comment-"
            + quoted.id() + "\">Ann &lt;3 O&#39;Neill</a></cite></blockquote>\n");
  }

  @Test
  void aReplyQuotingAComment_recordsTheLinkAsAMention() {
    Body quote = rejoinder.quote(quoted.id(), "Back up your comments.", BodyFormat.MARKDOWN);
    Comment reply = rejoinder.submit(
        NewComment.replyTo(POST, quoted.id(), EDITOR, Body.markdown(quote.text() + "\nExactly.")),
        Actor.moderator(EDITOR));

    assertThat(reply.mentions()).containsExactly(Mention.link(quoted.id()));
  }

  @Test
  void onlyAShownCommentIsQuoted_inMarkdownOrHtml() {
    rejoinder.moderation(Actor.moderator(EDITOR)).trash(quoted.id());

    assertThatThrownBy(() -> rejoinder.quote(quoted.id(), null, BodyFormat.MARKDOWN))
        .isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(() -> rejoinder.quote(CommentId.of(404), null, BodyFormat.MARKDOWN))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> rejoinder.quote(quoted.id(), null, BodyFormat.PLAIN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Markdown or HTML");
  }
}
