package org.rejoinder.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentType;
import org.rejoinder.model.Guest;
import org.rejoinder.render.html.HtmlThreadRenderer;
import org.rejoinder.render.markdown.MarkdownThreadRenderer;
import org.rejoinder.thread.CommentThread;

/** Pingbacks and trackbacks look as WordPress shows them, or are hidden by a renderer option. */
class PingsTest {
  private static final Guest OTHER_BLOG = Guest.of("Other <blog>", null, "https://other.example/post");

  private static CommentThread thread() {
    Comment first = Fixtures.comment(1, null, Fixtures.ANN, "A comment");
    Comment pingback = Fixtures.comment(2, null, OTHER_BLOG, "[…] linked […]").toBuilder()
        .type(CommentType.PINGBACK).build();
    Comment trackback = Fixtures.comment(3, null, Guest.of("Third site", null), "tracked").toBuilder()
        .type(CommentType.TRACKBACK).build();
    return Fixtures.thread(List.of(first, pingback, trackback));
  }

  @Test
  void html_showsAPingAsWordPressDoes_aLinkedSiteNameWithoutAvatarOrReplyLink() {
    String html = HtmlThreadRenderer.builder().build().render(ThreadView.of(thread()));

    Document doc = Jsoup.parseBodyFragment(html);
    Element ping = doc.getElementById("comment-2");
    assertThat(ping.classNames()).contains("pingback", "odd", "alt", "depth-1").doesNotContain("comment");
    assertThat(ping.select(".comment-body").text()).isEqualTo("Pingback: Other <blog>");
    Element link = ping.selectFirst("a.url");
    assertThat(link.attr("href")).isEqualTo("https://other.example/post");
    assertThat(link.attr("rel")).isEqualTo("external nofollow ugc");
    assertThat(ping.select("img, .avatar, .reply, .comment-content, time")).isEmpty();
    Element trackback = doc.getElementById("comment-3");
    assertThat(trackback.classNames()).contains("trackback");
    assertThat(trackback.text()).isEqualTo("Trackback: Third site");
    assertThat(doc.getElementById("comment-1").classNames()).contains("comment");
  }

  @Test
  void markdown_showsAPingOnOneLine() {
    String md = MarkdownThreadRenderer.builder().build().render(ThreadView.of(thread()));

    assertThat(md).contains("**2.** Pingback: [Other \\<blog\\>](<https://other.example/post>)\n")
        .contains("**3.** Trackback: Third site\n")
        .doesNotContain("linked");
  }

  @Test
  void pingsCanBeHidden_inBothRenderers() {
    String html = HtmlThreadRenderer.builder().showPings(false).build()
        .render(ThreadView.of(thread()));
    String md = MarkdownThreadRenderer.builder().showPings(false).build()
        .render(ThreadView.of(thread()));

    assertThat(Jsoup.parseBodyFragment(html).getElementById("comment-2")).isNull();
    assertThat(html).doesNotContain("Trackback");
    assertThat(md).doesNotContain("Pingback").doesNotContain("Trackback").contains("A comment");
  }

  @Test
  void thePingLine_isAPartTheApplicationCanRenderItsWay() {
    String html = HtmlThreadRenderer.builder()
        .part(Part.PING, (context, next) -> node -> context.writer().element("p", "mentioned", "class", "mention"))
        .build().render(ThreadView.of(thread()));

    assertThat(Jsoup.parseBodyFragment(html).select("#comment-2 p.mention").text()).isEqualTo("mentioned");
  }
}
