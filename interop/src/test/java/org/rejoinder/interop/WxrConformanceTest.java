package org.rejoinder.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.CommentType;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.SourceId;
import org.rejoinder.store.CommentQuery;
import org.rejoinder.store.InMemoryCommentStore;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Real WordPress exports import with every comment's parent, state, type, author and date as the
 * file has them. What the file has is read here by other means (the DOM, whole), and compared.
 */
class WxrConformanceTest {
  private static final DateTimeFormatter WP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

  /** One comment as the file has it. */
  record Expected(String id, String parent, ModerationState state, CommentType type, String author,
      Instant date, String postId) {}

  @ParameterizedTest
  @ValueSource(strings = {
      "wxr/wordpress-importer__theme-unit-test-data.xml",
      "wxr/wordpress-importer__a11y-unit-test-data.xml",
      "wxr/wordpress-importer__test-serialized-comment-meta.xml",
      "wxr/wordpress-importer__valid-wxr-1.1.xml",
      "wxr/wordpress-importer__wxr-comprehensive.xml",
      "wxr/isso__wordpress.xml"})
  void everyCommentOfARealExport_isImportedAsTheFileHasIt(String fixture) throws Exception {
    Path file = Fixtures.shared(fixture);
    List<Expected> expected = expected(file);
    InMemoryCommentStore store = new InMemoryCommentStore();

    ImportReport report = WxrImporter.builder(store).includeDrafts(true).build().importFile(file);

    long twice = expected.size() - expected.stream().map(Expected::id).distinct().count();
    assertThat(report.commentsRead()).isEqualTo(expected.size());
    assertThat(report.commentsImported()).isEqualTo(expected.size() - twice);
    assertThat(report.commentsRejected()).isEqualTo(twice);
    assertThat(report.commentsSkipped()).isZero();
    Map<SourceId, Comment> bySource = new HashMap<>();
    Map<CommentId, Comment> byId = new HashMap<>();
    for (Post post : store.posts(null, 1_000)) {
      for (Comment c : store.commentsOf(post.id())) {
        bySource.put(c.source(), c);
        byId.put(c.id(), c);
      }
    }
    Set<String> ids = new java.util.HashSet<>();
    for (Expected e : expected) {
      if (!ids.add(e.id())) {
        continue; // the file holds it twice: the first is kept
      }
      Comment c = bySource.get(SourceId.of("wordpress", e.id()));
      assertThat(c).as("comment " + e.id()).isNotNull();
      String parent = c.parentId() == null ? "0" : byId.get(c.parentId()).source().id();
      assertThat(parent).as("parent of " + e.id())
          .isEqualTo(ids.contains(e.parent()) ? e.parent() : "0");
      assertThat(c.state()).as("state of " + e.id()).isEqualTo(e.state());
      assertThat(c.type()).as("type of " + e.id()).isEqualTo(e.type());
      assertThat(c.author().displayName()).as("author of " + e.id()).isEqualTo(e.author());
      assertThat(c.createdAt()).as("date of " + e.id()).isEqualTo(e.date());
      assertThat(c.postId().value()).as("post of " + e.id()).isEqualTo(e.postId());
      assertThat(store.auditTrail(c.id())).singleElement()
          .satisfies(entry -> assertThat(entry.reason()).contains(file.getFileName().toString()));
    }
  }

  @Test
  void theThemeUnitTest_holdsWhatItsSourceSays() {
    Path file = Fixtures.shared("wxr/wordpress-importer__theme-unit-test-data.xml");
    InMemoryCommentStore store = new InMemoryCommentStore();

    WxrImporter.builder(store).build().importFile(file);

    List<Comment> all = store.find(CommentQuery.all());
    assertThat(all).hasSize(33);
    assertThat(all).filteredOn(c -> c.state() == ModerationState.APPROVED).hasSize(30);
    assertThat(all).filteredOn(c -> c.state() == ModerationState.PENDING).hasSize(3);
    assertThat(all).filteredOn(c -> c.type() == CommentType.TRACKBACK).hasSize(2);
    assertThat(all).filteredOn(c -> c.type() == CommentType.PINGBACK).hasSize(2);
    assertThat(all).filteredOn(Comment::isReply).hasSize(10);
    Map<CommentId, Comment> byId = new HashMap<>();
    all.forEach(c -> byId.put(c.id(), c));
    int deepest = 0;
    for (Comment c : all) {
      int depth = 1;
      for (Comment p = c; p.parentId() != null; p = byId.get(p.parentId())) {
        depth++;
      }
      deepest = Math.max(deepest, depth);
    }
    assertThat(deepest).isEqualTo(10);
  }

