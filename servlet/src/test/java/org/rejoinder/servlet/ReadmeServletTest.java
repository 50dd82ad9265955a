package org.rejoinder.servlet;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;
import org.rejoinder.Rejoinder;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;
import org.rejoinder.testing.Docs;
import org.rejoinder.web.CommentsWeb;

/** The wiring shown in servlet/README.md serves the discussion under the context path. */
class ReadmeServletTest {

  @Test
  void theServletReadmesWiring_servesTheDiscussionUnderTheContextPath() throws Exception {
    Rejoinder rejoinder = Rejoinder.builder().build();
    rejoinder.createPost(Post.of(PostId.of("hello"), "Hello", SiteUser.of("1", "Ada"), Instant.now()));
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler("/blog");
    context.addServletContainerInitializer((classes, servletContext) -> {
      // README servlet begins
      CommentsWeb web = CommentsWeb.builder(rejoinder, secret)
          .basePath(servletContext.getContextPath() + "/comments")
          .identities(request -> Optional.empty())  // who is signed in: ask your sessions
          .build();
      servletContext.addServlet("comments", new CommentsServlet(web)).addMapping("/comments/*");
      // README servlet ends
    });
    server.setHandler(context);
    server.start();
    try {
      HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
              "http://127.0.0.1:" + connector.getLocalPort() + "/blog/comments/posts/hello")).build(),
          HttpResponse.BodyHandlers.ofString());

      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains("id=\"commentform\"").contains("action=\"/blog/comments/comments\"");
    } finally {
      server.stop();
    }
    Docs.assertShows(Path.of("README.md"), "## Wiring it", ReadmeServletTest.class, "servlet");
  }
}
