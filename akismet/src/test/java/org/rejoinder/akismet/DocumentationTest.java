package org.rejoinder.akismet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.rejoinder.Rejoinder;
import org.rejoinder.testing.Docs;

/** The Akismet README names only API that exists. */
class DocumentationTest {
  @Test
  void everyApiNameTheReadmeMentions_exists() {
    assertThat(Docs.unknownNames(Path.of("README.md"), Docs.classesOf(Rejoinder.class, AkismetClient.class))).isEmpty();
  }
}
