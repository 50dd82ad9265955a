package org.rejoinder.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.rejoinder.NewComment;
import org.rejoinder.Rejoinder;
import org.rejoinder.model.Actor;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Body;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Guest;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.Role;
import org.rejoinder.model.SiteUser;
import org.rejoinder.model.Votes;
import org.rejoinder.store.InMemoryCommentStore;

/** Readers vote and choose the order; moderators pin: through the JSON API and the page's forms. */
class VotesSortsAndPinsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SiteUser ADA = SiteUser.of("1", "Ada");
  private static final SiteUser BO = SiteUser.of("2", "Bo");
  private static final SiteUser CY = SiteUser.of("3", "Cy");
  private static final Map<String, SignedInReader> SESSIONS = Map.of(
      "ada", new SignedInReader(ADA, Role.MODERATOR, "/logout", null),
      "bo", new SignedInReader(BO, Role.READER, "/logout", null),
      "cy", new SignedInReader(CY, Role.READER, "/logout", null));

  private final InMemoryCommentStore store = new InMemoryCommentStore();
  private final Rejoinder rejoinder = Rejoinder.builder().store(store).build();
  private final Post post = rejoinder.createPost(Post.of(PostId.of("hello"), "Hello", ADA, Instant.now()));
  private final CommentsWeb web = CommentsWeb.builder(rejoinder, CommentFormTest.SECRET)
      .identities(request -> request.cookie("session").map(SESSIONS::get))
      .build();
  private final Comment early = rejoinder.submit(NewComment.on(post.id(), Guest.of("Ann", "ann@example.com"),
      Body.plain("The first word.")));
  private final Comment useful = rejoinder.submit(NewComment.on(post.id(), Guest.of("Dee", "dee@example.com"),
      Body.plain("The useful answer.")));

  private static Browser signedIn(CommentsWeb web, String session, String address) {
    Browser browser = new Browser(web, address);
    browser.cookies.put("session", session);
    return browser;
  }

  private static JsonNode json(WebResponse response) throws Exception {
    assertThat(response.header("Content-Type")).contains("application/json; charset=utf-8");
    return JSON.readTree(response.body());
  }

  private static String token(Browser browser) throws Exception {
    return json(browser.get("/api/csrf")).get("token").asText();
  }

  private static List<Long> ids(JsonNode thread) {
    return thread.get("comments").findValues("id").stream().map(JsonNode::asLong).toList();
  }

  @Test
  void aReadersVote_countsOnce_changes_andIsTakenBack_andTheyAreToldTheirVoteAndTheCounts() throws Exception {
    Browser bo = signedIn(web, "bo", "192.0.2.2");
    String token = token(bo);
    String path = "/api/comments/" + useful.id() + "/vote";

    JsonNode up = json(bo.postJson(path, "{\"vote\":\"up\"}", token));
    json(bo.postJson(path, "{\"vote\":\"up\"}", token));
    assertThat(up.get("yourVote").asText()).isEqualTo("up");
    assertThat(rejoinder.comment(useful.id()).votes()).isEqualTo(Votes.of(1, 0));

    JsonNode down = json(bo.postJson(path, "{\"vote\":\"down\"}", token));
    assertThat(down.get("yourVote").asText()).isEqualTo("down");
    assertThat(down.get("ups").asInt()).isZero();
    assertThat(down.get("downs").asInt()).isEqualTo(1);
    assertThat(down.get("score").asInt()).isEqualTo(-1);

    JsonNode cleared = json(bo.postJson(path, "{\"vote\":\"clear\"}", token));
    assertThat(cleared.get("yourVote").isNull()).isTrue();
    assertThat(rejoinder.comment(useful.id()).votes()).isEqualTo(Votes.NONE);
  }

  @Test
  void votesWithoutTheToken_onOnesOwnComment_byAGuest_orOfAnUnknownKind_areRefusedWithTheirReasons()
      throws Exception {
    Browser bo = signedIn(web, "bo", "192.0.2.2");
    String token = token(bo);
    Comment bos = rejoinder.submit(NewComment.on(post.id(), BO, Body.plain("Mine.")));
    Browser guest = new Browser(web, "192.0.2.9");

    WebResponse forged = bo.postJson("/api/comments/" + useful.id() + "/vote", "{\"vote\":\"up\"}", "0.forged");
    WebResponse own = bo.postJson("/api/comments/" + bos.id() + "/vote", "{\"vote\":\"up\"}", token);
    WebResponse sideways = bo.postJson("/api/comments/" + useful.id() + "/vote", "{\"vote\":\"sideways\"}", token);
    WebResponse byGuest = guest.postJson("/api/comments/" + useful.id() + "/vote", "{\"vote\":\"up\"}", token(guest));
    WebResponse missing = bo.postJson("/api/comments/999/vote", "{\"vote\":\"up\"}", token);

    assertThat(forged.status()).isEqualTo(403);
    assertThat(json(forged).get("error").get("reason").asText()).isEqualTo("csrf");
    assertThat(own.status()).isEqualTo(403);
    assertThat(json(own).get("error").get("reason").asText()).isEqualTo("own-comment");
    assertThat(sideways.status()).isEqualTo(400);
    assertThat(json(sideways).get("error").get("field").asText()).isEqualTo("vote");
    assertThat(byGuest.status()).isEqualTo(403);
    assertThat(json(byGuest).get("error").get("reason").asText()).isEqualTo("guest");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(rejoinder.comment(useful.id()).votes()).isEqualTo(Votes.NONE);
  }

  @Test
  void theThread_comesInTheChosenSort_withEachReadersOwnVote_andAnUnknownSortIs400() throws Exception {
    Browser bo = signedIn(web, "bo", "192.0.2.2");
    Browser cy = signedIn(web, "cy", "192.0.2.3");
    bo.postJson("/api/comments/" + useful.id() + "/vote", "{\"vote\":\"up\"}", token(bo));
    cy.postJson("/api/comments/" + useful.id() + "/vote", "{\"vote\":\"up\"}", token(cy));

    JsonNode oldest = json(bo.get("/api/posts/hello/comments?sort=oldest"));
    JsonNode best = json(bo.get("/api/posts/hello/comments?sort=best"));
    JsonNode newest = json(bo.get("/api/posts/hello/comments?sort=newest"));
    WebResponse bogus = bo.get("/api/posts/hello/comments?sort=loudest");

    assertThat(ids(oldest)).containsExactly(early.id().value(), useful.id().value());
    assertThat(ids(best)).containsExactly(useful.id().value(), early.id().value());
    assertThat(ids(newest)).containsExactly(useful.id().value(), early.id().value());
    assertThat(best.get("sort").asText()).isEqualTo("best");
    JsonNode first = best.get("comments").get(0);
    assertThat(first.get("ups").asInt()).isEqualTo(2);
    assertThat(first.get("yourVote").asText()).isEqualTo("up");
    assertThat(first.get("number").asInt()).as("numbers follow time whatever the sort").isEqualTo(2);
    assertThat(best.get("comments").get(1).has("yourVote")).isFalse();
    assertThat(bogus.status()).isEqualTo(400);
    assertThat(json(bogus).get("error").get("field").asText()).isEqualTo("sort");
    assertThat(json(bogus).get("error").get("message").asText())
        .contains("oldest, newest, best, top, controversial, hot").contains("loudest");
  }

  @Test
  void aModeratorPins_andThePinnedThreadLeadsEverySort_butAReaderMayNot() throws Exception {
    Browser ada = signedIn(web, "ada", "192.0.2.1");
    Browser bo = signedIn(web, "bo", "192.0.2.2");
    bo.postJson("/api/comments/" + useful.id() + "/vote", "{\"vote\":\"up\"}", token(bo));

    WebResponse byReader = bo.postJson("/api/moderation/comments/" + early.id() + "/pin", "{}", token(bo));
    WebResponse forged = ada.postJson("/api/moderation/comments/" + early.id() + "/pin", "{}", "0.forged");
    assertThat(byReader.status()).isEqualTo(403);
    assertThat(forged.status()).isEqualTo(403);
    assertThat(rejoinder.comment(early.id()).pinned()).isFalse();

    JsonNode pinned = json(ada.postJson("/api/moderation/comments/" + early.id() + "/pin", "{}", token(ada)));
    assertThat(pinned.get("pinned").asBoolean()).isTrue();
    for (String sort : Discussions.SORT_NAMES) {
      JsonNode thread = json(bo.get("/api/posts/hello/comments?sort=" + sort));
      assertThat(ids(thread).get(0)).as(sort).isEqualTo(early.id().value());
      assertThat(thread.get("comments").get(0).get("pinned").asBoolean()).isTrue();
    }

    json(ada.postJson("/api/moderation/comments/" + early.id() + "/unpin", "{}", token(ada)));
    assertThat(ids(json(bo.get("/api/posts/hello/comments?sort=best"))).get(0)).isEqualTo(useful.id().value());
  }

  @Test
  void onThePage_aReaderVotesByAFormWithoutScript_andComesBackToTheCommentInTheirSort() {
    Browser bo = signedIn(web, "bo", "192.0.2.2");
    Document page = bo.page("/posts/hello?sort=best");
    Element upForm = page.selectFirst("#comment-" + useful.id() + " form.vote-up");
    assertThat(upForm).isNotNull();

    WebResponse voted = bo.post(upForm.attr("action"),
        Map.of("_csrf", upForm.selectFirst("input[name=_csrf]").attr("value")));

    assertThat(voted.status()).isEqualTo(303);
    assertThat(voted.header("Location")).contains("/posts/hello?sort=best#comment-" + useful.id());
    assertThat(rejoinder.comment(useful.id()).votes()).isEqualTo(Votes.of(1, 0));
    Document after = bo.page("/posts/hello?sort=best");
    assertThat(after.select("#comments .comment").first().id()).isEqualTo("comment-" + useful.id());
    assertThat(after.selectFirst("#comment-" + useful.id() + " form.vote-up button").attr("aria-pressed"))
        .isEqualTo("true");
    assertThat(after.selectFirst("#comment-" + useful.id() + " .comment-score").text()).isEqualTo("1 point");

    WebResponse forged = bo.post(upForm.attr("action"), Map.of("_csrf", "0.forged"));
    assertThat(forged.status()).isEqualTo(403);
  }

  @Test
  void thePage_offersEverySortAsALink_showsScoresToAll_andButtonsOnlyToThoseWhoMayVote() {
    Document anonymous = new Browser(web, "192.0.2.9").page("/posts/hello");
    Document bo = signedIn(web, "bo", "192.0.2.2").page("/posts/hello?sort=top&cpage=1");
    WebResponse bogus = new Browser(web, "192.0.2.9").get("/posts/hello?sort=loudest");

    assertThat(anonymous.select(".comment-score")).hasSize(2);
    assertThat(anonymous.select("form.vote-up")).isEmpty();
    assertThat(bo.select("form.vote-up")).hasSize(2);
    assertThat(bo.select("a[href*=sort=]")).extracting(a -> a.attr("href"))
        .contains("/posts/hello?sort=oldest#comments", "/posts/hello?sort=best#comments",
            "/posts/hello?sort=hot#comments");
    Optional<String> replyLink = bo.select("a.comment-reply-link").stream().map(a -> a.attr("href")).findFirst();
    assertThat(replyLink).hasValueSatisfying(href -> assertThat(href).startsWith("/posts/hello?sort=top&replytocom="));
    assertThat(bogus.status()).isEqualTo(400);
    assertThat(bogus.bodyText()).contains("sort must be one of");
  }

  @Test
  void aModerator_pinsFromTheDiscussion_andThePinnedThreadComesFirstLabelledPinned() {
    Browser ada = signedIn(web, "ada", "192.0.2.1");
    Document page = ada.page("/posts/hello?sort=newest");
    Element pin = page.selectFirst("#comment-" + early.id() + " form.comment-pin");
    assertThat(pin).isNotNull();
    assertThat(signedIn(web, "bo", "192.0.2.2").page("/posts/hello").select("form.comment-pin")).isEmpty();

    WebResponse pinned = ada.post(pin.attr("action"), Map.of("_csrf", pin.selectFirst("input[name=_csrf]").attr("value")));

    assertThat(pinned.status()).isEqualTo(303);
    Document after = new Browser(web, "192.0.2.9").page("/posts/hello?sort=newest");
    Element first = after.select("#comments .comment").first();
    assertThat(first.id()).isEqualTo("comment-" + early.id());
    assertThat(first.select(".comment-pinned").text()).isEqualTo("Pinned");
    assertThat(rejoinder.moderation(Actor.moderator(ADA)).history(early.id()))
        .extracting(AuditEntry::reason).contains("pinned");
  }
}
