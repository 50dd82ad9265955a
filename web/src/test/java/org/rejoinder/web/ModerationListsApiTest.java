package org.rejoinder.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rejoinder.Rejoinder;
import org.rejoinder.model.Comment;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.Role;
import org.rejoinder.model.SiteUser;
import org.rejoinder.moderation.BanList;
import org.rejoinder.moderation.KeywordList;
import org.rejoinder.moderation.ModerationPolicy;
import org.rejoinder.store.CommentQuery;
import org.rejoinder.store.InMemoryCommentStore;

/** An administrator manages the bans and keyword lists through the JSON API. */
class ModerationListsApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SiteUser ADA = SiteUser.of("1", "Ada");
  private static final SiteUser MO = SiteUser.of("2", "Mo");
  private static final String BAN_ANN =
      "{\"kind\":\"email\",\"value\":\"Ann@Example.com\",\"decision\":\"reject\"}";

  private final InMemoryCommentStore store = new InMemoryCommentStore();
  private final BanList bans = new BanList();
  private final KeywordList held = KeywordList.of(java.util.List.of("casino"));
  private final CommentsWeb web = web(Rejoinder.builder().store(store)
      .moderation(ModerationPolicy.builder().bans(bans).moderationKeywords(held)
          .floodInterval(java.time.Duration.ZERO).build()).build());

  private static CommentsWeb web(Rejoinder rejoinder) {
    rejoinder.createPost(Post.of(PostId.of("hello"), "Hello", ADA, Instant.now()));
    return CommentsWeb.builder(rejoinder, CommentFormTest.SECRET)
        .identities(request -> request.cookie("session").map(s -> switch (s) {
          case "ada" -> new SignedInReader(ADA, Role.ADMIN, "/logout", null);
          default -> new SignedInReader(MO, Role.MODERATOR, "/logout", null);
        }))
        .build();
  }

  private static JsonNode json(WebResponse response) throws Exception {
    assertThat(response.header("Content-Type")).contains("application/json; charset=utf-8");
    assertThat(response.header("Cache-Control")).contains("no-store");
    return JSON.readTree(response.body());
  }

  private static String token(Browser browser) throws Exception {
    return json(browser.get("/api/csrf")).get("token").asText();
  }

  private static Browser signedIn(CommentsWeb web, String session) {
    Browser browser = new Browser(web, "192.0.2.9");
    browser.cookies.put("session", session);
    return browser;
  }

  /** Sends the comment form as a guest and returns the stored comment, if any. */
  private Comment annSays(String text) {
    Browser ann = new Browser(web, "192.0.2.1");
    Map<String, String> fields = new LinkedHashMap<>(Browser.formFields(ann.page("/posts/hello")));
    fields.put("author", "Ann");
    fields.put("email", "ann@example.com");
    fields.put("url", "");
    fields.put("comment", text);
    long before = store.count(CommentQuery.all());
    WebResponse response = ann.post("/comments", fields);
    if (store.count(CommentQuery.all()) == before) {
      assertThat(response.status()).isEqualTo(403);
      return null;
    }
    return store.find(CommentQuery.all()).stream().filter(c -> c.body().text().equals(text)).findFirst().orElseThrow();
  }

  private static String error(WebResponse response, String part) throws Exception {
    return json(response).get("error").path(part).asText();
  }

  @Test
  void anAdministrator_bansAnAddress_itsNextCommentIsRefused_untilTheBanIsLifted() throws Exception {
    Browser ada = signedIn(web, "ada");

    WebResponse banned = ada.postJson("/api/moderation/bans", BAN_ANN, token(ada));

    assertThat(banned.status()).isEqualTo(200);
    JsonNode ban = json(banned);
    assertThat(ban.get("kind").asText()).isEqualTo("email");
    assertThat(ban.get("value").asText()).isEqualTo("ann@example.com");
    assertThat(ban.get("decision").asText()).isEqualTo("reject");
    assertThat(ban.get("expiresAt").isNull()).isTrue();
    assertThat(ban.get("active").asBoolean()).isTrue();
    JsonNode listed = json(signedIn(web, "mo").get("/api/moderation/bans"));
    assertThat(listed.get("items")).hasSize(1);
    assertThat(listed.get("items").get(0).get("value").asText()).isEqualTo("ann@example.com");
    assertThat(annSays("Let me in")).isNull();

    WebResponse lifted = ada.postJson("/api/moderation/bans/lift",
        "{\"kind\":\"email\",\"value\":\"ANN@example.com\"}", token(ada));

    assertThat(json(lifted).get("lifted").asBoolean()).isTrue();
    assertThat(bans.bans()).isEmpty();
    assertThat(annSays("Back again").state()).isEqualTo(ModerationState.APPROVED);
    assertThat(json(ada.postJson("/api/moderation/bans/lift",
        "{\"kind\":\"email\",\"value\":\"ann@example.com\"}", token(ada))).get("lifted").asBoolean()).isFalse();
  }

  @Test
  void aSpamBanWithAnEnd_marksCommentsAsSpam_andShowsTheEnd() throws Exception {
    Browser ada = signedIn(web, "ada");

    JsonNode ban = json(ada.postJson("/api/moderation/bans",
        "{\"kind\":\"email\",\"value\":\"ann@example.com\",\"expiresAt\":\"2999-01-01T00:00:00Z\"}", token(ada)));

    assertThat(ban.get("decision").asText()).isEqualTo("spam");
    assertThat(ban.get("expiresAt").asText()).isEqualTo("2999-01-01T00:00:00Z");
    assertThat(annSays("Buy things").state()).isEqualTo(ModerationState.SPAM);
  }

  @Test
  void replacingTheModerationKeywords_holdsACommentWithANewKeyword() throws Exception {
    Browser ada = signedIn(web, "ada");
    assertThat(annSays("Cheap pills").state()).isEqualTo(ModerationState.APPROVED);

    WebResponse replaced = ada.postJson("/api/moderation/keywords/moderation",
        "{\"keywords\":[\" pills \",\"pills\",\"lottery\"]}", token(ada));

    assertThat(replaced.status()).isEqualTo(200);
    JsonNode kept = json(replaced);
    assertThat(kept.get("kind").asText()).isEqualTo("moderation");
    assertThat(kept.get("keywords").toString()).isEqualTo("[\"pills\",\"lottery\"]");
    assertThat(json(signedIn(web, "mo").get("/api/moderation/keywords/moderation")).get("keywords"))
        .hasSize(2);
    assertThat(annSays("More pills").state()).isEqualTo(ModerationState.PENDING);
    assertThat(annSays("A casino").state()).isEqualTo(ModerationState.APPROVED);
  }

  @Test
  void moderatorsStrangersAndForgedTokens_areRefused_andNothingChanges() throws Exception {
    Browser mo = signedIn(web, "mo");
    Browser stranger = new Browser(web, "192.0.2.7");
    Browser ada = signedIn(web, "ada");

    WebResponse byModerator = mo.postJson("/api/moderation/bans", BAN_ANN, token(mo));
    assertThat(byModerator.status()).isEqualTo(403);
    assertThat(error(byModerator, "reason")).isEqualTo("not-admin");
    WebResponse keywordsByModerator = mo.postJson("/api/moderation/keywords/moderation",
        "{\"keywords\":[\"x\"]}", token(mo));
    assertThat(error(keywordsByModerator, "reason")).isEqualTo("not-admin");
    assertThat(stranger.postJson("/api/moderation/bans", BAN_ANN, token(stranger)).status()).isEqualTo(403);
    assertThat(stranger.get("/api/moderation/bans").status()).isEqualTo(403);
    assertThat(stranger.get("/api/moderation/keywords/moderation").status()).isEqualTo(403);
    WebResponse forged = ada.postJson("/api/moderation/bans", BAN_ANN, "0.forged");
    assertThat(forged.status()).isEqualTo(403);
    assertThat(error(forged, "reason")).isEqualTo("csrf");
    assertThat(error(ada.postJson("/api/moderation/keywords/moderation", "{\"keywords\":[]}", "0.forged"),
        "reason")).isEqualTo("csrf");

    assertThat(bans.bans()).isEmpty();
    assertThat(held.keywords()).containsExactly("casino");
  }

  @Test
  void badBansAndKeywords_areRefusedWithTheField_andNothingChanges() throws Exception {
    Browser ada = signedIn(web, "ada");
    Map<String, String> refused = Map.of(
        "{\"kind\":\"phone\",\"value\":\"123\"}", "kind",
        "{\"value\":\"ann@example.com\"}", "kind",
        "{\"kind\":\"ip\",\"value\":\"300.1.2.3\"}", "value",
        "{\"kind\":\"email\",\"value\":\"  \"}", "value",
        "{\"kind\":\"email\",\"value\":\"a@b.c\",\"decision\":\"hold\"}", "decision",
        "{\"kind\":\"email\",\"value\":\"a@b.c\",\"expiresAt\":\"tomorrow\"}", "expiresAt");
    for (Map.Entry<String, String> bad : refused.entrySet()) {
      WebResponse response = ada.postJson("/api/moderation/bans", bad.getKey(), token(ada));
      assertThat(response.status()).as(bad.getKey()).isEqualTo(400);
      assertThat(error(response, "field")).as(bad.getKey()).isEqualTo(bad.getValue());
    }
    assertThat(error(ada.postJson("/api/moderation/bans/lift", "{\"kind\":\"ip\",\"value\":\"nope\"}", token(ada)),
        "field")).isEqualTo("value");
    for (String bad : new String[] {"{}", "{\"keywords\":\"pills\"}", "{\"keywords\":[1]}",
        "{\"keywords\":[\"  \"]}", "{\"keywords\":[\"" + "x".repeat(KeywordList.MAX_KEYWORD_CHARS + 1) + "\"]}"}) {
      WebResponse response = ada.postJson("/api/moderation/keywords/moderation", bad, token(ada));
      assertThat(response.status()).as(bad).isEqualTo(400);
      assertThat(error(response, "field")).as(bad).startsWith("keywords");
    }
    assertThat(ada.postJson("/api/moderation/keywords/other", "{\"keywords\":[]}", token(ada)).status())
        .isEqualTo(404);

    assertThat(bans.bans()).isEmpty();
    assertThat(held.keywords()).containsExactly("casino");
  }

  @Test
  void aPolicyWithoutLists_answersAConflict_andKeepsItsFixedKeywords() throws Exception {
    CommentsWeb fixed = web(Rejoinder.builder().store(new InMemoryCommentStore())
        .moderation(ModerationPolicy.builder().disallowedKeywords("casino").build()).build());
    Browser ada = signedIn(fixed, "ada");

    WebResponse ban = ada.postJson("/api/moderation/bans", BAN_ANN, token(ada));
    assertThat(ban.status()).isEqualTo(409);
    assertThat(error(ban, "reason")).isEqualTo("no-ban-list");
    WebResponse lift = ada.postJson("/api/moderation/bans/lift", BAN_ANN, token(ada));
    assertThat(error(lift, "reason")).isEqualTo("no-ban-list");
    WebResponse keywords = ada.postJson("/api/moderation/keywords/disallowed",
        "{\"keywords\":[\"pills\"]}", token(ada));
    assertThat(keywords.status()).isEqualTo(409);
    assertThat(error(keywords, "reason")).isEqualTo("no-keyword-list");

    assertThat(json(ada.get("/api/moderation/bans")).get("items")).isEmpty();
    assertThat(json(ada.get("/api/moderation/keywords/disallowed")).get("keywords").toString())
        .isEqualTo("[\"casino\"]");
  }
}
