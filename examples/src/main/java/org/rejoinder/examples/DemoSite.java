package org.rejoinder.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.rejoinder.model.Role;
import org.rejoinder.web.CommentsWeb;
import org.rejoinder.web.Page;
import org.rejoinder.web.ResponseCookie;
import org.rejoinder.web.SignedInReader;
import org.rejoinder.web.WebRequest;
import org.rejoinder.web.WebResponse;

/**
 * What the demo application adds around the web layer, as any site would: its front page, the
 * moderator's sign-in and sign-out, who is signed in (a signed session cookie), and its page
 * frame with a navigation bar and the post's text.
 */
final class DemoSite {
  private static final String SESSION = "demo_session";
  private static final String LOGIN = "demo_login";
  private static final Duration SESSION_LENGTH = Duration.ofHours(8);
  private static final String POST_PATH = "/posts/" + SampleDiscussion.POST_ID.value();

  private final byte[] key;
  private final String user;
  private final String password;
  private final SecureRandom random = new SecureRandom();

  DemoSite(byte[] secret, String user, String password) {
    this.key = hmac(secret, "demo-session".getBytes(StandardCharsets.UTF_8));
    this.user = user;
    this.password = password;
  }

  /** Adds the site's own routes to the web layer's table. */
  CommentsWeb.Builder routes(CommentsWeb.Builder web) {
    return web
        .route("GET", "/", (request, parameters) -> WebResponse.seeOther(POST_PATH))
        .route("GET", "/login", (request, parameters) -> loginPage(request, null, 200))
        .route("POST", "/login", (request, parameters) -> login(request))
        .route("GET", "/logout", (request, parameters) ->
            WebResponse.seeOther(POST_PATH).withCookie(cookie(request, SESSION, "", Duration.ZERO)));
  }

  /** The moderator, if the request carries a valid session cookie. */
  Optional<SignedInReader> signedIn(WebRequest request) {
    return request.cookie(SESSION).filter(this::isValidSession)
        .map(session -> new SignedInReader(SampleDiscussion.EDITOR, Role.ADMIN, "/logout", null));
  }

  private boolean isValidSession(String session) {
    int dot = session.lastIndexOf('.');
    if (dot < 0) {
      return false;
    }
    String payload = session.substring(0, dot);
    String[] parts = payload.split(":");
    try {
      return parts.length == 2 && parts[0].equals(user)
          && Long.parseLong(parts[1]) > Instant.now().getEpochSecond()
          && DemoServer.same(sign(payload), session.substring(dot + 1));
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private WebResponse loginPage(WebRequest request, String error, int status) {
    byte[] nonce = new byte[18];
    random.nextBytes(nonce);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(nonce);
    String back = returnPath(request.query("return").orElse("/moderation"));
    StringBuilder html = new StringBuilder();
    html.append("<section class=\"sign-in\" aria-labelledby=\"sign-in-title\">\n")
        .append("<h2 id=\"sign-in-title\">Sign in as the moderator</h2>\n");
    if (error != null) {
      html.append("<p class=\"comment-form-notice comment-form-notice-error\" role=\"alert\">")
          .append(escape(error)).append("</p>\n");
    }
    html.append("<form method=\"post\" action=\"/login?return=").append(escape(back)).append("\">\n")
        .append("<input type=\"hidden\" name=\"token\" value=\"").append(token).append("\">\n")
        .append("<p><label for=\"user\">User name</label> <input id=\"user\" name=\"user\" ")
        .append("autocomplete=\"username\" required></p>\n")
        .append("<p><label for=\"password\">Password</label> <input id=\"password\" name=\"password\" ")
        .append("type=\"password\" autocomplete=\"current-password\" required></p>\n")
        .append("<p><button type=\"submit\" id=\"sign-in\">Sign in</button></p>\n</form>\n</section>\n");
    StringBuilder page = new StringBuilder();
    layout(new Page("Sign in", html.toString(), null, List.of("/assets/rejoinder.css"), List.of()), page);
    return WebResponse.html(status, page.toString()).withHeader("Cache-Control", "no-store")
        .withCookie(cookie(request, LOGIN, token, Duration.ofMinutes(30)));
  }

  private WebResponse login(WebRequest request) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String pair : request.bodyLength() > 10_000 ? new String[0] : request.bodyText().split("&")) {
      int equals = pair.indexOf('=');
      if (equals > 0) {
        fields.putIfAbsent(decode(pair.substring(0, equals)), decode(pair.substring(equals + 1)));
      }
    }
    String expected = request.cookie(LOGIN).orElse("");
    if (expected.isEmpty() || !DemoServer.same(expected, fields.getOrDefault("token", ""))) {
      return loginPage(request, "This form has expired. Please sign in again.", 403);
    }
    if (!DemoServer.same(user, fields.getOrDefault("user", ""))
        | !DemoServer.same(password, fields.getOrDefault("password", ""))) {
      return loginPage(request, "Wrong user name or password.", 403);
    }
    String payload = user + ":" + Instant.now().plus(SESSION_LENGTH).getEpochSecond();
    return WebResponse.seeOther(returnPath(request.query("return").orElse("/moderation")))
        .withCookie(cookie(request, SESSION, payload + "." + sign(payload), null))
        .withCookie(cookie(request, LOGIN, "", Duration.ZERO));
  }

  /** The demo's frame: a navigation bar, the post and its text on the post's page. */
  void layout(Page page, Appendable out) {
    try {
      out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
          .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .append("<title>").append(escape(page.title())).append(" · Rejoinder demo</title>\n");
      for (String css : page.stylesheets()) {
        out.append("<link rel=\"stylesheet\" href=\"").append(escape(css)).append("\">\n");
      }
      for (String script : page.scripts()) {
        out.append("<script defer src=\"").append(escape(script)).append("\"></script>\n");
      }
      out.append("</head>\n<body>\n<main class=\"rejoinder-page\">\n")
          .append("<nav class=\"site-nav\" aria-label=\"Site\"><a href=\"").append(POST_PATH)
          .append("\">The post</a> <a href=\"/moderation\">Moderation</a> <a href=\"/login\">Sign in</a> ")
          .append("<a href=\"/logout\">Sign out</a></nav>\n");
      if (page.post() != null) {
        out.append("<article class=\"post\">\n<header class=\"entry-header\"><h1 class=\"entry-title\">")
            .append(escape(page.post().title())).append("</h1>\n<p class=\"entry-meta\">By ")
            .append(escape(page.post().author().displayName())).append("</p></header>\n")
            .append("<p class=\"post-text\">Ten years ago I started writing here, in public, for whoever ")
            .append("would read. This is what I learned: finish things, write for one reader, and answer ")
            .append("the people who take the time to answer you. Tell me what you would add.</p>\n")
            .append("</article>\n");
      }
      out.append(page.mainHtml()).append("</main>\n</body>\n</html>\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ResponseCookie cookie(WebRequest request, String name, String value, Duration maxAge) {
    return new ResponseCookie(name, value, "/", maxAge, request.secure());
  }

  /** Only a path of this site, never another site's address. */
  private static String returnPath(String path) {
    return path.matches("/[A-Za-z0-9_./?=&-]*") && !path.startsWith("//") ? path : "/moderation";
  }

  private String sign(String payload) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(hmac(key, payload.getBytes(StandardCharsets.UTF_8)));
  }

  private static byte[] hmac(byte[] key, byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String decode(String text) {
    try {
      return java.net.URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;").replace("'", "&#39;");
  }
}
