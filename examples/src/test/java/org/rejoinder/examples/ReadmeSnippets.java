package org.rejoinder.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps README.md's code honest: a snippet is run by a test, between the markers {@code //
 * README <name> begins} and {@code // README <name> ends}, and README.md must show exactly that
 * code in the first java block under its heading.
 */
final class ReadmeSnippets {
  private ReadmeSnippets() {}

  /** Runs {@code code} and returns what it printed to standard output. */
  static String printedBy(Runnable code) {
    PrintStream original = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      code.run();
    } finally {
      System.setOut(original);
    }
    return printed.toString(StandardCharsets.UTF_8);
  }

  /**
   * Checks that README.md shows, under {@code heading}, the code of snippet {@code name} in the
   * test class {@code testClass}.
   */
  static void assertReadmeShows(String heading, Class<?> testClass, String name) throws IOException {
    assertPageShows(Path.of("..", "README.md"), heading, testClass, name);
  }

  /**
   * Checks that a page of the documentation ({@code ../web/README.md}, say) shows, under {@code
   * heading}, the code of snippet {@code name} in the test class {@code testClass}.
   */
  static void assertPageShows(Path page, String heading, Class<?> testClass, String name)
      throws IOException {
    String shown = block(page, heading, "java");

    String source =
        Files.readString(
            Path.of("src/test/java", testClass.getName().replace('.', '/') + ".java"),
            StandardCharsets.UTF_8);
    String begin = "// README " + name + " begins";
    String tested =
        source.substring(
            source.indexOf('\n', source.indexOf(begin)) + 1,
            source.indexOf("// README " + name + " ends"));

    assertThat(normalise(shown)).isEqualTo(normalise(tested));
  }

  /** Returns the first fenced block of {@code language} under {@code heading} in README.md. */
  static String block(String heading, String language) throws IOException {
    return block(Path.of("..", "README.md"), heading, language);
  }

  /** Returns the first fenced block of {@code language} under {@code heading} in a page. */
  static String block(Path page, String heading, String language) throws IOException {
    String readme = Files.readString(page, StandardCharsets.UTF_8);
    Matcher block =
        Pattern.compile(
                Pattern.quote(heading) + "\\n.*?```" + language + "\\n(.*?)```", Pattern.DOTALL)
            .matcher(readme);
    assertThat(block.find()).as(page + " has a " + language + " block under " + heading).isTrue();
    return block.group(1);
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
