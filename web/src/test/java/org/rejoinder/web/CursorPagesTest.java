package org.rejoinder.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.rejoinder.Rejoinder;
import org.rejoinder.model.Body;
import org.rejoinder.model.Guest;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;
import org.rejoinder.NewComment;
import org.rejoinder.store.InMemoryCommentStore;
import org.rejoinder.thread.ThreadOptions;

/** "Older comments" and "Newer comments" follow cursors, on the page and in the JSON API. */
class CursorPagesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Rejoinder rejoinder = Rejoinder.builder().store(new InMemoryCommentStore())
      .threadOptions(ThreadOptions.DEFAULTS.withPerPage(2)).build();
  private final Post post = rejoinder.createPost(
      Post.of(PostId.of("hello"), "Hello", SiteUser.of("1", "Ada"), Instant.now()));
  private final CommentsWeb web = CommentsWeb.builder(rejoinder, CommentFormTest.SECRET).build();

  private void comments(int count) {
    for (int i = 1; i <= count; i++) {
      rejoinder.submit(NewComment.on(post.id(), Guest.of("Reader " + i, "r" + i + "@example.com"),
          Body.plain("Comment number " + i + " says something new.")));
    }
  }

  @Test
  void theNewerCommentsLink_leadsThroughEveryPage_andOlderCommentsBack() {
    comments(5);
    Browser reader = new Browser(web, "192.0.2.1");
    List<String> seen = new ArrayList<>();

    Document page = reader.page("/posts/hello");
    seen.addAll(page.select("li.comment p").eachText());
    while (!page.select("a.next.page-numbers").isEmpty()) {
      String next = page.select("a.next.page-numbers").attr("href");
      assertThat(next).contains("ccursor=").doesNotContain("cpage=");
      page = reader.page(next.substring(0, next.indexOf('#')));
      seen.addAll(page.select("li.comment p").eachText());
    }
    assertThat(seen).containsExactly("Comment number 1 says something new.",
        "Comment number 2 says something new.", "Comment number 3 says something new.",
        "Comment number 4 says something new.", "Comment number 5 says something new.");
    assertThat(page.select("span.page-numbers.current").text()).isEqualTo("3");

    String older = page.select("a.prev.page-numbers").attr("href");
    assertThat(older).contains("ccursor=");
    Document back = reader.page(older.substring(0, older.indexOf('#')));
    assertThat(back.select("li.comment p").eachText()).containsExactly(
        "Comment number 3 says something new.", "Comment number 4 says something new.");
  }

  @Test
  void theApi_givesCursors_andReadsThePagesTheyLeadTo_refusingAMangledOne() throws Exception {
    comments(3);
    Browser reader = new Browser(web, "192.0.2.1");

    JsonNode first = JSON.readTree(reader.get("/api/posts/hello/comments").body());
    assertThat(first.has("earlier")).isFalse();
    String later = first.get("later").asText();
    JsonNode second = JSON.readTree(reader.get("/api/posts/hello/comments?cursor=" + later).body());

    assertThat(second.get("page").asInt()).isEqualTo(2);
    assertThat(second.get("comments").findValues("id")).hasSize(1);
    assertThat(second.has("later")).isFalse();
    WebResponse mangled = reader.get("/api/posts/hello/comments?cursor=" + later.substring(1));
    assertThat(mangled.status()).isEqualTo(400);
    assertThat(JSON.readTree(mangled.body()).toString()).contains("INVALID_CURSOR");
    assertThat(reader.get("/api/posts/hello/comments?sort=best&cursor=" + later).status())
        .isEqualTo(400);
    assertThat(reader.get("/posts/hello?ccursor=nonsense").status()).isEqualTo(400);
  }
}
