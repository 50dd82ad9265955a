package org.rejoinder.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.rejoinder.Rejoinder;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Body;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.Role;
import org.rejoinder.model.SiteUser;
import org.rejoinder.moderation.ModerationPolicy;
import org.rejoinder.store.CommentQuery;
import org.rejoinder.store.InMemoryCommentStore;

/** The comment form's POST, as readers use it: what is stored, what is shown, what is refused. */
class CommentFormTest {
  static final byte[] SECRET = "a secret of thirty-two bytes or more, for tests".getBytes(StandardCharsets.UTF_8);
  static final SiteUser ADA = SiteUser.of("1", "Ada");

  final InMemoryCommentStore store = new InMemoryCommentStore();
  final Rejoinder rejoinder = Rejoinder.builder().store(store)
      .moderation(ModerationPolicy.builder().moderationKeywords("casino").build()).build();
  final Post post = rejoinder.createPost(Post.of(PostId.of("hello"), "Hello", ADA, Instant.now()));
  final CommentsWeb web = CommentsWeb.builder(rejoinder, SECRET)
      .identities(request -> request.cookie("session").filter("ada"::equals)
          .map(s -> new SignedInReader(ADA, Role.MODERATOR, "/logout", null)))
      .build();

  Map<String, String> form(Browser browser, String name, String email, String text) {
    Map<String, String> fields = new LinkedHashMap<>(Browser.formFields(browser.page("/posts/hello")));
    fields.put("author", name);
    fields.put("email", email);
    fields.put("url", "");
    fields.put("comment", text);
    return fields;
  }

  long stored() {
    return store.count(CommentQuery.all());
  }

  @Test
  void anApprovedComment_isStored_andTheReaderIsSentToItsPermalink() {
    Browser ann = new Browser(web, "192.0.2.1");
    WebResponse response = ann.post("/comments", form(ann, "Ann", "ann@example.com", "Lovely post."));

    assertThat(response.status()).isEqualTo(303);
    Comment comment = store.find(CommentQuery.all()).get(0);
    assertThat(comment.state()).isEqualTo(ModerationState.APPROVED);
    assertThat(comment.client().ip()).isEqualTo("192.0.2.1");
    assertThat(response.header("Location")).contains("/posts/hello#comment-" + comment.id());
    assertThat(new Browser(web, "192.0.2.9").page("/posts/hello").select("#comment-" + comment.id()).text())
        .contains("Lovely post.");
  }

  @Test
  void aHeldComment_isShownToItsAuthorAlone_withTheNotice() {
    Browser ann = new Browser(web, "192.0.2.1");
    WebResponse response = ann.post("/comments", form(ann, "Ann", "ann@example.com", "Best casino here"));

    Comment held = store.find(CommentQuery.all()).get(0);
    assertThat(held.state()).isEqualTo(ModerationState.PENDING);
    String location = response.header("Location").orElseThrow();
    assertThat(location).contains("unapproved=" + held.id()).contains("moderation-hash=");
    Document annSees = ann.page(location);
    assertThat(annSees.select("#comment-" + held.id() + " .comment-awaiting-moderation").text())
        .isEqualTo("Your comment is awaiting moderation.");
    assertThat(annSees.select("#comment-form-notice").text()).isEqualTo("Your comment is awaiting moderation.");
    assertThat(ann.page("/posts/hello").select("#comment-" + held.id())).hasSize(1);

    Browser other = new Browser(web, "192.0.2.2");
    assertThat(other.page("/posts/hello").select("#comment-" + held.id())).isEmpty();
    String forged = location.replaceAll("moderation-hash=[^#&]+", "moderation-hash=1999999999.AAAA");
    assertThat(other.page(forged).select("#comment-" + held.id())).isEmpty();
  }

  @Test
  void aPostWithoutAValidCsrfToken_isRefused_andStoresNothing() {
    Browser ann = new Browser(web, "192.0.2.1");
    Map<String, String> fields = form(ann, "Ann", "ann@example.com", "Hello");
    fields.put("_csrf", "0.forged");

    WebResponse forged = ann.post("/comments", fields);
    Browser stranger = new Browser(web, "192.0.2.3");
    fields.remove("_csrf");
    WebResponse none = stranger.post("/comments", fields);

    assertThat(forged.status()).isEqualTo(403);
    assertThat(none.status()).isEqualTo(403);
    assertThat(stored()).isZero();
    assertThat(org.jsoup.Jsoup.parse(forged.bodyText()).getElementById("comment").text()).isEqualTo("Hello");
  }

