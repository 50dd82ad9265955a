package org.rejoinder.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rejoinder.Rejoinder;
import org.rejoinder.model.Comment;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.Role;
import org.rejoinder.model.SiteUser;
import org.rejoinder.moderation.ModerationPolicy;
import org.rejoinder.store.CommentQuery;
import org.rejoinder.store.InMemoryCommentStore;
import org.rejoinder.web.CommentsWeb;
import org.rejoinder.web.SignedInReader;

/**
 * The servlet in a real container: an embedded Jetty 12 serving the web layer in the context
 * {@code /blog} at {@code /comments/*}, driven over HTTP as a browser and a script would.
 */
class CommentsServletTest {
  private static final byte[] SECRET =
      "a secret of thirty-two bytes or more, for tests".getBytes(StandardCharsets.UTF_8);
  private static final SiteUser ADA = SiteUser.of("1", "Ada");

  private static final InMemoryCommentStore STORE = new InMemoryCommentStore();
  private static Server server;
  private static String base;

  @BeforeAll
  static void startJetty() throws Exception {
    Rejoinder rejoinder = Rejoinder.builder().store(STORE)
        .moderation(ModerationPolicy.builder().moderationKeywords("casino")
            .floodInterval(java.time.Duration.ZERO).build()).build();
    for (String post : new String[] {"form", "json", "held", "big"}) {
      rejoinder.createPost(Post.of(PostId.of(post), "About " + post, ADA, Instant.now()));
    }
    CommentsWeb web = CommentsWeb.builder(rejoinder, SECRET)
        .basePath("/blog/comments")
        .identities(request -> request.cookie("session").filter("ada"::equals)
            .map(session -> new SignedInReader(ADA, Role.MODERATOR, "/blog/logout", null)))
        .build();
    server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler("/blog");
    context.addServlet(new ServletHolder(new CommentsServlet(web)), "/comments/*");
    server.setHandler(context);
    server.start();
    base = "http://127.0.0.1:" + connector.getLocalPort();
  }

  @AfterAll
  static void stopJetty() throws Exception {
    server.stop();
  }

  /** A browser: keeps cookies, follows no redirects. */
  private static final class Reader {
    final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
        .followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<String> get(String path) throws Exception {
      return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String contentType, String body, String... headers)
        throws Exception {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
          .header("Content-Type", contentType)
          .POST(HttpRequest.BodyPublishers.ofString(body));
      for (int i = 0; i < headers.length; i += 2) {
        request.header(headers[i], headers[i + 1]);
      }
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postForm(String path, Map<String, String> fields) throws Exception {
      StringJoiner body = new StringJoiner("&");
      fields.forEach((name, value) -> body.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
          + URLEncoder.encode(value, StandardCharsets.UTF_8)));
      return post(path, "application/x-www-form-urlencoded", body.toString());
    }

    String token() throws Exception {
      Matcher token = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(get("/blog/comments/api/csrf").body());
      assertThat(token.find()).isTrue();
      return token.group(1);
    }
  }

  private static Map<String, String> commentForm(Document page, String name, String text) {
    Map<String, String> fields = new LinkedHashMap<>();
    page.select("#commentform input[type=hidden]").forEach(i -> fields.put(i.attr("name"), i.attr("value")));
    fields.put("author", name);
    fields.put("email", name.toLowerCase(java.util.Locale.ROOT) + "@example.com");
    fields.put("url", "");
    fields.put("comment", text);
    return fields;
  }

  private static Comment only(String post) {
    return STORE.find(CommentQuery.all()).stream()
        .filter(c -> c.postId().equals(PostId.of(post))).findFirst().orElseThrow();
  }

  @Test
  void aFormPost_throughTheContainer_isStored_andTheReaderIsSentBackToTheDiscussionUnderTheContextPath()
      throws Exception {
    Reader ann = new Reader();
    HttpResponse<String> page = ann.get("/blog/comments/posts/form");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();

    HttpResponse<String> posted = ann.postForm("/blog/comments/comments",
        commentForm(Jsoup.parse(page.body()), "Ann", "Lovely post, thank you."));

    assertThat(posted.statusCode()).isEqualTo(303);
    Comment comment = only("form");
    assertThat(comment.client().ip()).isEqualTo("127.0.0.1");
    assertThat(posted.headers().firstValue("Location")).contains(
        "/blog/comments/posts/form#comment-" + comment.id());
    Document shown = Jsoup.parse(new Reader().get("/blog/comments/posts/form").body());
    assertThat(shown.select("#comment-" + comment.id()).text()).contains("Lovely post, thank you.");
  }

