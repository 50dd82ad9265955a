package org.rejoinder.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rejoinder.render.ThreadView;
import org.rejoinder.render.html.HtmlThreadRenderer;
import org.rejoinder.render.markdown.MarkdownThreadRenderer;
import org.rejoinder.store.InMemoryCommentStore;
import org.rejoinder.thread.CommentThread;

/** The demo's page and Markdown document, as a reader would open them. */
class DemoPageTest {
  private final CommentThread thread =
      SampleDiscussion.create(new InMemoryCommentStore()).rejoinder()
          .thread(SampleDiscussion.POST_ID);

  @Test
  void thePage_isAWellFormedDocumentWithEveryPublicComment(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("discussion.html");
    Demo.write(file, HtmlThreadRenderer.builder().fullPage(true).build(), Demo.view(thread));
    String html = Files.readString(file, StandardCharsets.UTF_8);

    Parser parser = Parser.htmlParser().setTrackErrors(50);
    Document page = Jsoup.parse(html, "", parser);
    assertThat(parser.getErrors()).as("HTML parse errors").isEmpty();
    assertThat(page.title()).isEqualTo("Ten years of writing in public");
    assertThat(page.select("head style").html()).contains(".children", "max-width");
    assertThat(page.selectFirst("h2.comments-title").text())
        .isEqualTo("35 responses to “Ten years of writing in public”");
    assertThat(page.select("ol.commentlist li.comment")).hasSize(35);
    for (Element comment : page.select("li.comment")) {
      assertThat(comment.parent().is("ol.commentlist, ol.children")).isTrue();
    }
    assertThat(page.select("figure figcaption").text()).isEqualTo("— Margaret, in the post");
    assertThat(page.text()).doesNotContain("cheap-essays", "Jo Park", "@example.");
    assertThat(page.select("#respond form input[name=author]")).hasSize(1);
  }

  @Test
  void theMarkdown_startsWithTheHeadingAndNestsReplies(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("discussion.md");
    Demo.write(file, MarkdownThreadRenderer.builder().build(), ThreadView.of(thread));
    String markdown = Files.readString(file, StandardCharsets.UTF_8);

    assertThat(markdown).startsWith("# 35 responses to “Ten years of writing in public”\n\n");
    assertThat(markdown).contains("\n> **2. Margaret Hale** (Post author) · April 2, 2024 at 10:10 am\n");
    assertThat(markdown).doesNotContain("cheap-essays", "Jo Park");
  }
}
