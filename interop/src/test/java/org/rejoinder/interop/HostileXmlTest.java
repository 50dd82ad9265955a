package org.rejoinder.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rejoinder.store.CommentQuery;
import org.rejoinder.store.InMemoryCommentStore;

/** Each known XML attack is refused, with nothing stored and nothing read from elsewhere. */
class HostileXmlTest {
  @TempDir Path dir;
  private final InMemoryCommentStore store = new InMemoryCommentStore();

  private ImportReport importWxr(Path file) {
    return WxrImporter.builder(store).build().importFile(file);
  }

  private static String wxr(String doctype, String content) {
    return "<?xml version=\"1.0\"?>\n" + doctype
        + "<rss xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel><item><title>T</title>"
        + "<wp:post_id>1</wp:post_id><wp:post_name>t</wp:post_name><wp:status>publish</wp:status>"
        + "<wp:comment><wp:comment_id>1</wp:comment_id><wp:comment_author>A</wp:comment_author>"
        + "<wp:comment_date_gmt>2020-01-01 00:00:00</wp:comment_date_gmt>"
        + "<wp:comment_content>" + content + "</wp:comment_content></wp:comment></item></channel></rss>";
  }

  @Test
  void anExternalEntity_isRefused_andTheFileItNamesIsNeverRead() throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP SECRET");
    Path file = Fixtures.write(dir, "xxe.xml", wxr(
        "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n", "&xxe;"));

    assertThatThrownBy(() -> importWxr(file))
        .isInstanceOf(MalformedFileException.class)
        .hasMessageContaining("document type declarations are refused")
        .hasMessageNotContaining("TOP SECRET");
    assertThat(store.count(CommentQuery.all())).isZero();
  }

  @Test
  void theBillionLaughs_areRefused_beforeAnyExpansion() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE rss [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"")
          .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    Path file = Fixtures.write(dir, "laughs.xml", wxr(dtd + "]>\n", "&lol9;"));

    assertThatThrownBy(() -> importWxr(file))
        .isInstanceOf(MalformedFileException.class)
        .hasMessageContaining("document type declarations are refused");
    assertThat(store.count(CommentQuery.all())).isZero();
  }

  @Test
  void anUndeclaredEntity_isMalformed() {
    Path file = Fixtures.write(dir, "entity.xml", wxr("", "&undeclared;"));

    assertThatThrownBy(() -> importWxr(file)).isInstanceOf(MalformedFileException.class)
        .hasMessageContaining("entity.xml:2:").hasMessageContaining("undeclared");
  }

  @Test
  void deeplyNestedElements_areRefusedAtTheLimit() {
    String deep = "<x>".repeat(100_000) + "</x>".repeat(100_000);
    Path file = Fixtures.write(dir, "deep.xml", "<?xml version=\"1.0\"?><rss><channel>" + deep
        + "</channel></rss>");

    assertThatThrownBy(() -> importWxr(file))
        .isInstanceOf(MalformedFileException.class)
        .hasMessageContaining("deep.xml:1:");
  }

  @Test
  void aBrokenFile_namesTheLineAndColumn_andStoresNothingOfWhatCameBefore() {
    String good = wxr("", "fine").replace("</channel></rss>", "");
    Path file = Fixtures.write(dir, "broken.xml", good + "\n<item>\n  <title>oops</titel>\n</item></channel></rss>");

    assertThatThrownBy(() -> importWxr(file))
        .isInstanceOf(MalformedFileException.class)
        .satisfies(e -> {
          MalformedFileException m = (MalformedFileException) e;
          assertThat(m.line()).isEqualTo(4);
          assertThat(m.column()).isPositive();
          assertThat(m.getMessage()).startsWith("broken.xml:4:");
        });
    assertThat(store.count(CommentQuery.all())).isZero();
    assertThat(store.posts(null, 10)).isEmpty();
  }

  @Test
  void aHugeBody_isRejectedWithoutHoldingIt_andTheRestIsImported() {
    Path file = Fixtures.write(dir, "huge.xml", wxr("", "<![CDATA[" + "x".repeat(3_000_000) + "]]>"));

    ImportReport report = importWxr(file);

    assertThat(report.commentsRejected()).isEqualTo(1);
    assertThat(report.issues()).singleElement()
        .satisfies(i -> assertThat(i.problem()).contains("longer than 65525 bytes"));
  }
}
