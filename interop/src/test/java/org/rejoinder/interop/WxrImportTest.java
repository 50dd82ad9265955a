package org.rejoinder.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.Guest;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.PostId;
import org.rejoinder.store.CommentQuery;
import org.rejoinder.store.InMemoryCommentStore;

/** This module's own WXR files: what the real exports lack. */
class WxrImportTest {
  @TempDir Path dir;
  private final InMemoryCommentStore store = new InMemoryCommentStore();

  private static String item(String postId, String slug, String status, String comments) {
    return "<item><title>Post " + postId + "</title><link>https://example.com/" + slug + "/</link>"
        + "<dc:creator>admin</dc:creator><wp:post_id>" + postId + "</wp:post_id>"
        + "<wp:post_date_gmt>2020-01-01 00:00:00</wp:post_date_gmt><wp:comment_status>open</wp:comment_status>"
        + "<wp:post_name>" + slug + "</wp:post_name><wp:status>" + status + "</wp:status>"
        + "<wp:post_type>post</wp:post_type>" + comments + "</item>\n";
  }

  private static String comment(String id, String parent, String extra) {
    return "<wp:comment><wp:comment_id>" + id + "</wp:comment_id>"
        + "<wp:comment_author><![CDATA[Author " + id + "]]></wp:comment_author>"
        + "<wp:comment_date_gmt>2020-01-02 00:00:" + (10 + id.length()) + "</wp:comment_date_gmt>"
        + "<wp:comment_approved>1</wp:comment_approved><wp:comment_parent>" + parent + "</wp:comment_parent>"
        + (extra.contains("comment_content") ? "" : "<wp:comment_content>text " + id + "</wp:comment_content>")
        + extra + "</wp:comment>";
  }

  private Path wxr(String items) {
    return Fixtures.write(dir, "site.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
        + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\""
        + " xmlns:wp=\"https://wordpress.org/export/1.2/\"><channel>\n"
        + "<wp:wxr_version>1.2</wp:wxr_version>\n" + items + "</channel></rss>\n");
  }

  private Map<String, Comment> bySource() {
    Map<String, Comment> found = new HashMap<>();
    store.find(CommentQuery.all()).forEach(c -> found.put(c.source().id(), c));
    return found;
  }

  @Test
  void repliesBeforeTheirParents_keepTheirParents_andAMissingParentMakesATopLevelComment() {
    Path file = wxr(item("1", "hello", "publish",
        comment("30", "20", "") + comment("20", "10", "") + comment("10", "0", "")
            + comment("40", "99", "") + comment("50", "40", "")));

    ImportReport report = WxrImporter.builder(store).build().importFile(file);

    Map<String, Comment> c = bySource();
    assertThat(c.get("30").parentId()).isEqualTo(c.get("20").id());
    assertThat(c.get("20").parentId()).isEqualTo(c.get("10").id());
    assertThat(c.get("40").parentId()).isNull();
    assertThat(c.get("50").parentId()).isEqualTo(c.get("40").id());
    assertThat(report.commentsMovedToTopLevel()).isEqualTo(1);
    assertThat(report.issues()).singleElement().satisfies(i -> {
      assertThat(i.action()).isEqualTo(ImportIssue.Action.MOVED_TO_TOP_LEVEL);
      assertThat(i.problem()).contains("wordpress:99");
    });
  }

  @Test
  void commentMetaOfPlugins_isNotImported_butTheReportCountsItByKey() {
    String akismet = "<wp:commentmeta><wp:meta_key>akismet_result</wp:meta_key>"
        + "<wp:meta_value><![CDATA[false]]></wp:meta_value></wp:commentmeta>";
    String rating = "<wp:commentmeta><wp:meta_key>rating</wp:meta_key>"
        + "<wp:meta_value>5</wp:meta_value></wp:commentmeta>";
    Path file = wxr(item("1", "hello", "publish",
        comment("1", "0", akismet + rating) + comment("2", "0", akismet) + comment("3", "0", "")));

    ImportReport report = WxrImporter.builder(store).build().importFile(file);

    assertThat(report.commentsImported()).isEqualTo(3);
    assertThat(report.droppedMeta()).containsExactly(entry("akismet_result", 2L), entry("rating", 1L));
    assertThat(report.summary())
        .contains("metadata not imported, having no place in Rejoinder: akismet_result on 2 comments, rating on 1 comment");
  }

  @Test
  void splitCdataEntitiesEmojiRightToLeftAndCombiningMarks_surviveByteForByte() {
    Path file = wxr(item("1", "hello", "publish", comment("1", "0",
        "<wp:comment_content><![CDATA[a ]]]]><![CDATA[> b]]>&amp;&lt;&#233; 😀 שלום e\u0301]]></wp:comment_content>"
            .replace("]]></wp:comment_content>", "</wp:comment_content>"))));

    WxrImporter.builder(store).build().importFile(file);

    assertThat(bySource().get("1").body().text()).isEqualTo("a ]]> b&<é 😀 שלום e\u0301");
  }