  @Test
  void importingTheSameFileTwice_addsNothingTheSecondTime() {
    Path file = Fixtures.shared("wxr/wordpress-importer__theme-unit-test-data.xml");
    InMemoryCommentStore store = new InMemoryCommentStore();
    WxrImporter importer = WxrImporter.builder(store).build();
    importer.importFile(file);

    ImportReport again = importer.importFile(file);

    assertThat(again.commentsImported()).isZero();
    assertThat(again.commentsPresent()).isEqualTo(33);
    assertThat(again.postsImported()).isZero();
    assertThat(store.count(CommentQuery.all())).isEqualTo(33);
  }

  /** Reads what the file holds with the DOM: every comment of every post that is imported. */
  static List<Expected> expected(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document doc = factory.newDocumentBuilder().parse(file.toFile());
    List<Expected> expected = new ArrayList<>();
    NodeList items = doc.getElementsByTagName("item");
    for (int i = 0; i < items.getLength(); i++) {
      Element item = (Element) items.item(i);
      String type = child(item, "post_type", "post");
      String status = child(item, "status", "publish");
      if (type.equals("attachment") || Set.of("trash", "auto-draft").contains(status)) {
        continue;
      }
      String slug = child(item, "post_name", "");
      String link = child(item, "link", "");
      String postId = !slug.isEmpty() ? slug : !child(item, "post_id", "").isEmpty()
          ? child(item, "post_id", "") : link.replaceAll(".*[?&]p=(\\d+).*", "$1");
      String postGmt = child(item, "post_date_gmt", "");
      Instant postDate = postGmt.isEmpty() || postGmt.startsWith("0000")
          ? LocalDateTime.parse(child(item, "post_date", "1970-01-01 00:00:00"), WP).toInstant(ZoneOffset.UTC)
          : LocalDateTime.parse(postGmt, WP).toInstant(ZoneOffset.UTC);
      for (Node n = item.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element c && c.getLocalName().equals("comment")) {
          String approved = child(c, "comment_approved", "1");
          ModerationState state = switch (approved) {
            case "1" -> ModerationState.APPROVED;
            case "0" -> ModerationState.PENDING;
            case "spam" -> ModerationState.SPAM;
            default -> ModerationState.TRASH;
          };
          String commentType = child(c, "comment_type", "");
          CommentType kind = commentType.equals("pingback") ? CommentType.PINGBACK
              : commentType.equals("trackback") ? CommentType.TRACKBACK : CommentType.COMMENT;
          String gmt = child(c, "comment_date_gmt", "");
          String local = child(c, "comment_date", "");
          Instant date = !gmt.isEmpty() && !gmt.startsWith("0000")
              ? LocalDateTime.parse(gmt, WP).toInstant(ZoneOffset.UTC)
              : !local.isEmpty() ? LocalDateTime.parse(local, WP).toInstant(ZoneOffset.UTC) : postDate;
          String author = child(c, "comment_author", "");
          expected.add(new Expected(child(c, "comment_id", ""), child(c, "comment_parent", "0"),
              state, kind, author.isEmpty() ? "Anonymous" : author, date, postId));
        }
      }
    }
    return expected;
  }

  private static String child(Element parent, String localName, String otherwise) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getLocalName().equals(localName)) {
        String text = e.getTextContent().strip();
        return text.isEmpty() ? otherwise : text;
      }
    }
    return otherwise;
  }
}
