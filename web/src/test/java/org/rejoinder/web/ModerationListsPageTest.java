package org.rejoinder.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.rejoinder.Rejoinder;
import org.rejoinder.model.Comment;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.Role;
import org.rejoinder.model.SiteUser;
import org.rejoinder.moderation.Ban;
import org.rejoinder.moderation.BanList;
import org.rejoinder.moderation.Decision;
import org.rejoinder.moderation.KeywordList;
import org.rejoinder.moderation.ModerationPolicy;
import org.rejoinder.store.CommentQuery;
import org.rejoinder.store.InMemoryCommentStore;

/** An administrator manages bans and keyword lists on the moderation page's forms; a moderator reads them. */
class ModerationListsPageTest {
  private static final SiteUser ADA = SiteUser.of("1", "Ada");
  private static final SiteUser MO = SiteUser.of("2", "Mo");

  private final InMemoryCommentStore store = new InMemoryCommentStore();
  private final BanList bans = new BanList();
  private final KeywordList held = KeywordList.of(List.of("casino"));
  private final CommentsWeb web = web(ModerationPolicy.builder().bans(bans).moderationKeywords(held)
      .disallowedKeywords("viagra").floodInterval(Duration.ZERO).build());

  private CommentsWeb web(ModerationPolicy policy) {
    Rejoinder rejoinder = Rejoinder.builder().store(store).moderation(policy).build();
    rejoinder.createPost(Post.of(PostId.of("hello"), "Hello", ADA, Instant.now()));
    return CommentsWeb.builder(rejoinder, CommentFormTest.SECRET)
        .identities(request -> request.cookie("session").map(s -> switch (s) {
          case "ada" -> new SignedInReader(ADA, Role.ADMIN, "/logout", null);
          default -> new SignedInReader(MO, Role.MODERATOR, "/logout", null);
        }))
        .build();
  }

  private Browser signedIn(String session) {
    Browser browser = new Browser(web, "192.0.2.9");
    browser.cookies.put("session", session);
    return browser;
  }

  /** Fills and sends the form of {@code page} whose action ends with {@code action}. */
  private static WebResponse send(Browser browser, Document page, String action, Map<String, String> values) {
    Element form = page.selectFirst("form[action$='" + action + "']");
    assertThat(form).as("a form to " + action).isNotNull();
    Map<String, String> fields = new LinkedHashMap<>();
    for (Element input : form.select("input[name], select[name], textarea[name]")) {
      String value = input.is("select") ? input.select("option").first().val()
          : input.is("textarea") ? input.wholeText() : input.val();
      fields.put(input.attr("name"), value);
    }
    fields.putAll(values);
    return browser.post(action, fields);
  }

  /** Returns the moderation forms' CSRF token that {@code page} carries. */
  private static String token(Document page) {
    return page.select("input[name=_csrf]").first().val();
  }

  private Comment annSays(String text) {
    Browser ann = new Browser(web, "192.0.2.1");
    Map<String, String> fields = new LinkedHashMap<>(Browser.formFields(ann.page("/posts/hello")));
    fields.put("author", "Ann");
    fields.put("email", "ann@example.com");
    fields.put("url", "");
    fields.put("comment", text);
    long before = store.count(CommentQuery.all());
    ann.post("/comments", fields);
    if (store.count(CommentQuery.all()) == before) {
      return null;
    }
    return store.find(CommentQuery.all()).stream().filter(c -> c.body().text().equals(text)).findFirst().orElseThrow();
  }

  @Test
  void anAdministrator_bansAnAddressOnThePage_itShowsThere_andTheBanApplies_untilLifted() {
    Browser ada = signedIn("ada");

    WebResponse banned = send(ada, ada.page("/moderation/lists"), "/moderation/bans",
        Map.of("kind", "email", "value", "Ann@Example.com", "decision", "reject", "days", "7"));

    assertThat(banned.status()).isEqualTo(303);
    assertThat(banned.header("Location")).hasValue("/moderation/lists?done=banned");
    assertThat(bans.bans()).singleElement().satisfies(ban -> {
      assertThat(ban.value()).isEqualTo("ann@example.com");
      assertThat(ban.decision()).isEqualTo(Decision.REJECT);
      assertThat(ban.expiresAt()).isBetween(Instant.now().plus(Duration.ofDays(7)).minusSeconds(60),
          Instant.now().plus(Duration.ofDays(7)));
    });
    Document page = ada.page("/moderation/lists?done=banned");
    assertThat(page.select("[role=status]").text()).isEqualTo("Done: banned.");
    assertThat(page.select("table.moderation-bans tbody tr").text()).contains("email", "ann@example.com", "refused");
    assertThat(annSays("Let me in")).isNull();

    WebResponse lifted = send(ada, page, "/moderation/bans/lift", Map.of());

    assertThat(lifted.header("Location")).hasValue("/moderation/lists?done=lifted");
    assertThat(bans.bans()).isEmpty();
    assertThat(ada.page("/moderation/lists").select(".moderation-bans-empty").text()).isEqualTo("No one is banned.");
    assertThat(annSays("Back again").state()).isEqualTo(ModerationState.APPROVED);
  }

