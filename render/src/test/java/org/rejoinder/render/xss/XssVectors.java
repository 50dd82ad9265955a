package org.rejoinder.render.xss;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The XSS vectors of {@code src/test/resources/xss/vectors.txt}. */
final class XssVectors {
  private XssVectors() {}

  static List<String> all() {
    try (InputStream in = XssVectors.class.getResourceAsStream("/xss/vectors.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#"))
          .map(line -> line.replace("\\n", "\n"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the vector on one line, for values that cannot hold line breaks. */
  static String oneLine(String vector) {
    return vector.replaceAll("[\\t\\n\\r]", " ");
  }
}
