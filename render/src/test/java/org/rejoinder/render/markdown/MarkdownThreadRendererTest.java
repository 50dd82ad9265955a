package org.rejoinder.render.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rejoinder.render.Fixtures;
import org.rejoinder.render.Part;
import org.rejoinder.render.ThreadView;
import org.rejoinder.thread.CommentThread;

class MarkdownThreadRendererTest {
  private final CommentThread thread = Fixtures.thread(List.of(
      Fixtures.comment(1, null, Fixtures.ANN, "question"),
      Fixtures.comment(2, 1L, Fixtures.BOB, "answer")));

  @Test
  void theApplicationsRendererForAPart_winsOverTheBuiltInOne() {
    MarkdownThreadRenderer renderer = MarkdownThreadRenderer.builder()
        .part(Part.META, context -> node -> context.writer().write(" (#" + node.id() + ")"))
        .build();

    assertThat(renderer.render(ThreadView.of(thread)))
        .contains("**1. Ann** (#1)\n", "> **2. Bob** (#2)\n");
  }

  @Test
  void partsMarkdownHasNot_areRefused() {
    assertThatThrownBy(() -> MarkdownThreadRenderer.builder()
        .part(Part.REPLY_FORM, context -> form -> { }))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("REPLY_FORM");
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
