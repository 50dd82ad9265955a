package org.rejoinder;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.rejoinder.testing.Docs;

/** Core's README names only API that exists. */
class DocumentationTest {
  @Test
  void everyApiNameTheReadmeMentions_exists() {
    assertThat(Docs.unknownNames(Path.of("README.md"), Docs.classesOf(Rejoinder.class))).isEmpty();
  }
}
