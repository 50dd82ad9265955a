package org.rejoinder.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rejoinder.Rejoinder;
import org.rejoinder.jdbc.JdbcCommentStore;
import org.rejoinder.render.BodyRenderer;
import org.rejoinder.testing.Docs;
import org.rejoinder.web.CommentsWeb;

/** The pages around the modules name only API that exists. */
class DocumentationTest {
  private static final JavaClasses CLASSES = Docs.classesOf(Rejoinder.class, BodyRenderer.class, JdbcCommentStore.class,
      CommentsWeb.class, Demo.class);

  @ParameterizedTest
  @ValueSource(strings = {"README.md", "docs/guide.md", "docs/design.md", "CONTRIBUTING.md",
      "examples/README.md", "web/README.md"})
  void everyApiNameAPageMentions_exists(String page) {
    assertThat(Docs.unknownNames(Path.of("..").resolve(page), CLASSES)).isEmpty();
  }
}
