package org.rejoinder.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo server seeds its database once, serves the post's page, and keeps what it stored. */
class DemoServerTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static HttpResponse<String> get(DemoServer server, String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(server.url().resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theFirstStart_seedsTheSampleDiscussion_andALaterStartKeepsIt(@TempDir Path target) throws Exception {
    try (DemoServer first = DemoServer.start(DemoServer.Settings.defaults(0, target))) {
      assertThat(first.seeded()).isTrue();
      assertThat(first.url().toString()).startsWith("http://localhost:");
      HttpResponse<String> page = get(first, "posts/ten-years-of-writing-in-public");
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("35 responses to “Ten years of writing in public”")
          .contains("<script defer src=\"/assets/rejoinder.js\"></script>");
      assertThat(page.headers().firstValue("Content-Security-Policy")).isPresent();
      assertThat(get(first, "assets/rejoinder.js").body()).contains("comment-reply-link");
      assertThat(first.moderatorPassword()).hasSizeGreaterThanOrEqualTo(12);
    }
    try (DemoServer second = DemoServer.start(DemoServer.Settings.defaults(0, target))) {
      assertThat(second.seeded()).isFalse();
      assertThat(get(second, "posts/ten-years-of-writing-in-public").body()).contains("35 responses");
      assertThat(get(second, "moderation").statusCode()).isEqualTo(303);
    }
  }
}