  @Test
  void anAdministrator_replacesTheHeldWords_oneALine_andACommentWithANewOneIsHeld() {
    Browser ada = signedIn("ada");
    Document page = ada.page("/moderation/lists");
    assertThat(page.select("textarea#keywords-moderation").first().wholeText()).isEqualTo("casino\n");

    WebResponse saved = send(ada, page, "/moderation/keywords/moderation",
        Map.of("keywords", "casino\r\n  pills  \r\n\r\nlottery"));

    assertThat(saved.header("Location")).hasValue("/moderation/lists?done=saved");
    assertThat(held.keywords()).containsExactly("casino", "pills", "lottery");
    assertThat(annSays("Cheap pills").state()).isEqualTo(ModerationState.PENDING);
  }

  @Test
  void aFixedKeywordList_isShownWithoutAForm_andCannotBeChanged() {
    Browser ada = signedIn("ada");
    Document page = ada.page("/moderation/lists");

    assertThat(page.select("form[action$='/moderation/keywords/disallowed']")).isEmpty();
    assertThat(page.select("ul[aria-labelledby=keywords-disallowed-title] li").text()).isEqualTo("viagra");
    Map<String, String> fields = Map.of("_csrf", token(page), "keywords", "other");
    assertThat(ada.post("/moderation/keywords/disallowed", fields).status()).isEqualTo(409);
  }

  @Test
  void aModerator_seesTheListsWithoutForms_andCannotChangeThem() {
    assertThat(annSays("A casino nearby").state()).isEqualTo(ModerationState.PENDING);
    bans.add(Ban.email("ann@example.com"));
    Browser mo = signedIn("mo");

    Document page = mo.page("/moderation/lists");

    assertThat(page.select("table.moderation-bans").text()).contains("ann@example.com");
    assertThat(page.select("form")).noneMatch(form -> form.attr("action").contains("/moderation/"));
    assertThat(page.select("ul[aria-labelledby=keywords-moderation-title] li").text()).isEqualTo("casino");
    String token = token(mo.page("/moderation"));
    WebResponse refused = mo.post("/moderation/bans", Map.of("_csrf", token, "kind", "email", "value", "bo@example.com"));
    assertThat(refused.status()).isEqualTo(403);
    assertThat(new String(refused.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("administrator");
    assertThat(bans.bans()).containsExactly(Ban.email("ann@example.com"));
  }

  @Test
  void badFieldsAndForgedTokens_areRefused_andNothingChanges() {
    Browser ada = signedIn("ada");
    Document page = ada.page("/moderation/lists");
    List<Map<String, String>> bad = List.of(
        Map.of("kind", "phone", "value", "123"),
        Map.of("kind", "ip", "value", "300.1.2.3"),
        Map.of("kind", "email", "value", "   "),
        Map.of("kind", "email", "value", "a@b.c", "decision", "hold"),
        Map.of("kind", "email", "value", "a@b.c", "days", "0"),
        Map.of("kind", "email", "value", "a@b.c", "days", "soon"));
    for (Map<String, String> fields : bad) {
      assertThat(send(ada, page, "/moderation/bans", fields).status()).as(fields.toString()).isEqualTo(400);
    }
    assertThat(send(ada, page, "/moderation/keywords/moderation",
        Map.of("keywords", "x".repeat(KeywordList.MAX_KEYWORD_CHARS + 1))).status()).isEqualTo(400);
    assertThat(send(ada, page, "/moderation/bans", Map.of("value", "a@b.c", "_csrf", "0.forged")).status())
        .isEqualTo(403);
    assertThat(new Browser(web, "192.0.2.7").get("/moderation/lists").status()).isEqualTo(403);

    assertThat(bans.bans()).isEmpty();
    assertThat(held.keywords()).containsExactly("casino");
  }

  @Test
  void theQueue_linksToTheListsPage() {
    Document queue = signedIn("mo").page("/moderation");

    assertThat(queue.select("a[href$='/moderation/lists']").text()).isEqualTo("Bans and keywords");
  }
}
