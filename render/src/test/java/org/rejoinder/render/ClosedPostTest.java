package org.rejoinder.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.rejoinder.model.CommentStatus;
import org.rejoinder.model.Post;
import org.rejoinder.render.html.HtmlThreadRenderer;
import org.rejoinder.render.markdown.MarkdownThreadRenderer;
import org.rejoinder.thread.CommentThread;

/**
 * A post that no longer takes comments shows no Reply link on any comment, in both renderers,
 * as its form says "Comments are closed.".
 */
class ClosedPostTest {
  /** {@link Fixtures#POST} is published an hour before this. */
  private static final Instant NOW = Fixtures.T0;
  private static final Clock AT_NOW = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final Clock TWO_DAYS_LATER = Clock.offset(AT_NOW, Duration.ofDays(2));

  private static final Post CLOSED = Fixtures.POST.withCommentStatus(CommentStatus.CLOSED);
  private static final Post CLOSES_AFTER_A_DAY =
      Fixtures.POST.withCommentStatus(CommentStatus.closesAfterDays(1));

  @Test
  void html_aClosedPost_hasNoReplyLinks_andItsFormSaysSo() {
    Document html = html(CLOSED, AT_NOW);

    assertThat(html.select(".comment")).hasSize(3);
    assertThat(html.select("a.comment-reply-link, div.reply")).isEmpty();
    assertThat(html.select("#respond .no-comments").text()).isEqualTo("Comments are closed.");
    assertThat(html.select("form")).isEmpty();
  }

  @Test
  void html_aPostPastItsClosingDay_hasNoReplyLinks_butHadThemBefore() {
    Document before = html(CLOSES_AFTER_A_DAY, AT_NOW);
    Document after = html(CLOSES_AFTER_A_DAY, TWO_DAYS_LATER);

    assertThat(before.select("a.comment-reply-link")).hasSize(3);
    assertThat(before.select("form#commentform")).hasSize(1);
    assertThat(after.select(".comment")).hasSize(3);
    assertThat(after.select("a.comment-reply-link, div.reply")).isEmpty();
    assertThat(after.select("#respond .no-comments").text()).isEqualTo("Comments are closed.");
  }

  @Test
  void html_theBuiltInReplyLinkRefuses_evenWhenACommentOfTheApplicationsAsksForIt() {
    HtmlThreadRenderer renderer = HtmlThreadRenderer.builder()
        .clock(AT_NOW)
        .part(Part.COMMENT, (context, next) -> node -> {
          context.writer().start("li", "id", "c" + node.id());
          context.render(Part.REPLY_LINK, node);
          context.writer().end("li");
        })
        .build();

    assertThat(renderer.render(ThreadView.of(thread(CLOSED))))
        .doesNotContain("comment-reply-link");
    assertThat(renderer.render(ThreadView.of(thread(Fixtures.POST))))
        .contains("comment-reply-link");
  }

  @Test
  void markdown_aReplyLinkOfTheApplications_isNotRendered_onAClosedPost() {
    MarkdownThreadRenderer at = markdown(AT_NOW);
    MarkdownThreadRenderer later = markdown(TWO_DAYS_LATER);

    assertThat(at.render(ThreadView.of(thread(Fixtures.POST)))).contains("[Reply]");
    assertThat(at.render(ThreadView.of(thread(CLOSED)))).doesNotContain("[Reply]");
    assertThat(at.render(ThreadView.of(thread(CLOSES_AFTER_A_DAY)))).contains("[Reply]");
    assertThat(later.render(ThreadView.of(thread(CLOSES_AFTER_A_DAY)))).doesNotContain("[Reply]");
    assertThat(MarkdownThreadRenderer.builder().clock(AT_NOW).build()
        .render(ThreadView.of(thread(CLOSED)))).contains("**1. Ann**").doesNotContain("Reply");
  }

  @Test
  void aCommentRenderedAlone_hasNoReplyLink_onAClosedPost() {
    CommentThread closed = thread(CLOSED);
    String html = HtmlThreadRenderer.builder().clock(AT_NOW).build()
        .renderComment(closed.roots().get(0), CLOSED);

    assertThat(Jsoup.parseBodyFragment(html).select(".comment")).hasSize(2);
    assertThat(html).doesNotContain("comment-reply-link");
  }

  private static Document html(Post post, Clock clock) {
    HtmlThreadRenderer renderer = HtmlThreadRenderer.builder().clock(clock).build();
    return Jsoup.parseBodyFragment(
        renderer.render(ThreadView.of(thread(post)).withForm(ReplyForm.of(post, "/comments"))));
  }

  private static MarkdownThreadRenderer markdown(Clock clock) {
    return MarkdownThreadRenderer.builder()
        .clock(clock)
        .part(Part.REPLY_LINK, (context, next) -> node -> context.writer().block("[Reply]"))
        .build();
  }

  private static CommentThread thread(Post post) {
    return Fixtures.thread(post, List.of(
        Fixtures.comment(1, null, Fixtures.ANN, "question"),
        Fixtures.comment(2, 1L, Fixtures.ADA, "answer"),
        Fixtures.comment(3, null, Fixtures.BOB, "another")));
  }
}
