package org.rejoinder.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.PostId;
import org.rejoinder.subscription.Notification;
import org.rejoinder.subscription.NotificationKind;
import org.rejoinder.testing.MutableClock;

/** The webhook against a local HTTP server that checks the signature as an endpoint would. */
class WebhookNotifierTest {
  private static final byte[] SECRET = "a shared secret of thirty-two bytes or more".getBytes(StandardCharsets.UTF_8);

  private final AtomicInteger status = new AtomicInteger(204);
  private final List<String> received = new CopyOnWriteArrayList<>();
  private final HttpServer server;
  private final MutableClock clock = MutableClock.at("2024-05-01T12:00:00Z");

  WebhookNotifierTest() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/hook", exchange -> {
      byte[] body = exchange.getRequestBody().readAllBytes();
      String timestamp = exchange.getRequestHeaders().getFirst("X-Rejoinder-Timestamp");
      Mac mac;
      try {
        mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET, "HmacSHA256"));
      } catch (java.security.GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
      mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
      String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
      boolean genuine = expected.equals(exchange.getRequestHeaders().getFirst("X-Rejoinder-Signature"));
      received.add((genuine ? "signed " : "forged ") + exchange.getRequestHeaders().getFirst("Idempotency-Key")
          + " " + new String(body, StandardCharsets.UTF_8));
      exchange.sendResponseHeaders(genuine ? status.get() : 401, -1);
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private WebhookNotifier notifier(byte[] secret) {
    return WebhookNotifier.builder(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook"), secret)
        .timeout(Duration.ofSeconds(5)).clock(clock).build();
  }

  private static Message message() {
    Notification n = Notification.of(NotificationKind.REPLY, "comment-7", "ann@example.com", null,
        PostId.of("hello"), CommentId.of(7), Instant.parse("2024-05-01T11:00:00Z"));
    return new Message(n, "Hello", "Bob", "A \"quoted\" reply", URI.create("https://example.net/posts/hello#comment-7"),
        URI.create("https://example.net/subscriptions/unsubscribe?token=t"), null);
  }

  @Test
  void aMessageIsPostedAsSignedJson_withItsKey() throws Exception {
    notifier(SECRET).send(message());

    assertThat(received).singleElement().satisfies(line -> assertThat(line).startsWith("signed reply/comment-7/"));
    JsonNode body = new ObjectMapper().readTree(received.get(0).substring(received.get(0).indexOf('{')));
    assertThat(body.get("kind").asText()).isEqualTo("reply");
    assertThat(body.get("text").asText()).isEqualTo("A \"quoted\" reply");
    assertThat(body.get("authorName").asText()).isEqualTo("Bob");
    assertThat(body.has("confirm")).isFalse();
  }

  @Test
  void aMentionAndADigest_carryTheirKind_andADigestItsItems() throws Exception {
    Notification mentioned = Notification.of(NotificationKind.MENTIONED, "comment-8", "ann@example.com",
        null, PostId.of("hello"), CommentId.of(8), Instant.parse("2024-05-01T11:00:00Z"));
    notifier(SECRET).send(new Message(mentioned, "Hello", "Bob", "@Ann yes",
        URI.create("https://example.net/posts/hello#comment-8"), null, null));
    Notification digest = new Notification("digest/abc/def", NotificationKind.DIGEST, "ann@example.com",
        null, PostId.of("hello"), null, Instant.parse("2024-05-01T11:00:00Z"), 0,
        Instant.parse("2024-05-01T12:00:00Z"), null);
    notifier(SECRET).send(new Message(digest, "Hello", null, "", null,
        URI.create("https://example.net/subscriptions/unsubscribe?token=t"), null,
        List.of(new Message.Item(NotificationKind.REPLY, "Bob", "First",
                URI.create("https://example.net/posts/hello#comment-8")),
            new Message.Item(NotificationKind.NEW_COMMENT, "Cat", "Second",
                URI.create("https://example.net/posts/hello#comment-9")))));

    ObjectMapper json = new ObjectMapper();
    JsonNode first = json.readTree(received.get(0).substring(received.get(0).indexOf('{')));
    assertThat(first.get("kind").asText()).isEqualTo("mentioned");
    assertThat(first.has("items")).isFalse();
    JsonNode second = json.readTree(received.get(1).substring(received.get(1).indexOf('{')));
    assertThat(received.get(1)).startsWith("signed digest/abc/def ");
    assertThat(second.get("kind").asText()).isEqualTo("digest");
    assertThat(second.get("items")).hasSize(2);
    assertThat(second.get("items").get(1).get("kind").asText()).isEqualTo("new-comment");
    assertThat(second.get("items").get(1).get("authorName").asText()).isEqualTo("Cat");
    assertThat(second.get("items").get(1).get("excerpt").asText()).isEqualTo("Second");
    assertThat(second.get("items").get(1).get("link").asText()).endsWith("#comment-9");
  }

  @Test
  void serverErrorsAreWorthRetrying_butRefusalsAndBadSignaturesAreNot() {
    status.set(503);
    assertThatThrownBy(() -> notifier(SECRET).send(message()))
        .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.isPermanent()).isFalse());
    status.set(429);
    assertThatThrownBy(() -> notifier(SECRET).send(message()))
        .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.isPermanent()).isFalse());
    status.set(204);
    byte[] wrong = "another secret of thirty-two bytes or more!".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> notifier(wrong).send(message()))
        .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.isPermanent()).isTrue());
  }

  @Test
  void anUnreachableEndpoint_isWorthRetrying() {
    server.stop(0);
    assertThatThrownBy(() -> notifier(SECRET).send(message()))
        .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.isPermanent()).isFalse());
  }

  @Test
  void aShortSecretOrARelativeEndpoint_isRefused() {
    assertThatThrownBy(() -> WebhookNotifier.builder(URI.create("http://x/"), new byte[8]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("secret");
    assertThatThrownBy(() -> WebhookNotifier.builder(URI.create("/hook"), SECRET))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("endpoint");
  }
}
