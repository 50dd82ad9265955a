package org.rejoinder.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Body;
import org.rejoinder.model.Comment;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.render.Fixtures;
import org.rejoinder.render.Messages;
import org.rejoinder.render.Part;
import org.rejoinder.render.ReplyForm;
import org.rejoinder.render.ThreadView;
import org.rejoinder.thread.CommentThread;
import org.rejoinder.thread.ThreadOptions;

class HtmlThreadRendererTest {
  private final CommentThread thread = Fixtures.thread(List.of(
      Fixtures.comment(1, null, Fixtures.ANN, "question"),
      Fixtures.comment(2, 1L, Fixtures.ADA, "answer"),
      Fixtures.comment(3, null, Fixtures.BOB, "another")));

  @Test
  void theApplicationsRendererForAPart_winsOverTheBuiltInOne() {
    HtmlThreadRenderer renderer = HtmlThreadRenderer.builder()
        .part(Part.AUTHOR, (context, next) -> node -> context.writer()
            .element("span", "by " + node.comment().orElseThrow().author().displayName(),
                "class", "who"))
        .build();

    Document html = Jsoup.parseBodyFragment(renderer.render(ThreadView.of(thread)));

    assertThat(html.select("span.who").eachText()).containsExactly("by Ann", "by Ada", "by Bob");
    assertThat(html.select(".comment-author")).isEmpty();
    assertThat(html.select(".comment-metadata time")).hasSize(3);
  }

  @Test
  void aPartGivenTwice_keepsBoth_theLaterWrappingTheEarlier() {
    HtmlThreadRenderer renderer = HtmlThreadRenderer.builder()
        .part(Part.HEADER, (context, next) -> page -> {
          context.writer().start("div", "class", "first");
          next.render(page);
          context.writer().end("div");
        })
        .part(Part.HEADER, (context, next) -> page -> {
          context.writer().start("div", "class", "second");
          next.render(page);
          context.writer().end("div");
        })
        .build();

    Document html = Jsoup.parseBodyFragment(renderer.render(ThreadView.of(thread)));

    assertThat(html.select("div.second > div.first > h2.comments-title").text())
        .isEqualTo("3 responses to “Hello world”");
  }

  @Test
  void aRendererIsSharedSafelyBetweenThreads() throws Exception {
    HtmlThreadRenderer renderer = HtmlThreadRenderer.builder().build();
    String expected = renderer.render(ThreadView.of(thread));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        results.add(pool.submit(() -> renderer.render(ThreadView.of(thread))));
      }
      for (Future<String> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void emailAndIpAddresses_neverAppear() {
    String html = HtmlThreadRenderer.builder().build().render(ThreadView.of(thread)
        .withForm(ReplyForm.of(Fixtures.POST, "/comments")));

    assertThat(html).doesNotContain("ann@example.com", "bob@example.org", "ada@example.com",
        "203.0.113.9");
  }

  @Test
  void anOutputFailure_isAnUncheckedIoException() {
    Appendable broken = new Appendable() {
      @Override
      public Appendable append(CharSequence s) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public Appendable append(CharSequence s, int start, int end) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public Appendable append(char c) throws IOException {
        throw new IOException("disk full");
      }
    };

    assertThatThrownBy(() -> HtmlThreadRenderer.builder().build()
        .render(ThreadView.of(thread), broken))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining("disk full");
  }

  @Test
  void aHundredThousandComments_streamOutInSmallPieces() {
    List<Comment> comments = new ArrayList<>();
    for (long id = 1; id <= 100_000; id++) {
      Long parent = id % 100 == 1 ? null : id - 1; // 1,000 reply chains of 100, capped at depth 5
      comments.add(Fixtures.comment(id, parent, Fixtures.ANN, Body.plain("Comment text"),
          ModerationState.APPROVED));
    }
    CommentThread big = CommentThread.assemble(
        Fixtures.POST, comments, Actor.ANONYMOUS, ThreadOptions.defaults().unpaged());
    long[] stats = new long[3]; // characters, appends, longest append
    Appendable counting = new Appendable() {
      @Override
      public Appendable append(CharSequence s) {
        return append(s, 0, s.length());
      }

      @Override
      public Appendable append(CharSequence s, int start, int end) {
        stats[0] += end - start;
        stats[1]++;
        stats[2] = Math.max(stats[2], end - start);
        return this;
      }

      @Override
      public Appendable append(char c) {
        return append(String.valueOf(c));
      }
    };

    HtmlThreadRenderer.builder().build().render(ThreadView.of(big), counting);

    assertThat(stats[0]).isGreaterThan(100_000L * 500);
    assertThat(stats[2]).isLessThan(1_000);
  }

  @Test
  void fullPage_isAWellFormedDocumentInTheMessagesLanguage() {
    Messages german = new Messages() {
      @Override
      public String languageTag() {
        return "de";
      }

      @Override
      public String responses(int count, String title) {
        return (count == 1 ? "Eine Antwort" : count + " Antworten") + " auf „" + title + "“";
      }
    };
    String html = HtmlThreadRenderer.builder().fullPage(true).messages(german).build()
        .render(ThreadView.of(thread).withForm(ReplyForm.of(Fixtures.POST, "/comments")));

    Parser parser = Parser.htmlParser().setTrackErrors(20);
    Document page = Jsoup.parse(html, "", parser);
    assertThat(parser.getErrors()).isEmpty();
    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("de");
    assertThat(page.selectFirst("h2").text()).isEqualTo("3 Antworten auf „Hello world“");
    assertThat(page.selectFirst("h3").text()).isEqualTo("Leave a Reply");
  }

  @Test
  void commentClasses_areKnownOnlyWhileTheCommentRenders() {
    HtmlThreadRenderer renderer = HtmlThreadRenderer.builder()
        .part(Part.HEADER, (context, next) -> page -> context.commentClasses(page.roots().get(0)))
        .build();

    assertThatThrownBy(() -> renderer.render(ThreadView.of(thread)))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("not being rendered");
  }

  @Test
  void aFormForAnotherPost_isRefused() {
    Post other = Post.of(PostId.of("other"), "Other", Fixtures.ADA, Fixtures.T0);

    assertThatThrownBy(() -> ThreadView.of(thread).withForm(ReplyForm.of(other, "/comments")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("other");
  }

  @Test
  void aStylesheetThatCouldCloseTheStyleElement_isRefused() {
    assertThatThrownBy(() -> HtmlThreadRenderer.builder().stylesheet("p{}</style><script>"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(HtmlThreadRenderer.defaultStylesheet()).contains(".commentlist", ".children");
  }
}
