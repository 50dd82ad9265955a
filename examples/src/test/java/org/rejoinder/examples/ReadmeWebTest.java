package org.rejoinder.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.rejoinder.Rejoinder;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;
import org.rejoinder.testing.Docs;
import org.rejoinder.web.CommentsWeb;
import org.rejoinder.web.jdk.JdkHttpHandler;

/** The wiring shown in web/README.md serves the discussion and its JSON API. */
class ReadmeWebTest {

  @Test
  void theWebReadmesWiring_servesTheDiscussion() throws Exception {
    // README web begins
    Rejoinder rejoinder = Rejoinder.builder().build();
    byte[] secret = new byte[32];  // keep yours in configuration: the same across restarts and servers
    new SecureRandom().nextBytes(secret);
    CommentsWeb web = CommentsWeb.builder(rejoinder, secret)
        .identities(request -> Optional.empty())  // who is signed in: ask your sessions
        .build();

    HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 100);
    server.createContext("/", new JdkHttpHandler(web));
    server.setExecutor(Executors.newFixedThreadPool(16));  // bounded: never a thread per connection
    server.start();
    // README web ends
    try {
      rejoinder.createPost(Post.of(PostId.of("hello"), "Hello", SiteUser.of("1", "Ada"), Instant.now()));
      URI base = URI.create("http://localhost:" + server.getAddress().getPort() + "/");
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> page = http.send(HttpRequest.newBuilder(base.resolve("posts/hello")).build(),
          HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> counts = http.send(HttpRequest.newBuilder(base.resolve("api/counts?post=hello")).build(),
          HttpResponse.BodyHandlers.ofString());

      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("No responses to “Hello”").contains("id=\"commentform\"");
      assertThat(counts.body()).isEqualTo("{\"counts\":{\"hello\":0}}");
    } finally {
      server.stop(0);
      ((ExecutorService) server.getExecutor()).shutdown();
    }
    Docs.assertShows(Path.of("..", "web", "README.md"), "## Wiring it", ReadmeWebTest.class, "web");
  }
}
