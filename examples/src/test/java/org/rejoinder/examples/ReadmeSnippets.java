package org.rejoinder.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads README.md's code blocks and the tests that run them, so that the two can be compared. */
final class ReadmeSnippets {
  private ReadmeSnippets() {}

  /** Returns the first java block after the heading {@code heading} of README.md, normalised. */
  static List<String> readmeBlock(String heading) throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    Matcher block =
        Pattern.compile(Pattern.quote(heading) + "\\n.*?```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    if (!block.find()) {
      throw new AssertionError("README.md has no java block under " + heading);
    }
    return normalise(block.group(1));
  }

  /** Returns the code of a test source between two marker comments, normalised. */
  static List<String> testedBlock(String testClass, String begins, String ends) throws IOException {
    String source =
        Files.readString(
            Path.of("src/test/java/org/rejoinder/examples/" + testClass + ".java"),
            StandardCharsets.UTF_8);
    return normalise(
        source.substring(source.indexOf('\n', source.indexOf(begins)) + 1, source.indexOf(ends)));
  }

  /** Drops the common indentation and blank edges, so only the code itself is compared. */
  private static List<String> normalise(String code) {
    List<String> lines = code.stripTrailing().lines().dropWhile(String::isBlank).toList();
    int indent =
        lines.stream()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    return lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent).stripTrailing()).toList();
  }
}
