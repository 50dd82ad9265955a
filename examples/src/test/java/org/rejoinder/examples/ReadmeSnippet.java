package org.rejoinder.examples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads code blocks from README.md and the lines between markers of a test's source. */
final class ReadmeSnippet {
  private ReadmeSnippet() {}

  /** Returns the first fenced block of {@code language} after the heading {@code heading}. */
  static String block(String heading, String language) throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    Matcher block = Pattern.compile(Pattern.quote(heading) + "\\n.*?```" + language + "\\n(.*?)```",
        Pattern.DOTALL).matcher(readme);
    if (!block.find()) {
      throw new AssertionError("README.md has no " + language + " block under " + heading);
    }
    return block.group(1);
  }

  /** Returns the lines of a test source between {@code // <marker> begins} and {@code ends}. */
  static String tested(String testClass, String marker) throws IOException {
    String source = Files.readString(
        Path.of("src/test/java/org/rejoinder/examples/" + testClass + ".java"),
        StandardCharsets.UTF_8);
    return source.substring(
        source.indexOf('\n', source.indexOf("// " + marker + " begins")) + 1,
        source.indexOf("// " + marker + " ends"));
  }

  /**
   * Returns, normalised, the java block under {@code heading} in README.md and the code a test
   * runs between its {@code // <marker> begins} and {@code ends} comments, for comparison.
   */
  static List<List<String>> readmeAndTested(String heading, String testClass, String marker)
      throws IOException {
    return List.of(normalise(block(heading, "java")), normalise(tested(testClass, marker)));
  }

  /** Drops the common indentation and blank edges, so only the code itself is compared. */
  static List<String> normalise(String code) {
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
