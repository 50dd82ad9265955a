package org.rejoinder.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.rejoinder.NewComment;
import org.rejoinder.Rejoinder;
import org.rejoinder.model.Body;
import org.rejoinder.model.Guest;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;
import org.rejoinder.render.html.HtmlThreadRenderer;
import org.rejoinder.testing.Docs;

/** The README's "Pages seen before" snippet, run as written, and checked against README.md. */
class ReadmeCacheTest {
  private static final Path README = Path.of("README.md");

  @Test
  void aSharedRenderer_keepsMarkup_andAddsTheMarkToSiteUsersOnly() {
    Rejoinder rejoinder = Rejoinder.builder().build();
    SiteUser ada = SiteUser.of("1", "Ada");
    Post post = rejoinder.createPost(Post.of(PostId.of("kept"), "Kept", ada, Instant.now()));
    rejoinder.submit(NewComment.on(post.id(), Guest.of("Ann", "ann@example.com"), Body.plain("Hi.")));
    rejoinder.submit(NewComment.on(post.id(), ada, Body.plain("Welcome.")));

    // README cache begins
    // One renderer for every request: it keeps each comment's markup between them.
    HtmlThreadRenderer renderer = HtmlThreadRenderer.builder()
        .commentCacheChars(20_000_000)                     // about 40 MB; 0 turns it off
        .cacheablePart(Part.AUTHOR, (context, next) -> node -> {
          next.render(node);                               // the author line, then a mark
          if (node.comment().orElseThrow().author() instanceof SiteUser) {  // of the comment's own
            context.writer().element("span", "✓", "class", "verified");
          }
        })
        .build();
    // README cache ends

    ThreadView view = ThreadView.of(rejoinder.thread(post.id()));
    String first = renderer.render(view);
    assertThat(renderer.render(view)).isEqualTo(first);
    assertThat(first.split("class=\"verified\"", -1)).hasSize(2);
    assertThat(first).contains("Welcome.", "Hi.");
  }

  @Test
  void readme_showsTheCacheSnippetThatRuns() {
    Docs.assertShows(README, "### Pages seen before", ReadmeCacheTest.class, "cache");
  }
}
