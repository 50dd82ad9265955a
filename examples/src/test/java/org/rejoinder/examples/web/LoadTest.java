package org.rejoinder.examples.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rejoinder.examples.DemoServer;

/**
 * Many readers at once against the running demo server: every comment sent is either stored or
 * refused by a rule, with that rule's status; none is lost and none fails with a server error.
 * Requests without a CSRF token, or too large, are refused before the store is touched.
 */
class LoadTest {
  private static final int CLIENTS = 20;
  private static final int COMMENTS_EACH = 10;
  private static final Pattern TOKEN = Pattern.compile("id=\"comment_parent\" value=\"0\"><input type=\"hidden\" name=\"_csrf\" value=\"([^\"]+)\"");
  private static final Pattern RESPONSES = Pattern.compile("(\\d+) responses to");

  private static DemoServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start(Duration.ofMillis(300));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static final HttpClient HTTP = HttpClient.newBuilder()
      .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

  /** One reader: the cookies the server set, sent back with every request. */
  private static final class Reader {
    final Map<String, String> cookies = new ConcurrentHashMap<>();

    <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) throws Exception {
      if (!cookies.isEmpty()) {
        StringBuilder header = new StringBuilder();
        cookies.forEach((name, value) -> header.append(header.length() == 0 ? "" : "; ").append(name).append('=').append(value));
        request.header("Cookie", header.toString());
      }
      HttpResponse<T> response = HTTP.send(request.build(), body);
      for (String set : response.headers().allValues("Set-Cookie")) {
        String pair = set.split(";", 2)[0];
        int equals = pair.indexOf('=');
        cookies.put(pair.substring(0, equals), pair.substring(equals + 1));
      }
      return response;
    }
  }

  private static Reader client() {
    return new Reader();
  }

  private static String page(Reader client) throws Exception {
    HttpResponse<String> page = client.send(HttpRequest.newBuilder(server.url().resolve(TestServer.postPath())),
        HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    return page.body();
  }

  private static int responses(String page) {
    Matcher m = RESPONSES.matcher(page);
    assertThat(m.find()).isTrue();
    return Integer.parseInt(m.group(1));
  }

  private static HttpResponse<String> post(Reader client, Map<String, String> fields) throws Exception {
    StringBuilder body = new StringBuilder();
    fields.forEach((name, value) -> body.append(body.length() == 0 ? "" : "&")
        .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
        .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return client.send(HttpRequest.newBuilder(server.url().resolve("comments"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body.toString())), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void twoHundredCommentsFromTwentyClients_areEachStoredOrRefusedByARule() throws Exception {
    int before = responses(page(client()));
    Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    List<Future<?>> clients = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      int client = c;
      clients.add(pool.submit(() -> {
        Reader http = client();
        Random random = new Random(client);
        String token = token(page(http));
        for (int i = 0; i < COMMENTS_EACH; i++) {
          // Every fourth comment repeats the one before: refused as a duplicate once that one is stored.
          String text = "Reader " + client + " says " + (i % 4 == 3 ? i - 1 : i);
          HttpResponse<String> answer = post(http, Map.of("_csrf", token, "comment_post_ID",
              "ten-years-of-writing-in-public", "comment_parent", "0", "author", "Reader " + client,
              "email", "reader" + client + "@example.com", "comment", text));
          statuses.computeIfAbsent(answer.statusCode(), s -> new AtomicInteger()).incrementAndGet();
          Thread.sleep(random.nextInt(400));
        }
        return null;
      }));
    }
    for (Future<?> done : clients) {
      done.get();
    }
    pool.shutdown();

    int stored = statuses.getOrDefault(303, new AtomicInteger()).get();
    System.out.println("Answers by status to " + CLIENTS * COMMENTS_EACH + " comments: " + statuses);
    assertThat(statuses.keySet()).isSubsetOf(303, 409, 429);
    assertThat(statuses.values().stream().mapToInt(AtomicInteger::get).sum()).isEqualTo(CLIENTS * COMMENTS_EACH);
    assertThat(stored).isPositive();
    assertThat(statuses.get(429)).as("flood refusals").isNotNull();
    assertThat(responses(page(client()))).isEqualTo(before + stored);
  }

  private static String token(String page) {
    Matcher m = TOKEN.matcher(page);
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  @Test
  void requestsWithoutAToken_orTooLarge_areRefused_andStoreNothing() throws Exception {
    Reader http = client();
    int before = responses(page(http));
    Map<String, String> fields = Map.of("comment_post_ID", "ten-years-of-writing-in-public",
        "author", "Nobody", "email", "nobody@example.com", "comment", "No token");

    HttpResponse<String> noToken = post(http, fields);
    HttpResponse<String> tooLarge = http.send(HttpRequest.newBuilder(server.url().resolve("comments"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[2 << 20])),
        HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> apiNoToken = http.send(HttpRequest.newBuilder(
            server.url().resolve("api/posts/ten-years-of-writing-in-public/comments"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"author\":{\"name\":\"N\",\"email\":\"n@example.com\"},\"text\":\"x\"}")),
        HttpResponse.BodyHandlers.ofString());

    assertThat(noToken.statusCode()).isEqualTo(403);
    assertThat(tooLarge.statusCode()).isEqualTo(413);
    assertThat(apiNoToken.statusCode()).isEqualTo(403);
    assertThat(apiNoToken.body()).contains("\"code\":\"PERMISSION_DENIED\"");
    assertThat(responses(page(http))).isEqualTo(before);
  }
}
