package org.rejoinder.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.rejoinder.Rejoinder;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;
import org.rejoinder.store.InMemoryCommentStore;
import org.rejoinder.subscription.Notification;
import org.rejoinder.subscription.NotificationKind;
import org.rejoinder.subscription.Subscription;
import org.rejoinder.subscription.SubscriptionTokens;

/** The form's subscription boxes, and the pages the links of subscription messages open. */
class SubscriptionWebTest {
  private static final SubscriptionTokens TOKENS = SubscriptionTokens.withSecret(CommentFormTest.SECRET);

  private final InMemoryCommentStore store = new InMemoryCommentStore();
  private final Rejoinder rejoinder = Rejoinder.builder().store(store).outbox(true).build();
  private final Post post =
      rejoinder.createPost(Post.of(PostId.of("hello"), "Hello & welcome", SiteUser.of("1", "Ada"), Instant.now()));
  private final CommentsWeb web =
      CommentsWeb.builder(rejoinder, CommentFormTest.SECRET).subscriptions(TOKENS).build();
  private final Browser ann = new Browser(web, "192.0.2.1");

  private Subscription commentAndSubscribe() {
    Map<String, String> fields = new LinkedHashMap<>(Browser.formFields(ann.page("/posts/hello")));
    fields.put("author", "Ann");
    fields.put("email", "ann@example.com");
    fields.put("comment", "Tell me when someone answers.");
    fields.put("subscribe_replies", "yes");
    assertThat(ann.post("/comments", fields).status()).isEqualTo(303);
    List<Notification> due = store.dueNotifications(Instant.now().plusSeconds(60), 10);
    assertThat(due).singleElement().satisfies(n -> assertThat(n.kind()).isEqualTo(NotificationKind.CONFIRM_SUBSCRIPTION));
    return rejoinder.subscription(due.get(0).subscriptionId());
  }

  private WebResponse post(String path, String token, String body) {
    return ann.send(WebRequest.builder("POST", path).queryString("token=" + token)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body(body.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void theFormOffersBothBoxes_unchecked() {
    Document page = ann.page("/posts/hello");
    assertThat(page.select("#commentform input[type=checkbox][name=subscribe_replies]")).hasSize(1);
    assertThat(page.select("#commentform input[type=checkbox][name=subscribe_comments]")).hasSize(1);
    assertThat(page.select("#commentform input[name^=subscribe][checked]")).isEmpty();
    assertThat(page.select("label[for=subscribe_replies]").text()).isEqualTo("Notify me of replies to my comment");

    CommentsWeb without = CommentsWeb.builder(rejoinder, CommentFormTest.SECRET).build();
    assertThat(new Browser(without, "192.0.2.2").page("/posts/hello").select("input[name^=subscribe]")).isEmpty();
    assertThat(new Browser(without, "192.0.2.2").get("/subscriptions/unsubscribe?token=x").status()).isEqualTo(404);
  }

  @Test
  void aTickedBoxMakesAPendingSubscription_whichTheConfirmationPagesButtonConfirms() {
    Subscription pending = commentAndSubscribe();
    assertThat(pending.isActive()).isFalse();
    String token = TOKENS.confirmationToken(pending.id(), Instant.now());

    Document page = ann.page("/subscriptions/confirm?token=" + token);
    assertThat(page.select("h2").text()).isEqualTo("Confirm your subscription");
    assertThat(page.text()).contains("\u201cHello & welcome\u201d");
    assertThat(rejoinder.subscription(pending.id()).isActive()).as("a GET changes nothing").isFalse();

    String action = page.select("form[method=post]").attr("action");
    assertThat(action).startsWith("/subscriptions/confirm?token=");
    WebResponse confirmed = post("/subscriptions/confirm", token, "");
    assertThat(confirmed.status()).isEqualTo(200);
    assertThat(rejoinder.subscription(pending.id()).isActive()).isTrue();
  }

  @Test
  void theOneClickPostUnsubscribes_andAnyLaterVisitSaysSo() {
    Subscription s = commentAndSubscribe();
    String token = TOKENS.unsubscribeToken(s.id());
    assertThat(ann.page("/subscriptions/unsubscribe?token=" + token).select("form button").text())
        .isEqualTo("Unsubscribe");

    WebResponse oneClick = post("/subscriptions/unsubscribe", token, "List-Unsubscribe=One-Click");
    assertThat(oneClick.status()).isEqualTo(200);
    assertThat(store.findSubscription(s.id())).isEmpty();
    assertThat(post("/subscriptions/unsubscribe", token, "List-Unsubscribe=One-Click").status()).isEqualTo(200);
    assertThat(Jsoup.parse(ann.get("/subscriptions/unsubscribe?token=" + token).bodyText()).select("h2").text())
        .isEqualTo("Unsubscribed");
  }

  @Test
  void aForgedOrExpiredToken_isRefused_andChangesNothing() {
    Subscription s = commentAndSubscribe();
    String confirm = TOKENS.confirmationToken(s.id(), Instant.now().minus(java.time.Duration.ofDays(8)));
    assertThat(post("/subscriptions/confirm", confirm, "").status()).isEqualTo(400);
    String genuine = TOKENS.unsubscribeToken(s.id());
    String forged = genuine.substring(0, genuine.length() - 1) + (genuine.endsWith("A") ? "B" : "A");
    assertThat(post("/subscriptions/unsubscribe", forged, "").status()).isEqualTo(400);
    assertThat(post("/subscriptions/confirm", TOKENS.unsubscribeToken(s.id()), "").status()).isEqualTo(400);
    assertThat(rejoinder.subscription(s.id()).isActive()).isFalse();
  }
}
