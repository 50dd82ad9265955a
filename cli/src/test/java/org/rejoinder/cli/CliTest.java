package org.rejoinder.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rejoinder.cli.CliRun.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command forms operators' scripts call, run in process against SQLite and H2 files. */
class CliTest {
  @TempDir Path dir;

  private String db() {
    return "jdbc:sqlite:" + dir.resolve("comments.db").toAbsolutePath();
  }

  private Path wxr() throws IOException {
    return Files.writeString(dir.resolve("site.xml"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel><wp:wxr_version>1.2</wp:wxr_version>
        <item><title>Hello</title><link>https://example.com/hello/</link><dc:creator>admin</dc:creator>
        <wp:post_id>7</wp:post_id><wp:post_date_gmt>2020-01-01 00:00:00</wp:post_date_gmt>
        <wp:post_name>hello</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
        <wp:comment><wp:comment_id>1</wp:comment_id><wp:comment_author>Ann</wp:comment_author>
        <wp:comment_date_gmt>2020-01-02 10:00:00</wp:comment_date_gmt>
        <wp:comment_content>First!</wp:comment_content><wp:comment_approved>1</wp:comment_approved>
        <wp:comment_parent>0</wp:comment_parent></wp:comment>
        <wp:comment><wp:comment_id>2</wp:comment_id><wp:comment_author>Other blog</wp:comment_author>
        <wp:comment_author_url>https://other.example/</wp:comment_author_url>
        <wp:comment_date_gmt>2020-01-02 11:00:00</wp:comment_date_gmt>
        <wp:comment_content>[…] linked […]</wp:comment_content><wp:comment_approved>1</wp:comment_approved>
        <wp:comment_type>pingback</wp:comment_type><wp:comment_parent>0</wp:comment_parent></wp:comment>
        <wp:comment><wp:comment_id>3</wp:comment_id><wp:comment_author>Bo</wp:comment_author>
        <wp:comment_date_gmt>2020-01-02 12:00:00</wp:comment_date_gmt>
        <wp:comment_content>A reply</wp:comment_content><wp:comment_approved>1</wp:comment_approved>
        <wp:comment_parent>1</wp:comment_parent></wp:comment>
        </item></channel></rss>
        """, StandardCharsets.UTF_8);
  }

  @Test
  void importExportBackupRestoreAndShow_workInTheirDocumentedForms() throws IOException {
    Path file = wxr();

    CliRun dry = run("import", "wxr", file.toString(), "--db", db(), "--dry-run");
    assertThat(dry.code()).isZero();
    assertThat(dry.out()).startsWith("Dry run of site.xml").contains("3 imported");

    CliRun imported = run("import", "wxr", file.toString(), "--db", db());
    assertThat(imported.code()).as(imported.err()).isZero();
    assertThat(imported.out()).contains("comments: 3 read, 3 imported");
    assertThat(run("import", "wxr", file.toString(), "--db", db()).out()).contains("3 already present");

    CliRun outline = run("show", "--post", "hello", "--format", "outline", "--db", db());
    // Numbers follow time: the pingback (11:00) came before Bo's reply (12:00).
    assertThat(outline.out()).isEqualTo("3 responses to “Hello”\n1. Ann\n  3. Bo\n2. Other blog (pingback)\n");
    assertThat(run("show", "--post", "hello", "--db", db()).out()).contains("**2.** Pingback: [Other blog]");
    assertThat(run("show", "--post", "hello", "--format", "html", "--db", db()).out())
        .contains("<!DOCTYPE html>").contains("class=\"pingback");

    Path export = dir.resolve("export.xml");
    CliRun exported = run("export", "wxr", "--out", export.toString(), "--post", "hello", "--db", db());
    assertThat(exported.code()).isZero();
    assertThat(Files.readString(export)).contains("<wp:wxr_version>1.2</wp:wxr_version>");

    Path backup = dir.resolve("backup.jsonl");
    assertThat(run("backup", "--out", backup.toString(), "--db", db()).out())
        .isEqualTo("Backed up 1 posts and 3 comments to " + backup + "\n");
    String otherDb = "jdbc:h2:file:" + dir.resolve("other").toAbsolutePath() + ";WRITE_DELAY=0";
    // The backup moves between databases of different kinds: SQLite to H2 here.
    assertThat(run("restore", backup.toString(), "--db", otherDb).code()).isZero();
    Path again = dir.resolve("again.jsonl");
    run("backup", "--out", again.toString(), "--db", otherDb);
    assertThat(Files.readString(again)).isEqualTo(Files.readString(backup));

    Path disqus = Files.writeString(dir.resolve("disqus.xml"), """
        <?xml version="1.0"?>
        <disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals">
          <thread dsq:id="1"><id>x</id><link>https://example.com/hello/</link><title>Hello</title></thread>
          <post dsq:id="9"><message>from disqus</message><createdAt>2020-01-03T00:00:00Z</createdAt>
            <author><name>Cy</name><isAnonymous>true</isAnonymous></author><thread dsq:id="1"/></post>
        </disqus>
        """);
    assertThat(run("import", "disqus", disqus.toString(), "--match-by", "link", "--db", db()).code()).isZero();
    assertThat(run("show", "--post", "hello", "--format", "outline", "--db", db()).out()).contains("4. Cy");
  }

  @Test
  void badInput_isExitCode1_inOneLine_andAUsageMistakeIsExitCode2() throws IOException {
    Path broken = Files.writeString(dir.resolve("broken.xml"), "<rss><channel>\n<item></itme>");

    CliRun bad = run("import", "wxr", broken.toString(), "--db", db());
    assertThat(bad.code()).isEqualTo(1);
    assertThat(bad.err()).startsWith("rejoinder: broken.xml:2:").doesNotContain("\tat ");
    assertThat(bad.err().lines().count()).isEqualTo(1);
    CliRun verbose = run("import", "wxr", broken.toString(), "--db", db(), "--verbose");
    assertThat(verbose.err()).contains("\tat ");

    CliRun missing = run("show", "--post", "nope", "--db", db());
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).isEqualTo("rejoinder: No post with id nope\n");

    assertThat(run("import", "wxr").code()).isEqualTo(2);
    assertThat(run("import", "disqus", "x.xml", "--match-by", "title").code()).isEqualTo(2);
    assertThat(run("frobnicate").code()).isEqualTo(2);
    assertThat(run("export", "wxr").code()).isEqualTo(2);
  }

  @Test
  void everyCommand_hasHelp() {
    for (String[] command : new String[][] {{"--help"}, {"import", "--help"}, {"import", "wxr", "--help"},
        {"import", "disqus", "--help"}, {"export", "wxr", "--help"}, {"backup", "--help"},
        {"restore", "--help"}, {"show", "--help"}}) {
      CliRun help = run(command);
      assertThat(help.code()).as(String.join(" ", command)).isZero();
      assertThat(help.out()).as(String.join(" ", command)).startsWith("Usage: rejoinder");
    }
    assertThat(run("import", "disqus", "--help").out()).contains("--match-by").contains("--dry-run");
  }
}