  @Test
  void valuesThatBreakTheLimits_areCleanedOrRejected_andListedBySourceId() {
    String longName = "N".repeat(300);
    Path file = wxr(item("1", "hello", "publish",
        comment("1", "0", "<wp:comment_author_email>not-an-address</wp:comment_author_email>"
            + "<wp:comment_author_url>javascript:alert(1)</wp:comment_author_url>"
            + "<wp:comment_author_IP>999.1.1.1</wp:comment_author_IP>")
            .replace("Author 1", longName)
        + comment("2", "0", "<wp:comment_content>bell\u0090 text</wp:comment_content>")
        + comment("3", "0", "<wp:comment_content>   </wp:comment_content>")
        + comment("4", "3", "")));

    ImportReport report = WxrImporter.builder(store).build().importFile(file);

    Map<String, Comment> c = bySource();
    assertThat(c.get("1").author()).isEqualTo(Guest.of("N".repeat(245), null));
    assertThat(c.get("1").client().ip()).isNull();
    assertThat(c.get("2").body().text()).isEqualTo("bell text");
    assertThat(c).doesNotContainKey("3");
    assertThat(c.get("4").parentId()).isNull();
    assertThat(report.commentsCleaned()).isEqualTo(2);
    assertThat(report.commentsRejected()).isEqualTo(1);
    List<String> listed = new ArrayList<>();
    report.issues().forEach(i -> listed.add(i.source().id() + " " + i.field() + " " + i.action()));
    assertThat(listed).containsExactly(
        "1 author.name CLEANED", "1 author.email CLEANED", "1 author.website CLEANED",
        "1 client.ip CLEANED", "2 body CLEANED", "3 body REJECTED", "4 parent MOVED_TO_TOP_LEVEL");
  }

  @Test
  void draftsAndAttachmentsAreSkippedWithTheirComments_unlessDraftsAreAsked() {
    Path file = wxr(item("1", "draft", "draft", comment("1", "0", ""))
        + item("2", "live", "publish", comment("2", "0", "") + comment("3", "0",
            "<wp:comment_approved>spam</wp:comment_approved>".replace("spam", "post-trashed"))));

    ImportReport report = WxrImporter.builder(store).build().importFile(file);

    assertThat(report.postsSkipped()).isEqualTo(1);
    assertThat(report.commentsSkipped()).isEqualTo(1);
    assertThat(store.findPost(PostId.of("draft"))).isEmpty();
    assertThat(store.findPost(PostId.of("live")).orElseThrow().link()).isEqualTo("https://example.com/live/");
    InMemoryCommentStore withDrafts = new InMemoryCommentStore();
    WxrImporter.builder(withDrafts).includeDrafts(true).build().importFile(file);
    assertThat(withDrafts.findPost(PostId.of("draft"))).isPresent();
  }

  @Test
  void aDryRun_reportsWhatWouldBeImported_andStoresNothing() {
    Path file = wxr(item("1", "hello", "publish", comment("1", "0", "") + comment("2", "1", "")));

    ImportReport report = WxrImporter.builder(store).dryRun(true).build().importFile(file);

    assertThat(report.dryRun()).isTrue();
    assertThat(report.commentsImported()).isEqualTo(2);
    assertThat(report.postsImported()).isEqualTo(1);
    assertThat(store.posts(null, 10)).isEmpty();
  }

  @Test
  void aGmtDateOfZeros_fallsBackToTheLocalDateInTheSitesZone() {
    Path file = wxr(item("1", "hello", "publish", comment("1", "0", "")
        .replace("<wp:comment_date_gmt>2020-01-02 00:00:11</wp:comment_date_gmt>",
            "<wp:comment_date>2020-01-02 12:00:00</wp:comment_date>"
                + "<wp:comment_date_gmt>0000-00-00 00:00:00</wp:comment_date_gmt>")));

    WxrImporter.builder(store).siteZone(java.time.ZoneId.of("Europe/Paris")).build().importFile(file);

    assertThat(bySource().get("1").createdAt()).isEqualTo(Instant.parse("2020-01-02T11:00:00Z"));
  }

  @Test
  void committingInBatches_keepsWhatWasCommittedWhenTheFileBreaks_andARunAgainAddsTheRest() {
    StringBuilder comments = new StringBuilder();
    for (int i = 1; i <= 2_500; i++) {
      comments.append(comment(Integer.toString(i), "0", ""));
    }
    String items = item("1", "hello", "publish", comments.toString());
    Path broken = wxr(items + "<item><title>cut</titel>");
    WxrImporter importer = WxrImporter.builder(store).commitEvery(1_000).build();

    assertThatThrownBy(() -> importer.importFile(broken)).isInstanceOf(MalformedFileException.class);
    long kept = store.count(CommentQuery.all());
    assertThat(kept).isEqualTo(2_000);

    ImportReport again = importer.importFile(wxr(items));
    assertThat(again.commentsPresent()).isEqualTo(2_000);
    assertThat(again.commentsImported()).isEqualTo(500);
    assertThat(store.count(CommentQuery.all())).isEqualTo(2_500);
    assertThat(store.find(CommentQuery.all())).extracting(Comment::state).containsOnly(ModerationState.APPROVED);
    CommentId any = store.find(CommentQuery.all()).get(0).id();
    assertThat(store.auditTrail(any)).singleElement()
        .satisfies(e -> assertThat(e.reason()).isEqualTo("imported from WordPress (site.xml)"));
  }
}