  @Test
  void anotherBrowsersToken_isRefused() {
    Browser ann = new Browser(web, "192.0.2.1");
    Browser mallory = new Browser(web, "192.0.2.4");
    Map<String, String> fields = form(mallory, "Ann", "ann@example.com", "Hello");
    ann.get("/posts/hello");

    assertThat(ann.post("/comments", fields).status()).isEqualTo(403);
    assertThat(stored()).isZero();
  }

  @Test
  void anEmptyName_showsTheFieldsError_andKeepsWhatWasTyped() {
    Browser ann = new Browser(web, "192.0.2.1");
    WebResponse response = ann.post("/comments", form(ann, "  ", "not an address", "My thoughts"));

    assertThat(response.status()).isEqualTo(400);
    Document page = org.jsoup.Jsoup.parse(response.bodyText());
    assertThat(page.getElementById("author").attr("aria-invalid")).isEqualTo("true");
    assertThat(page.getElementById("author-error").text()).isEqualTo("Please enter your name.");
    assertThat(page.getElementById("email-error").text()).contains("valid email address");
    assertThat(page.getElementById("comment").text()).isEqualTo("My thoughts");
    assertThat(page.getElementById("email").attr("value")).isEqualTo("not an address");
    assertThat(stored()).isZero();
  }

  @Test
  void postingTwiceFast_isRefusedAsAFlood_withRetryAfter() {
    Browser ann = new Browser(web, "192.0.2.1");
    ann.post("/comments", form(ann, "Ann", "ann@example.com", "First"));
    WebResponse second = ann.post("/comments", form(ann, "Ann", "ann@example.com", "Second"));

    assertThat(second.status()).isEqualTo(429);
    assertThat(second.header("Retry-After")).contains("15");
    assertThat(org.jsoup.Jsoup.parse(second.bodyText()).select("#comment-form-notice[role=alert]").text())
        .contains("too quickly");
    assertThat(stored()).isOne();
  }

  @Test
  void anOversizedBody_isRefused_beforeAnythingIsParsed() {
    Browser ann = new Browser(web, "192.0.2.1");
    Map<String, String> fields = form(ann, "Ann", "ann@example.com", "x".repeat(300_000));

    WebResponse response = ann.post("/comments", fields);
    WebResponse unread = ann.send(WebRequest.builder("POST", "/comments")
        .header("Content-Type", "application/x-www-form-urlencoded").bodyTooLarge());

    assertThat(response.status()).isEqualTo(413);
    assertThat(unread.status()).isEqualTo(413);
    assertThat(stored()).isZero();
  }

  @Test
  void aCommentLongerThanTheLimit_isRefusedNextToTheField() {
    Browser ann = new Browser(web, "192.0.2.1");
    WebResponse response = ann.post("/comments", form(ann, "Ann", "ann@example.com", "é".repeat(40_000)));

    assertThat(response.status()).isEqualTo(400);
    assertThat(org.jsoup.Jsoup.parse(response.bodyText()).getElementById("comment-error").text())
        .contains("too long");
    assertThat(stored()).isZero();
  }

  @Test
  void detailsAreRemembered_onlyWhenTheBoxIsChecked() {
    Browser ann = new Browser(web, "192.0.2.1");
    ann.post("/comments", form(ann, "Ann", "ann@example.com", "Without the box"));
    assertThat(ann.cookies).doesNotContainKey("rejoinder_author");
    assertThat(ann.page("/posts/hello").getElementById("author").attr("value")).isEmpty();

    Browser bob = new Browser(web, "192.0.2.5");
    Map<String, String> fields = form(bob, "Bob", "bob@example.com", "With the box");
    fields.put("wp-comment-cookies-consent", "yes");
    bob.post("/comments", fields);

    assertThat(bob.cookies).containsKey("rejoinder_author");
    Document page = bob.page("/posts/hello");
    assertThat(page.getElementById("author").attr("value")).isEqualTo("Bob");
    assertThat(page.getElementById("email").attr("value")).isEqualTo("bob@example.com");
    assertThat(page.getElementById("wp-comment-cookies-consent").hasAttr("checked")).isTrue();
  }

  @Test
  void aSignedInReader_commentsAsTheirAccount_whateverTheFieldsSay() {
    Browser ada = new Browser(web, "192.0.2.6");
    ada.cookies.put("session", "ada");
    Document page = ada.page("/posts/hello");
    assertThat(page.select(".logged-in-as").text()).contains("Logged in as Ada.");
    assertThat(page.getElementById("author")).isNull();

    ada.post("/comments", form(ada, "Mallory", "mallory@example.com", "Author's reply"));

    Comment comment = store.find(CommentQuery.all()).get(0);
    assertThat(comment.author()).isEqualTo(ADA);
  }

