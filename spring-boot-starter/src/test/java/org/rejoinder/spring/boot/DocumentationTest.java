package org.rejoinder.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rejoinder.Rejoinder;
import org.rejoinder.jdbc.JdbcCommentStore;
import org.rejoinder.render.BodyRenderer;
import org.rejoinder.servlet.CommentsServlet;
import org.rejoinder.testing.Docs;
import org.rejoinder.web.CommentsWeb;

/** The starter's and the servlet adapter's pages name only API that exists. */
class DocumentationTest {
  private static final JavaClasses CLASSES = Docs.classesOf(Rejoinder.class, BodyRenderer.class,
      JdbcCommentStore.class, CommentsWeb.class, CommentsServlet.class, RejoinderAutoConfiguration.class);

  @ParameterizedTest
  @ValueSource(strings = {"spring-boot-starter/README.md", "servlet/README.md"})
  void everyApiNameAPageMentions_exists(String page) {
    assertThat(Docs.unknownNames(Path.of("..").resolve(page), CLASSES)).isEmpty();
  }
}
