package org.rejoinder.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.rejoinder.Rejoinder;
import org.rejoinder.error.StorageException;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;
import org.rejoinder.store.CommentStore;
import org.rejoinder.store.InMemoryCommentStore;

/**
 * When storing a comment fails, the reader keeps their text and is told whether it may have been
 * kept: after a failure at the commit, they are asked to check rather than to send it again.
 */
class StorageFailureTest {
  private final InMemoryCommentStore kept = new InMemoryCommentStore();

  private CommentsWeb web(StorageException.Outcome outcome) {
    CommentStore failing = (CommentStore) Proxy.newProxyInstance(CommentStore.class.getClassLoader(),
        new Class<?>[] {CommentStore.class}, (proxy, method, args) -> {
          if (method.getName().equals("insertComment")) {
            Comment comment = (Comment) args[0];
            throw new StorageException("insert comment " + comment.id(), new java.io.IOException("connection reset"),
                outcome, comment.id().value());
          }
          try {
            return method.invoke(kept, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
    Rejoinder rejoinder = Rejoinder.builder().store(failing).build();
    rejoinder.createPost(Post.of(PostId.of("hello"), "Hello", SiteUser.of("1", "Ada"), Instant.now()));
    return CommentsWeb.builder(rejoinder, CommentFormTest.SECRET).build();
  }

  private static Map<String, String> form(Browser browser) {
    Map<String, String> fields = new LinkedHashMap<>(Browser.formFields(browser.page("/posts/hello")));
    fields.putAll(Map.of("author", "Ann", "email", "ann@example.com", "comment", "Worth keeping."));
    return fields;
  }

  @Test
  void aFailureAtTheCommit_asksTheReaderToCheck_andKeepsTheirText() {
    Browser ann = new Browser(web(StorageException.Outcome.UNKNOWN), "192.0.2.1");
    WebResponse response = ann.post("/comments", form(ann));

    assertThat(response.status()).isEqualTo(503);
    assertThat(response.header("Retry-After")).contains("30");
    Document page = Jsoup.parse(response.bodyText());
    assertThat(page.getElementById("comment-form-notice").text())
        .contains("could not confirm").contains("check whether your comment appears")
        .doesNotContain("send it again in a moment");
    assertThat(page.getElementById("comment").text()).isEqualTo("Worth keeping.");
  }

  @Test
  void aFailureBeforeTheCommit_saysNothingWasKept() {
    Browser ann = new Browser(web(StorageException.Outcome.NOT_APPLIED), "192.0.2.1");
    WebResponse response = ann.post("/comments", form(ann));

    assertThat(response.status()).isEqualTo(503);
    assertThat(Jsoup.parse(response.bodyText()).getElementById("comment-form-notice").text())
        .contains("nothing was kept");
  }

  @Test
  void theJsonApi_namesTheOutcome_andTheCommentToLookUp() throws Exception {
    Browser ann = new Browser(web(StorageException.Outcome.UNKNOWN), "192.0.2.1");
    String token = new ObjectMapper().readTree(ann.get("/api/csrf").body()).get("token").asText();
    WebResponse response = ann.postJson("/api/posts/hello/comments",
        "{\"author\":{\"name\":\"Ann\",\"email\":\"ann@example.com\"},\"text\":\"Hi\"}", token);

    assertThat(response.status()).isEqualTo(503);
    var error = new ObjectMapper().readTree(response.body()).get("error");
    assertThat(error.get("code").asText()).isEqualTo("STORAGE_FAILURE");
    assertThat(error.get("reason").asText()).isEqualTo("unknown");
    assertThat(error.get("commentId").asLong()).isPositive();
  }
}
