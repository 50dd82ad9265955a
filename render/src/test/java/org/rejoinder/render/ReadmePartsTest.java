package org.rejoinder.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.rejoinder.NewComment;
import org.rejoinder.Rejoinder;
import org.rejoinder.model.Body;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.Guest;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;
import org.rejoinder.render.html.HtmlThreadRenderer;
import org.rejoinder.testing.Docs;
import org.rejoinder.thread.ThreadNode;

/** The README's "Overriding a part" snippet, run as written, and checked against README.md. */
class ReadmePartsTest {
  private static final Path README = Path.of("README.md");


  @Test
  void overridingAPart_runsAsWritten() {
    // README parts begins
    Rejoinder rejoinder = Rejoinder.builder().build();
    Post post = rejoinder.createPost(
        Post.of(PostId.of("picks"), "Picks", SiteUser.of("1", "Ada"), Instant.now()));
    Comment comment = rejoinder.submit(NewComment.on(post.id(),
        Guest.of("Ann", "ann@example.com"), Body.plain("Count me in.")));
    Map<CommentId, String> picks = Map.of(comment.id(), "Editor's pick");  // your application's

    Part<ThreadNode> pick = Part.of("PICK", ThreadNode.class);  // a part of your own
    HtmlThreadRenderer renderer = HtmlThreadRenderer.builder()
        .part(pick, (context, next) -> node -> context.writer()  // how it renders
            .element("span", picks.getOrDefault(node.id(), ""), "class", "pick"))
        .part(Part.META, (context, next) -> node -> {  // decorate a built-in part:
          next.render(node);                           // its time and permalink,
          context.render(pick, node);                  // then the pick
        })
        .part(Part.AUTHOR, (context, next) -> node -> context.writer()  // replace one: name only
            .element("b", node.comment().orElseThrow().author().displayName(), "class", "fn"))
        .build();

    // The comment just submitted, on its own: the answer to the form's POST.
    ThreadNode node = rejoinder.thread(post.id()).node(comment.id()).orElseThrow();
    String html = renderer.renderComment(node, post);
    // README parts ends

    assertThat(renderer.render(ThreadView.of(rejoinder.thread(post.id())))).contains(html);
    Element li = Jsoup.parseBodyFragment(html).selectFirst("li");
    assertThat(li.id()).isEqualTo("comment-" + comment.id());
    assertThat(li.classNames()).contains("depth-1");
    Element footer = li.selectFirst("footer.comment-meta");
    assertThat(footer.children().eachAttr("class"))
        .containsExactly("fn", "comment-metadata", "pick");
    assertThat(footer.selectFirst("span.pick").text()).isEqualTo("Editor's pick");
    assertThat(li.select("img.avatar, .avatar")).isEmpty();
    assertThat(li.selectFirst(".comment-content").text()).isEqualTo("Count me in.");
    assertThat(li.select("a.comment-reply-link")).hasSize(1);
    Document page = Jsoup.parseBodyFragment(html);
    assertThat(page.select("li")).hasSize(1);
  }

  @Test
  void readme_showsThePartsSnippetThatRuns() {
    Docs.assertShows(README, "### Overriding a part", ReadmePartsTest.class, "parts");
  }
}
