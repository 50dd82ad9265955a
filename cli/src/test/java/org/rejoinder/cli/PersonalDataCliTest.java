package org.rejoinder.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rejoinder.cli.CliRun.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reader's request about their data, answered from the command line. */
class PersonalDataCliTest {
  @TempDir Path dir;

  private String db() {
    return "jdbc:sqlite:" + dir.resolve("comments.db").toAbsolutePath();
  }

  private void importAnnsComments() throws IOException {
    Path file = Files.writeString(dir.resolve("site.xml"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel><wp:wxr_version>1.2</wp:wxr_version>
        <item><title>Hello</title><link>https://example.com/hello/</link><dc:creator>admin</dc:creator>
        <wp:post_id>7</wp:post_id><wp:post_date_gmt>2020-01-01 00:00:00</wp:post_date_gmt>
        <wp:post_name>hello</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
        <wp:comment><wp:comment_id>1</wp:comment_id><wp:comment_author>Ann</wp:comment_author>
        <wp:comment_author_email>ann@example.com</wp:comment_author_email>
        <wp:comment_author_IP>192.0.2.1</wp:comment_author_IP>
        <wp:comment_date_gmt>2020-01-02 10:00:00</wp:comment_date_gmt>
        <wp:comment_content>First!</wp:comment_content><wp:comment_approved>1</wp:comment_approved>
        <wp:comment_parent>0</wp:comment_parent></wp:comment>
        <wp:comment><wp:comment_id>2</wp:comment_id><wp:comment_author>Bo</wp:comment_author>
        <wp:comment_author_email>bo@example.com</wp:comment_author_email>
        <wp:comment_date_gmt>2020-01-02 12:00:00</wp:comment_date_gmt>
        <wp:comment_content>A reply</wp:comment_content><wp:comment_approved>1</wp:comment_approved>
        <wp:comment_parent>1</wp:comment_parent></wp:comment>
        </item></channel></rss>
        """, StandardCharsets.UTF_8);
    assertThat(run("import", "wxr", file.toString(), "--db", db()).code()).isZero();
  }

  @Test
  void exportThenErase_leavesTheThreadAndNothingUnderTheAddress() throws IOException {
    importAnnsComments();

    Path json = dir.resolve("ann.json");
    CliRun exported = run("export-personal-data", "--email", "Ann@Example.com", "--out", json.toString(), "--db", db());
    assertThat(exported.code()).as(exported.err()).isZero();
    assertThat(exported.out()).startsWith("Exported 1 comments, 0 reports, 0 subscriptions and 0 votes to ");
    assertThat(Files.readString(json)).contains("\"email\" : \"ann@example.com\"", "First!", "192.0.2.1")
        .doesNotContain("bo@example.com");

    CliRun erased = run("erase-personal-data", "--email", "ann@example.com", "--requested-by", "Dana", "--yes", "--db", db());
    assertThat(erased.code()).as(erased.err()).isZero();
    assertThat(erased.out()).startsWith("Erased (request ").contains("by operator:Dana", ": 1 comments,")
        .doesNotContain("ann@");

    CliRun after = run("export-personal-data", "--email", "ann@example.com", "--db", db());
    assertThat(after.code()).isZero();
    assertThat(after.out()).contains("\"comments\"").doesNotContain("First!").doesNotContain("192.0.2.1");
    assertThat(run("show", "--post", "hello", "--format", "outline", "--db", db()).out())
        .isEqualTo("2 responses to “Hello”\n1. Anonymous\n  2. Bo\n");
  }

  @Test
  void erasingWithoutYesOrWithAnAddressAsTheRequester_isAUsageMistake_andErasesNothing() throws IOException {
    importAnnsComments();

    CliRun unconfirmed = run("erase-personal-data", "--email", "ann@example.com", "--requested-by", "Dana", "--db", db());
    assertThat(unconfirmed.code()).isEqualTo(2);
    assertThat(unconfirmed.err()).contains("--yes");
    CliRun byAddress = run("erase-personal-data", "--email", "ann@example.com", "--requested-by", "dana@example.com",
        "--yes", "--db", db());
    assertThat(byAddress.code()).isEqualTo(2);
    assertThat(byAddress.err()).contains("--requested-by");
    assertThat(run("erase-personal-data", "--email", "not an address", "--requested-by", "Dana", "--yes",
        "--db", db()).code()).isEqualTo(1);

    assertThat(run("show", "--post", "hello", "--format", "outline", "--db", db()).out()).contains("1. Ann");
  }
}
