package org.rejoinder.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rejoinder.store.InMemoryCommentStore;

/** This module's README shows code that runs, and what it prints. */
class InteropReadmeTest {
  @TempDir Path dir;

  @Test
  void theImportingSnippet_runsAndPrintsWhatTheReadmeShows() throws IOException {
    Path file = Fixtures.write(dir, "site.xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss xmlns:wp="http://wordpress.org/export/1.2/"><channel>
        <item><title>Hello</title><wp:post_id>5</wp:post_id><wp:post_name>hello</wp:post_name>
        <wp:status>publish</wp:status><wp:post_date>2024-03-01 12:00:00</wp:post_date>
        <wp:comment><wp:comment_id>10</wp:comment_id><wp:comment_author>Ann</wp:comment_author>
          <wp:comment_date>2024-03-01 13:00:00</wp:comment_date><wp:comment_content>Hi</wp:comment_content></wp:comment>
        <wp:comment><wp:comment_id>12</wp:comment_id><wp:comment_author>Bo</wp:comment_author>
          <wp:comment_date>2024-03-01 13:05:00</wp:comment_date><wp:comment_parent>11</wp:comment_parent>
          <wp:comment_content>Hi back</wp:comment_content></wp:comment>
        <wp:comment><wp:comment_id>13</wp:comment_id><wp:comment_author>Cy</wp:comment_author>
          <wp:comment_date>2024-03-01 13:10:00</wp:comment_date><wp:comment_content>Late</wp:comment_content></wp:comment>
        </item></channel></rss>
        """);
    PrintStream original = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      // README importing begins
      InMemoryCommentStore store = new InMemoryCommentStore();
      ImportReport report = WxrImporter.builder(store)
          .siteZone(ZoneId.of("Europe/Paris"))   // for dates the file gives only in local time
          .build()
          .importFile(file);
      System.out.print(report.summary());
      // README importing ends
    } finally {
      System.setOut(original);
    }

    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    assertThat(block(readme, "## Importing", "java")).isEqualTo(snippet("importing"));
    assertThat(block(readme, "not in the file:\n", "")).isEqualTo(printed.toString(StandardCharsets.UTF_8));
  }

  /** Returns the first fenced block of {@code language} after {@code heading}. */
  private static String block(String readme, String heading, String language) {
    Matcher m = Pattern.compile(Pattern.quote(heading) + "\\n.*?```" + language + "\\n(.*?)```",
        Pattern.DOTALL).matcher(readme);
    assertThat(m.find()).as("README.md has a block under " + heading).isTrue();
    return m.group(1);
  }

  private static String snippet(String name) throws IOException {
    String source = Files.readString(
        Path.of("src/test/java/org/rejoinder/interop/InteropReadmeTest.java"), StandardCharsets.UTF_8);
    String begin = "// README " + name + " begins";
    String code = source.substring(source.indexOf('\n', source.indexOf(begin)) + 1,
        source.indexOf("// README " + name + " ends"));
    List<String> lines = code.stripTrailing().lines().toList();
    int indent = lines.stream().filter(l -> !l.isBlank())
        .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      out.append(line.isBlank() ? "" : line.substring(indent).stripTrailing()).append('\n');
    }
    return out.toString();
  }
}
