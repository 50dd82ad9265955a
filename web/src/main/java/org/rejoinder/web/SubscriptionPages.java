package org.rejoinder.web;

import java.util.Map;
import java.util.Optional;
import org.rejoinder.error.InvalidInputException;
import org.rejoinder.model.Post;
import org.rejoinder.subscription.Subscription;
import org.rejoinder.subscription.SubscriptionId;
import org.rejoinder.subscription.SubscriptionTokens;
import org.rejoinder.web.internal.Html;
import org.rejoinder.web.internal.UrlEncoded;

/**
 * The pages the links of subscription messages open: confirming a subscription (double opt-in)
 * and ending one. A GET only shows a page with a button, since mail scanners open links; the
 * button's POST acts. The signed token in the address is the reader's authority, so these forms
 * need no CSRF token, and the unsubscribe POST is also RFC 8058's one-click request, which a mail
 * client sends with the body {@code List-Unsubscribe=One-Click}.
 */
final class SubscriptionPages {
  private final WebContext web;

  SubscriptionPages(WebContext web) {
    this.web = web;
  }

  private SubscriptionTokens tokens() {
    SubscriptionTokens tokens = web.settings().subscriptionTokens();
    if (tokens == null) {
      throw new WebException(WebException.Reason.NO_ROUTE, "There is nothing here.");
    }
    return tokens;
  }

  private static String token(WebRequest request) {
    return request.query("token").orElseThrow(() -> new InvalidInputException(
        "token", InvalidInputException.Problem.REQUIRED, "The link is not complete"));
  }

  /** {@code GET /subscriptions/confirm?token=…}: the page whose button confirms. */
  WebResponse confirmPage(WebRequest request, Map<String, String> parameters) {
    String token = token(request);
    Subscription s = web.rejoinder().subscription(tokens().confirmed(token, web.clock().instant()));
    Post post = web.rejoinder().post(s.postId());
    String html = section("Confirm your subscription",
        "<p>Tell " + what(s) + " on \u201c" + Html.escape(post.title()) + "\u201d to this address?</p>\n"
            + button("/subscriptions/confirm", token, "Confirm"));
    return web.page(200, "Confirm your subscription", html, null);
  }

  /** {@code POST /subscriptions/confirm?token=…}: confirms. */
  WebResponse confirm(WebRequest request, Map<String, String> parameters) {
    SubscriptionId id = tokens().confirmed(token(request), web.clock().instant());
    Subscription s = web.rejoinder().confirmSubscription(id);
    Post post = web.rejoinder().post(s.postId());
    String html = section("Subscribed",
        "<p role=\"status\">You will be told " + what(s) + " on \u201c" + Html.escape(post.title())
            + "\u201d. Every message has a link to stop.</p>");
    return web.page(200, "Subscribed", html, null);
  }

  /** {@code GET /subscriptions/unsubscribe?token=…}: the page whose button unsubscribes. */
  WebResponse unsubscribePage(WebRequest request, Map<String, String> parameters) {
    String token = token(request);
    SubscriptionId id = tokens().unsubscribed(token);
    Optional<Subscription> s = subscription(id);
    if (s.isEmpty()) {
      return unsubscribed();
    }
    Post post = web.rejoinder().post(s.get().postId());
    String html = section("Unsubscribe",
        "<p>Stop being told " + what(s.get()) + " on \u201c" + Html.escape(post.title()) + "\u201d?</p>\n"
            + button("/subscriptions/unsubscribe", token, "Unsubscribe"));
    return web.page(200, "Unsubscribe", html, null);
  }

  /** {@code POST /subscriptions/unsubscribe?token=…}: unsubscribes; the one-click request too. */
  WebResponse unsubscribe(WebRequest request, Map<String, String> parameters) {
    web.rejoinder().unsubscribe(tokens().unsubscribed(token(request)));
    return unsubscribed();
  }

  private Optional<Subscription> subscription(SubscriptionId id) {
    try {
      return Optional.of(web.rejoinder().subscription(id));
    } catch (org.rejoinder.error.NotFoundException e) {
      return Optional.empty();
    }
  }

  private WebResponse unsubscribed() {
    return web.page(200, "Unsubscribed",
        section("Unsubscribed", "<p role=\"status\">You will not be told of new comments any more.</p>"), null);
  }

  private static String what(Subscription s) {
    return s.scope() == Subscription.Scope.REPLIES ? "of replies to your comment" : "of new comments";
  }

  private String button(String path, String token, String label) {
    return "<form method=\"post\" action=\"" + Html.escape(web.path(path) + "?token=" + UrlEncoded.encode(token))
        + "\"><button type=\"submit\">" + Html.escape(label) + "</button></form>\n";
  }

  private static String section(String heading, String body) {
    return "<section class=\"rejoinder-subscription\"><h2>" + Html.escape(heading) + "</h2>\n" + body
        + "</section>\n";
  }
}