  @Test
  void theHoneypot_refusesWhatFillsIt() {
    Browser bot = new Browser(web, "192.0.2.7");
    Map<String, String> fields = form(bot, "Bot", "bot@example.com", "Buy now");
    fields.put("hp_website", "http://spam.example");

    assertThat(bot.post("/comments", fields).status()).isEqualTo(403);
    assertThat(stored()).isZero();
  }

  @Test
  void theHoneypot_canHoldWhatFillsIt_forAModerator() {
    Rejoinder holding = Rejoinder.builder().store(store)
        .moderation(ModerationPolicy.builder().rule(HoneypotRule.INSTANCE).build()).build();
    CommentsWeb holdingWeb = CommentsWeb.builder(holding, SECRET).honeypot("hp_website", true).build();
    Browser bot = new Browser(holdingWeb, "192.0.2.7");
    Map<String, String> fields = new LinkedHashMap<>(Browser.formFields(bot.page("/posts/hello")));
    fields.putAll(Map.of("author", "Bot", "email", "bot@example.com", "comment", "Hi", "hp_website", "x"));

    assertThat(bot.post("/comments", fields).status()).isEqualTo(303);
    Comment held = store.find(CommentQuery.all()).get(0);
    assertThat(held.state()).isEqualTo(ModerationState.PENDING);
    assertThat(store.auditTrail(held.id()).get(0).reason()).isEqualTo(HoneypotRule.REASON);
  }

  @Test
  void aReplyByTheForm_landsUnderItsParent() {
    Comment parent = rejoinder.submit(org.rejoinder.NewComment.on(post.id(),
        org.rejoinder.model.Guest.of("Bob", "bob@example.com"), Body.plain("Question?")));
    Browser ann = new Browser(web, "192.0.2.1");
    Document page = ann.page("/posts/hello?replytocom=" + parent.id());
    assertThat(page.getElementById("reply-title").text()).startsWith("Leave a Reply to Bob");
    Map<String, String> fields = new LinkedHashMap<>(Browser.formFields(page));
    fields.putAll(Map.of("author", "Ann", "email", "ann@example.com", "comment", "Answer."));

    ann.post("/comments", fields);

    Comment reply = store.find(CommentQuery.all().withParent(parent.id())).get(0);
    assertThat(ann.page("/posts/hello").select("#comment-" + parent.id() + " > ol.children > #comment-" + reply.id()))
        .hasSize(1);
  }

  @Test
  void readers_reportComments_andModerators_actOnTheQueue() {
    Comment held = rejoinder.submit(org.rejoinder.NewComment.on(post.id(),
        org.rejoinder.model.Guest.of("Bob", "bob@example.com"), Body.plain("casino")));
    Browser ann = new Browser(web, "192.0.2.1");
    assertThat(ann.get("/moderation").status()).isEqualTo(403);

    Browser ada = new Browser(web, "192.0.2.6");
    ada.cookies.put("session", "ada");
    Document queue = ada.page("/moderation");
    assertThat(queue.select("#queue-" + held.id() + " h3").text()).contains("Bob");
    String token = queue.select("#queue-" + held.id() + " input[name=_csrf]").attr("value");

    assertThat(ann.post("/moderation/comments/" + held.id() + "/approve", Map.of("_csrf", token)).status())
        .isEqualTo(403);
    WebResponse approved = ada.post("/moderation/comments/" + held.id() + "/approve", Map.of("_csrf", token));

    assertThat(approved.status()).isEqualTo(303);
    assertThat(rejoinder.comment(held.id()).state()).isEqualTo(ModerationState.APPROVED);
    Document annSees = ann.page("/posts/hello");
    String reportToken = annSees.select("#comment-" + held.id() + " form.comment-report input[name=_csrf]").attr("value");
    assertThat(ann.post("/comments/" + held.id() + "/report", Map.of("_csrf", reportToken)).status()).isEqualTo(303);
    assertThat(rejoinder.moderation(Actor.SYSTEM).reports(held.id())).hasSize(1);
  }

  @Test
  void anUnknownPost_orPage_isAnsweredWithItsStatus() {
    Browser ann = new Browser(web, "192.0.2.1");
    assertThat(ann.get("/posts/nothing").status()).isEqualTo(404);
    assertThat(ann.get("/posts/hello?cpage=zero").status()).isEqualTo(400);
    assertThat(ann.get("/nowhere").status()).isEqualTo(404);
    assertThat(ann.send(WebRequest.builder("DELETE", "/comments")).status()).isEqualTo(405);
    assertThat(ann.get("/posts/hello").header("Content-Security-Policy")).hasValueSatisfying(
        csp -> assertThat(csp).contains("script-src 'self'"));
    assertThat(CommentId.of(1)).isNotNull();
  }
}
