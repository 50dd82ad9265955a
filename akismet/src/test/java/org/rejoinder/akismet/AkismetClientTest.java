package org.rejoinder.akismet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rejoinder.NewComment;
import org.rejoinder.Rejoinder;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Body;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Guest;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;
import org.rejoinder.moderation.ExternalCheckRule;
import org.rejoinder.moderation.ModerationPolicy;

/** The client against a local server that answers as Akismet's documentation says. */
class AkismetClientTest {
  private static final String KEY = "123YourAPIKey";
  private static final PostId POST = PostId.of("hello");

  private final List<Map<String, String>> calls = new CopyOnWriteArrayList<>();
  private final HttpServer server;

  AkismetClientTest() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/1.1/", exchange -> {
      String method = exchange.getRequestURI().getPath().substring("/1.1/".length());
      Map<String, String> form = parse(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      form.put("method", method);
      calls.add(form);
      String answer;
      if (!KEY.equals(form.get("api_key"))) {
        answer = method.equals("verify-key") ? "invalid" : "invalid";
        exchange.getResponseHeaders().add("X-akismet-debug-help", "We were unable to verify your API key.");
      } else if (method.equals("verify-key")) {
        answer = "valid";
      } else if (method.equals("comment-check")) {
        String author = form.getOrDefault("comment_author", "");
        if (author.equals("akismet-guaranteed-spam")) {
          answer = "true";
          if (form.getOrDefault("comment_content", "").contains("blatant")) {
            exchange.getResponseHeaders().add("X-akismet-pro-tip", "discard");
          }
        } else if (author.equals("server-error")) {
          exchange.sendResponseHeaders(500, -1);
          exchange.close();
          return;
        } else {
          answer = "false";
        }
      } else {
        answer = "Thanks for making the web a better place.";
      }
      byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private static Map<String, String> parse(String body) {
    Map<String, String> form = new HashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        form.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return form;
  }

  private AkismetClient client(String key) {
    return AkismetClient.builder(key, URI.create("https://blog.example.net/"))
        .endpoint(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/1.1/"))
        .timeout(Duration.ofSeconds(5)).build();
  }

  private Rejoinder rejoinder(AkismetClient akismet) {
    Rejoinder rejoinder = Rejoinder.builder()
        .moderation(ModerationPolicy.builder()
            .externalChecker(akismet, Duration.ofSeconds(5), ExternalCheckRule.OnFailure.HOLD).build())
        .listener(akismet.feedback())
        .build();
    rejoinder.createPost(Post.of(POST, "Hello", SiteUser.of("1", "Ed"), Instant.parse("2024-05-01T12:00:00Z")));
    return rejoinder;
  }

  private int readers;

  /** A comment from a reader of an address of their own, so that flood control lets it through. */
  private Comment say(Rejoinder rejoinder, String name, String text) {
    readers++;
    return rejoinder.submit(NewComment.on(POST, Guest.of(name, name + "@example.com"), Body.plain(text))
        .withClient(ClientInfo.of("192.0.2." + readers, "Agent/1.0")));
  }

  @Test
  void commentCheck_sendsTheCommentsFields_andSpamIsKeptAsSpam() {
    Rejoinder rejoinder = rejoinder(client(KEY));
    Comment ham = say(rejoinder, "ann", "Lovely post");
    Comment spam = say(rejoinder, "akismet-guaranteed-spam", "Buy now");

    assertThat(ham.state()).isEqualTo(ModerationState.APPROVED);
    assertThat(spam.state()).isEqualTo(ModerationState.SPAM);
    Map<String, String> first = calls.get(0);
    assertThat(first).containsEntry("method", "comment-check").containsEntry("api_key", KEY)
        .containsEntry("blog", "https://blog.example.net/").containsEntry("user_ip", "192.0.2.1")
        .containsEntry("user_agent", "Agent/1.0").containsEntry("comment_type", "comment")
        .containsEntry("comment_author", "ann").containsEntry("comment_author_email", "ann@example.com")
        .containsEntry("comment_content", "Lovely post");
  }

  @Test
  void blatantSpam_isMarkedForDiscarding() throws Exception {
    var verdict = client(KEY).check(org.rejoinder.moderation.Submission.builder()
        .post(Post.of(POST, "Hello", SiteUser.of("1", "Ed"), Instant.EPOCH))
        .author(Guest.of("akismet-guaranteed-spam", "x@example.com")).body(Body.plain("blatant"))
        .client(ClientInfo.NONE).at(Instant.EPOCH).build());
    assertThat(verdict.reason()).isEqualTo(AkismetClient.DISCARD);
  }

  @Test
  void anInvalidKeyOrAServerError_isAFailure_andThePolicyHoldsTheComment() throws Exception {
    Rejoinder rejoinder = rejoinder(client("wrong"));
    assertThat(say(rejoinder, "ann", "Hello").state()).isEqualTo(ModerationState.PENDING);
    Rejoinder failing = rejoinder(client(KEY));
    assertThat(say(failing, "server-error", "Hello").state()).isEqualTo(ModerationState.PENDING);
    assertThatThrownBy(() -> client("wrong").check(org.rejoinder.moderation.Submission.builder()
            .post(Post.of(POST, "Hello", SiteUser.of("1", "Ed"), Instant.EPOCH))
            .author(Guest.of("ann", "ann@example.com")).body(Body.plain("x"))
            .client(ClientInfo.NONE).at(Instant.EPOCH).build()))
        .isInstanceOf(IOException.class).hasMessageContaining("unable to verify");
  }

  @Test
  void verifyKey_saysWhetherTheKeyIsValid() throws Exception {
    assertThat(client(KEY).verifyKey()).isTrue();
    assertThat(client("wrong").verifyKey()).isFalse();
  }

  @Test
  void moderatorsDecisions_areToldAsSubmitSpamAndSubmitHam() throws Exception {
    AkismetClient akismet = client(KEY);
    Rejoinder rejoinder = rejoinder(akismet);
    Comment c = say(rejoinder, "ann", "Actually fine");
    var moderation = rejoinder.moderation(Actor.moderator(SiteUser.of("1", "Ed")));
    moderation.markSpam(c.id());
    moderation.markNotSpam(c.id());

    akismet.awaitFeedback();
    assertThat(calls).extracting(m -> m.get("method"))
        .containsExactlyInAnyOrder("comment-check", "submit-spam", "submit-ham");
    assertThat(calls.get(1)).containsEntry("comment_author", "ann").containsEntry("comment_content", "Actually fine");
  }
}
