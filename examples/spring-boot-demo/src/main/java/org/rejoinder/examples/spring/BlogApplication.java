package org.rejoinder.examples.spring;

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

  /** Starts the blog on http://localhost:8080/ ({@code --server.port=…} for another port). */
  public static void main(String[] args) {
    SpringApplication.run(BlogApplication.class, args);
  }
}
