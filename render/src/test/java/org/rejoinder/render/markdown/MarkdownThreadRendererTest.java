package org.rejoinder.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rejoinder.model.CommentId;
import org.rejoinder.render.Fixtures;
import org.rejoinder.render.Part;
import org.rejoinder.render.ThreadView;
import org.rejoinder.thread.CommentThread;
import org.rejoinder.thread.ThreadNode;

class MarkdownThreadRendererTest {
  private final CommentThread thread = Fixtures.thread(List.of(
      Fixtures.comment(1, null, Fixtures.ANN, "question"),
      Fixtures.comment(2, 1L, Fixtures.BOB, "answer")));

  @Test
  void theApplicationsRendererForAPart_winsOverTheBuiltInOne() {
    MarkdownThreadRenderer renderer = MarkdownThreadRenderer.builder()
        .part(Part.META, (context, next) -> node -> context.writer().write(" (#" + node.id() + ")"))
        .build();

    assertThat(renderer.render(ThreadView.of(thread)))
        .contains("**1. Ann** (#1)\n", "> **2. Bob** (#2)\n");
  }

  @Test
  void partsMarkdownHasNot_areRefused() {
    assertThatThrownBy(() -> MarkdownThreadRenderer.builder()
        .part(Part.REPLY_FORM, (context, next) -> form -> { }))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("REPLY_FORM");
  }

  @Test
  void aDecorator_wrapsTheBuiltInRenderer_andAnApplicationsPartRendersThroughTheContext() {
    Part<ThreadNode> badge = Part.of("BADGE", ThreadNode.class);
    MarkdownThreadRenderer renderer = MarkdownThreadRenderer.builder()
        .part(badge, (context, next) -> node -> context.writer().write(" · +" + node.id()))
        .part(Part.META, (context, next) -> node -> {
          next.render(node);
          context.render(badge, node);
        })
        .build();

    assertThat(renderer.render(ThreadView.of(thread)))
        .contains("**1. Ann** · March 1, 2024 at 10:01 am · +1\n",
            "> **2. Bob** · March 1, 2024 at 10:02 am · +2\n");
  }

  @Test
  void theReplyLink_rendersNothingByDefault_andWhatTheApplicationGivesIt() {
    MarkdownThreadRenderer renderer = MarkdownThreadRenderer.builder()
        .part(Part.REPLY_LINK, (context, next) -> node -> context.writer()
            .block("[Reply](" + context.links().reply(context.post(), node.id()) + ")"))
        .build();

    assertThat(MarkdownThreadRenderer.builder().build().render(ThreadView.of(thread)))
        .doesNotContain("Reply");
    assertThat(renderer.render(ThreadView.of(thread)))
        .contains("question\n\n[Reply](?replytocom=1#respond)\n",
            "> [Reply](?replytocom=2#respond)\n");
  }

  @Test
  void aCommentRenderedAlone_isItsLinesAsInTheThread_withItsReplies() {
    MarkdownThreadRenderer renderer = MarkdownThreadRenderer.builder().build();
    ThreadNode first = thread.node(CommentId.of(1)).orElseThrow();

    String alone = renderer.renderComment(first, Fixtures.POST);

    assertThat(alone).isEqualTo("**1. Ann** · March 1, 2024 at 10:01 am\n\nquestion\n\n"
        + "> **2. Bob** · March 1, 2024 at 10:02 am\n>\n> answer\n");
    assertThat(renderer.render(ThreadView.of(thread))).endsWith(alone);
  }

  @Test
  void theSameThread_rendersTheSameDocument() {
    MarkdownThreadRenderer renderer = MarkdownThreadRenderer.builder().build();

    assertThat(renderer.render(ThreadView.of(thread)))
        .isEqualTo(MarkdownThreadRenderer.builder().build().render(ThreadView.of(thread)))
        .doesNotContain(" \n");
  }

  @Test
  void theWriter_prefixesEveryLineOfAQuote_andRefusesAnUnopenedQuote() {
    StringBuilder out = new StringBuilder();
    MarkdownWriter md = new MarkdownWriter(out);

    md.line("top").beginQuote().block("a\n\nb").beginQuote().line("c").endQuote().endQuote()
        .blankLine().line("end");

    assertThat(out).hasToString("top\n\n> a\n>\n> b\n>\n> > c\n\nend\n");
    assertThatThrownBy(md::endQuote).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> md.write("two\nlines")).isInstanceOf(IllegalArgumentException.class);
  }
}
