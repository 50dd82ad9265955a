package org.rejoinder.interop;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where test files are: the real exports beside the repository, and this module's own. */
final class Fixtures {
  /** The shared exports, beside the repository's root as CI's clone and a work tree have them. */
  static final Path SHARED = Path.of("..", "..", "shared", "fixtures");

  private Fixtures() {}

  /** Returns a shared export, or skips the test with a message when the folder is absent. */
  static Path shared(String relative) {
    assumeTrue(Files.isDirectory(SHARED),
        "The real exports are not beside the repository (../shared/fixtures): conformance"
            + " tests are skipped");
    Path file = SHARED.resolve(relative);
    assumeTrue(Files.isRegularFile(file), "../shared/fixtures has no " + relative);
    return file;
  }

  /** Returns one of this module's own test files. */
  static Path own(String relative) {
    try {
      return Path.of(Fixtures.class.getResource("/" + relative).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes {@code xml} to a file in {@code dir} and returns it. */
  static Path write(Path dir, String name, String xml) {
    try {
      return Files.writeString(dir.resolve(name), xml, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
