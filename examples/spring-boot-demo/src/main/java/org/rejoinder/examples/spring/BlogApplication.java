package org.rejoinder.examples.spring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small blog with comments: two posts, an index with their comment counts, each post's page
 * with its discussion and the "Leave a Reply" form, a moderator who signs in with Spring
 * Security. Rejoinder comes from its starter and a few {@code rejoinder.*} properties
 * (application.properties); the application adds only its page frame and its index.
 */
@SpringBootApplication
public class BlogApplication {

  /**
   * Starts the blog on http://localhost:8080/ ({@code --server.port=…} for another port), its
   * comments in a SQLite file under the directory named by the system property {@code blog.data}
   * ({@code blog-data} by default), which it creates.
   */
  public static void main(String[] args) throws IOException {
    Files.createDirectories(Path.of(System.getProperty("blog.data", "blog-data")));
    SpringApplication.run(BlogApplication.class, args);
  }
}
