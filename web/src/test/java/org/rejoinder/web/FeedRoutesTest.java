package org.rejoinder.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rejoinder.NewComment;
import org.rejoinder.Rejoinder;
import org.rejoinder.feed.CommentFeeds;
import org.rejoinder.feed.testing.FeedSchemas;
import org.rejoinder.model.Body;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Guest;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;

/** The feed routes: the documents, their tags, and 304 for a reader that has the current one. */
class FeedRoutesTest {
  private final Rejoinder rejoinder = Rejoinder.builder().build();
  private final Post post =
      rejoinder.createPost(Post.of(PostId.of("hello"), "Hello", SiteUser.of("1", "Ada"), Instant.now()));
  private final CommentsWeb web = CommentsWeb.builder(rejoinder, CommentFormTest.SECRET)
      .feeds(CommentFeeds.builder(rejoinder, URI.create("https://blog.example.net/")).build()).build();
  private final Browser reader = new Browser(web, "192.0.2.1");

  private final Comment ann;

  FeedRoutesTest() {
    ann = rejoinder.submit(NewComment.on(post.id(), Guest.of("Ann", "ann@example.com"), Body.plain("Hi")));
  }

  @Test
  void eachFeedAnswersInItsFormat_withItsTags() {
    WebResponse atom = reader.get("/posts/hello/feed");
    assertThat(atom.status()).isEqualTo(200);
    assertThat(atom.header("Content-Type")).contains("application/atom+xml; charset=utf-8");
    assertThat(atom.bodyText()).contains("thr:in-reply-to").contains("Ann").doesNotContain("ann@example.com");
    assertThat(atom.header("ETag")).isPresent();
    assertThat(atom.header("Last-Modified")).isPresent();
    assertThat(reader.get("/posts/hello/feed/rss").header("Content-Type")).contains("application/rss+xml; charset=utf-8");
    assertThat(reader.get("/comments/feed").bodyText()).contains("Comments for");
    assertThat(reader.get("/comments/feed/rss").status()).isEqualTo(200);
  }

  @Test
  void everyFeedRoute_servesADocumentValidInItsFormat() {
    rejoinder.submit(NewComment.replyTo(post.id(), ann.id(), Guest.of("<b>Bob</b>", "bob@example.com"),
        Body.plain("A reply </content> ]]> \uFFFF")));

    for (String route : List.of("/posts/hello/feed", "/comments/feed")) {
      WebResponse atom = reader.get(route);
      assertThat(atom.bodyText()).contains("thr:in-reply-to");
      assertThat(FeedSchemas.atomProblems(atom.bodyText())).as(route).isEmpty();
      WebResponse rss = reader.get(route + "/rss");
      assertThat(rss.bodyText()).contains("<item>");
      assertThat(FeedSchemas.rssProblems(rss.bodyText())).as(route + "/rss").isEmpty();
    }
  }

  @Test
  void aReaderWithTheCurrentTag_getsNotModified_untilAnotherCommentComes() {
    String etag = reader.get("/posts/hello/feed").header("ETag").orElseThrow();
    WebResponse again = reader.send(WebRequest.builder("GET", "/posts/hello/feed").header("If-None-Match", etag));
    assertThat(again.status()).isEqualTo(304);
    assertThat(again.body()).isEmpty();

    rejoinder.submit(NewComment.on(post.id(), Guest.of("Bob", "bob@example.com"), Body.plain("Me too")));
    WebResponse changed = reader.send(WebRequest.builder("GET", "/posts/hello/feed").header("If-None-Match", etag));
    assertThat(changed.status()).isEqualTo(200);
  }

  @Test
  void badPages_unknownPosts_andFeedsNotServed_areRefused() {
    assertThat(reader.get("/posts/hello/feed?page=x").status()).isEqualTo(400);
    assertThat(reader.get("/posts/hello/feed?page=0").status()).isEqualTo(400);
    assertThat(reader.get("/posts/nope/feed").status()).isEqualTo(404);
    CommentsWeb without = CommentsWeb.builder(rejoinder, CommentFormTest.SECRET).build();
    assertThat(new Browser(without, "192.0.2.2").get("/comments/feed").status()).isEqualTo(404);
  }
}
