package org.rejoinder.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.rejoinder.NewComment;
import org.rejoinder.Rejoinder;
import org.rejoinder.model.Body;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Guest;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.Role;
import org.rejoinder.model.SiteUser;
import org.rejoinder.store.CommentQuery;
import org.rejoinder.store.InMemoryCommentStore;

/** An administrator answers a reader's request about their data through the JSON API. */
class PersonalDataApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SiteUser ADA = SiteUser.of("1", "Ada");
  private static final SiteUser MO = SiteUser.of("2", "Mo");
  private static final String ANN = "{\"email\":\"Ann@Example.com\"}";

  private final InMemoryCommentStore store = new InMemoryCommentStore();
  private final Rejoinder rejoinder = Rejoinder.builder().store(store).build();
  private final Post post = rejoinder.createPost(Post.of(PostId.of("hello"), "Hello", ADA, Instant.now()));
  private final CommentsWeb web = CommentsWeb.builder(rejoinder, CommentFormTest.SECRET)
      .identities(request -> request.cookie("session").map(s -> switch (s) {
        case "ada" -> new SignedInReader(ADA, Role.ADMIN, "/logout", null);
        default -> new SignedInReader(MO, Role.MODERATOR, "/logout", null);
      }))
      .build();

  private static JsonNode json(WebResponse response) throws Exception {
    assertThat(response.header("Content-Type")).contains("application/json; charset=utf-8");
    return JSON.readTree(response.body());
  }

  private static String token(Browser browser) throws Exception {
    return json(browser.get("/api/csrf")).get("token").asText();
  }

  private Browser signedIn(String session) {
    Browser browser = new Browser(web, "192.0.2.9");
    browser.cookies.put("session", session);
    return browser;
  }

  private Comment annSays(String text) {
    return rejoinder.submit(NewComment.on(post.id(), Guest.of("Ann", "ann@example.com"), Body.plain(text))
        .withClient(ClientInfo.of("192.0.2.1", "Agent/1.0")));
  }

  @Test
  void anAdministrator_downloadsTheExport_thenErases_andSeesTheRecord() throws Exception {
    Comment anns = annSays("Mine");
    Browser ada = signedIn("ada");

    WebResponse exported = ada.postJson("/api/moderation/personal-data/export", ANN, token(ada));

    assertThat(exported.status()).isEqualTo(200);
    assertThat(exported.header("Content-Disposition")).contains("attachment; filename=\"personal-data.json\"");
    JsonNode export = json(exported);
    assertThat(export.get("email").asText()).isEqualTo("ann@example.com");
    assertThat(export.get("comments").get(0).get("text").asText()).isEqualTo("Mine");
    assertThat(export.get("comments").get(0).get("ip").asText()).isEqualTo("192.0.2.1");

    WebResponse erased = ada.postJson("/api/moderation/personal-data/erase", ANN, token(ada));

    assertThat(erased.status()).isEqualTo(200);
    JsonNode record = json(erased);
    assertThat(record.get("requestedBy").asText()).isEqualTo("user:1");
    assertThat(record.get("erased").get("comments").asInt()).isOne();
    assertThat(erased.bodyText()).doesNotContain("ann@");
    assertThat(rejoinder.comment(anns.id()).author().email()).isNull();
    JsonNode listed = json(ada.get("/api/moderation/erasures"));
    assertThat(listed.get("items")).hasSize(1);
    assertThat(listed.get("items").get(0).get("requestId").asText()).isEqualTo(record.get("requestId").asText());
    JsonNode again = json(ada.postJson("/api/moderation/personal-data/export", ANN, token(ada)));
    assertThat(again.get("comments")).isEmpty();
  }

  @Test
  void moderatorsStrangersAndForgedTokens_areRefused_andNothingIsErased() throws Exception {
    annSays("Mine");
    Browser mo = signedIn("mo");
    Browser stranger = new Browser(web, "192.0.2.7");
    Browser ada = signedIn("ada");

    WebResponse byModerator = mo.postJson("/api/moderation/personal-data/erase", ANN, token(mo));
    assertThat(byModerator.status()).isEqualTo(403);
    assertThat(json(byModerator).get("error").get("reason").asText()).isEqualTo("not-admin");
    assertThat(mo.postJson("/api/moderation/personal-data/export", ANN, token(mo)).status()).isEqualTo(403);
    assertThat(mo.get("/api/moderation/erasures").status()).isEqualTo(403);
    assertThat(stranger.postJson("/api/moderation/personal-data/erase", ANN, token(stranger)).status())
        .isIn(401, 403);
    WebResponse forged = ada.postJson("/api/moderation/personal-data/erase", ANN, "0.forged");
    assertThat(forged.status()).isEqualTo(403);
    assertThat(json(forged).get("error").get("reason").asText()).isEqualTo("csrf");
    WebResponse noAddress = ada.postJson("/api/moderation/personal-data/erase", "{}", token(ada));
    assertThat(noAddress.status()).isEqualTo(400);

    assertThat(store.count(CommentQuery.all().withAuthorEmail("ann@example.com"))).isOne();
    assertThat(rejoinder.personalData(org.rejoinder.model.Actor.SYSTEM).erasures(0, 10)).isEmpty();
  }
}