  @Test
  void theJsonApi_takesAComment_withTheTokenFromTheSameBrowser_andCountsIt() throws Exception {
    Reader script = new Reader();
    String json = "{\"author\":{\"name\":\"Bo\",\"email\":\"bo@example.com\"},\"text\":\"Hello *there*\"}";

    HttpResponse<String> created = script.post("/blog/comments/api/posts/json/comments",
        "application/json", json, "X-CSRF-Token", script.token());
    HttpResponse<String> forged = new Reader().post("/blog/comments/api/posts/json/comments",
        "application/json", json, "X-CSRF-Token", script.token());

    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.body()).contains("<em>there</em>");
    assertThat(created.headers().firstValue("Location")).hasValueSatisfying(
        location -> assertThat(location).startsWith("/blog/comments/api/comments/"));
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(script.get("/blog/comments/api/counts?post=json").body()).isEqualTo("{\"counts\":{\"json\":1}}");
  }

  @Test
  void aHeldComment_setsThePendingCookie_andAModeratorApprovesIt() throws Exception {
    Reader cy = new Reader();
    HttpResponse<String> held = cy.post("/blog/comments/api/posts/held/comments", "application/json",
        "{\"author\":{\"name\":\"Cy\",\"email\":\"cy@example.com\"},\"text\":\"Best casino in town\"}",
        "X-CSRF-Token", cy.token());
    assertThat(held.statusCode()).isEqualTo(201);
    assertThat(held.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
        .startsWith("rejoinder_pending=").contains("HttpOnly").contains("SameSite=Lax"));
    Comment comment = only("held");
    assertThat(comment.state()).isEqualTo(ModerationState.PENDING);

    Reader ada = new Reader();
    HttpCookie session = new HttpCookie("session", "ada");
    session.setPath("/");
    session.setVersion(0);
    ada.cookies.getCookieStore().add(URI.create(base), session);
    HttpResponse<String> approved = ada.post("/blog/comments/api/moderation/comments/" + comment.id() + "/approve",
        "application/json", "{}", "X-CSRF-Token", ada.token());

    assertThat(approved.statusCode()).isEqualTo(200);
    assertThat(only("held").state()).isEqualTo(ModerationState.APPROVED);
    assertThat(new Reader().post("/blog/comments/api/moderation/comments/" + comment.id() + "/spam",
        "application/json", "{}").statusCode()).isEqualTo(403);
  }

  @Test
  void aBodyOverTheLimit_isRefusedWith413_andNothingIsStored() throws Exception {
    Reader dee = new Reader();
    String token = dee.token();
    String huge = "{\"author\":{\"name\":\"Dee\",\"email\":\"dee@example.com\"},\"text\":\""
        + "a".repeat(CommentsWeb.DEFAULT_MAX_BODY_BYTES) + "\"}";

    HttpResponse<String> refused = dee.post("/blog/comments/api/posts/big/comments", "application/json",
        huge, "X-CSRF-Token", token);

    assertThat(refused.statusCode()).isEqualTo(413);
    assertThat(STORE.find(CommentQuery.all())).noneMatch(c -> c.postId().equals(PostId.of("big")));
  }

  @Test
  void aMethodTheAddressDoesNotTake_isAnswered405WithAllow_andHeadSendsNoBody() throws Exception {
    Reader reader = new Reader();
    HttpResponse<String> delete = reader.client.send(HttpRequest.newBuilder(
        URI.create(base + "/blog/comments/posts/form")).DELETE().build(), HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> head = reader.client.send(HttpRequest.newBuilder(
            URI.create(base + "/blog/comments/posts/form")).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(delete.statusCode()).isEqualTo(405);
    assertThat(delete.headers().firstValue("Allow")).isPresent();
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
  }
}
