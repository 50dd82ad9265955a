package org.rejoinder.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.rejoinder.NewComment;
import org.rejoinder.Rejoinder;
import org.rejoinder.model.Body;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Guest;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.Role;
import org.rejoinder.model.SiteUser;
import org.rejoinder.moderation.ModerationPolicy;
import org.rejoinder.store.CommentQuery;
import org.rejoinder.store.InMemoryCommentStore;

/** The JSON API, as a script on the page or another service uses it. */
class JsonApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SiteUser ADA = SiteUser.of("1", "Ada");

  private final InMemoryCommentStore store = new InMemoryCommentStore();
  private final Rejoinder rejoinder = Rejoinder.builder().store(store)
      .moderation(ModerationPolicy.builder().moderationKeywords("casino").build()).build();
  private final Post post = rejoinder.createPost(Post.of(PostId.of("hello"), "Hello", ADA, Instant.now()));
  private final CommentsWeb web = CommentsWeb.builder(rejoinder, CommentFormTest.SECRET)
      .identities(request -> request.cookie("session").filter("ada"::equals)
          .map(s -> new SignedInReader(ADA, Role.MODERATOR, "/logout", null)))
      .build();

  private static JsonNode json(WebResponse response) throws Exception {
    assertThat(response.header("Content-Type")).contains("application/json; charset=utf-8");
    return JSON.readTree(response.body());
  }

  private static String token(Browser browser) throws Exception {
    return json(browser.get("/api/csrf")).get("token").asText();
  }

  @Test
  void aThreadPage_nestsReplies_withBodiesRenderedSafe() throws Exception {
    Comment question = rejoinder.submit(NewComment.on(post.id(), Guest.of("Ann", "ann@example.com"),
        Body.markdown("What is *this*? <script>alert(1)</script>")));
    rejoinder.submit(NewComment.replyTo(post.id(), question.id(), ADA, Body.plain("An answer.")));

    JsonNode page = json(new Browser(web, "192.0.2.1").get("/api/posts/hello/comments"));

    assertThat(page.get("responseCount").asInt()).isEqualTo(2);
    JsonNode first = page.get("comments").get(0);
    assertThat(first.get("author").get("name").asText()).isEqualTo("Ann");
    assertThat(first.get("author").has("email")).isFalse();
    assertThat(first.get("html").asText()).contains("<em>this</em>").doesNotContain("script");
    assertThat(first.get("replies").get(0).get("depth").asInt()).isEqualTo(2);
    assertThat(first.get("replies").get(0).get("author").get("kind").asText()).isEqualTo("user");
  }

  @Test
  void posting_needsTheBrowsersToken_andAnswersWithTheStoredComment() throws Exception {
    Browser ann = new Browser(web, "192.0.2.1");
    String body = "{\"author\":{\"name\":\"Ann\",\"email\":\"ann@example.com\"},\"text\":\"Hi there\"}";

    WebResponse refused = ann.postJson("/api/posts/hello/comments", body, "0.forged");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(json(refused).get("error").get("code").asText()).isEqualTo("PERMISSION_DENIED");
    assertThat(json(refused).get("error").get("reason").asText()).isEqualTo("csrf");
    assertThat(store.count(CommentQuery.all())).isZero();

    WebResponse created = ann.postJson("/api/posts/hello/comments", body, token(ann));
    assertThat(created.status()).isEqualTo(201);
    assertThat(json(created).get("state").asText()).isEqualTo("approved");
    assertThat(created.header("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("/api/comments/"));
  }

  @Test
  void refusals_carryTheErrorCode_theReason_andTheStatusOfTheErrorTable() throws Exception {
    Browser ann = new Browser(web, "192.0.2.1");
    String token = token(ann);
    ann.postJson("/api/posts/hello/comments",
        "{\"author\":{\"name\":\"Ann\",\"email\":\"ann@example.com\"},\"text\":\"One\"}", token);

    WebResponse flood = ann.postJson("/api/posts/hello/comments",
        "{\"author\":{\"name\":\"Ann\",\"email\":\"ann@example.com\"},\"text\":\"Two\"}", token);
    WebResponse invalid = ann.postJson("/api/posts/hello/comments",
        "{\"author\":{\"name\":\"\",\"email\":\"bob@example.com\"},\"text\":\"Three\"}", token);
    WebResponse malformed = ann.postJson("/api/posts/hello/comments", "{\"text\":", token);
    WebResponse missing = ann.postJson("/api/posts/nothing/comments", "{}", token);

    assertThat(flood.status()).isEqualTo(429);
    assertThat(flood.header("Retry-After")).contains("15");
    assertThat(json(flood).get("error").get("code").asText()).isEqualTo("REJECTED");
    assertThat(json(flood).get("error").get("reason").asText()).isEqualTo("flood");
    assertThat(invalid.status()).isEqualTo(400);
    assertThat(json(invalid).get("error").get("field").asText()).isEqualTo("author.name");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(json(malformed).get("error").get("code").asText()).isEqualTo("INVALID_INPUT");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(json(missing).get("error").get("code").asText()).isEqualTo("NOT_FOUND");
  }

  @Test
  void counts_ofManyPosts_comeInOneAnswer() throws Exception {
    rejoinder.createPost(Post.of(PostId.of("other"), "Other", ADA, Instant.now()));
    rejoinder.submit(NewComment.on(post.id(), Guest.of("Ann", "ann@example.com"), Body.plain("One")));
    rejoinder.submit(NewComment.on(post.id(), Guest.of("Bob", "bob@example.com"), Body.plain("Two")));

    JsonNode counts = json(new Browser(web, "192.0.2.1").get("/api/counts?post=hello&post=other&post=gone"));

    assertThat(counts.get("counts").get("hello").asInt()).isEqualTo(2);
    assertThat(counts.get("counts").get("other").asInt()).isZero();
    assertThat(counts.get("counts").has("gone")).isFalse();
    StringBuilder many = new StringBuilder("/api/counts?post=p0");
    for (int i = 1; i <= 100; i++) {
      many.append("&post=p").append(i);
    }
    assertThat(new Browser(web, "192.0.2.1").get(many.toString()).status()).isEqualTo(400);
  }

  @Test
  void recentComments_areTheNewestApprovedOnes() throws Exception {
    rejoinder.submit(NewComment.on(post.id(), Guest.of("Ann", "ann@example.com"), Body.plain("Older")));
    rejoinder.submit(NewComment.on(post.id(), Guest.of("Bob", "bob@example.com"), Body.plain("casino")));
    Comment newer = rejoinder.submit(NewComment.on(post.id(), Guest.of("Cy", "cy@example.com"), Body.plain("Newer")));

    JsonNode recent = json(new Browser(web, "192.0.2.1").get("/api/recent?limit=1"));

    assertThat(recent.get("comments")).hasSize(1);
    assertThat(recent.get("comments").get(0).get("id").asLong()).isEqualTo(newer.id().value());
    assertThat(new Browser(web, "192.0.2.1").get("/api/recent?limit=1000").status()).isEqualTo(400);
  }

  @Test
  void moderation_isForSignedInModerators() throws Exception {
    Comment held = rejoinder.submit(NewComment.on(post.id(), Guest.of("Bob", "bob@example.com"), Body.plain("casino")));
    Browser ann = new Browser(web, "192.0.2.1");
    assertThat(ann.get("/api/moderation/queue").status()).isEqualTo(403);

    Browser ada = new Browser(web, "192.0.2.6");
    ada.cookies.put("session", "ada");
    assertThat(json(ada.get("/api/moderation/queue")).get("total").asInt()).isOne();
    WebResponse approved = ada.postJson("/api/moderation/comments/" + held.id() + "/approve", "{}", token(ada));

    assertThat(approved.status()).isEqualTo(200);
    assertThat(json(approved).get("state").asText()).isEqualTo("approved");
    WebResponse again = ada.postJson("/api/moderation/comments/" + held.id() + "/approve", "{}", token(ada));
    assertThat(again.status()).isEqualTo(409);
    assertThat(json(again).get("error").get("code").asText()).isEqualTo("ILLEGAL_TRANSITION");
  }

  @Test
  void aGuestsPendingComment_isShownThroughTheirCookieAlone() throws Exception {
    Browser bob = new Browser(web, "192.0.2.2");
    WebResponse created = bob.postJson("/api/posts/hello/comments",
        "{\"author\":{\"name\":\"Bob\",\"email\":\"bob@example.com\"},\"text\":\"casino\"}", token(bob));
    long id = json(created).get("id").asLong();

    assertThat(json(bob.get("/api/comments/" + id)).get("kind").asText()).isEqualTo("awaiting-moderation");
    assertThat(new Browser(web, "192.0.2.3").get("/api/comments/" + id).status()).isEqualTo(404);
  }
}
