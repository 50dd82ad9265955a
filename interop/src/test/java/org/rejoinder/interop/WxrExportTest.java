package org.rejoinder.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rejoinder.NewComment;
import org.rejoinder.Rejoinder;
import org.rejoinder.model.Body;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Guest;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;
import org.rejoinder.store.CommentQuery;
import org.rejoinder.store.InMemoryCommentStore;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** What a WXR export writes of text XML cannot hold, and of the posts' authors. */
class WxrExportTest {
  @TempDir Path dir;

  @Test
  void noncharactersInAComment_areWrittenAsReplacementCharacters_andTheFileStillImports() throws IOException {
    InMemoryCommentStore store = new InMemoryCommentStore();
    Rejoinder rejoinder = Rejoinder.builder().store(store).build();
    Post post = rejoinder.createPost(Post.of(PostId.of("odd"), "Odd", SiteUser.of("1", "Ada"), Instant.now()));
    rejoinder.submit(NewComment.on(post.id(), Guest.of("Ann \uFFFE", "ann@example.com"),
        Body.plain("Ends in \uFFFF, with a \uD83D\uDE00 kept")));
    Path file = dir.resolve("export.xml");
    try (var out = Files.newOutputStream(file)) {
      WxrExporter.builder(store).siteUrl("https://example.com/").build().export(PostSelection.all(), out);
    }

    InMemoryCommentStore copy = new InMemoryCommentStore();
    ImportReport report = WxrImporter.builder(copy).build().importFile(file);

    assertThat(report.commentsImported()).isEqualTo(1);
    Comment imported = copy.find(CommentQuery.all()).get(0);
    assertThat(imported.body().text()).isEqualTo("Ends in \uFFFD, with a \uD83D\uDE00 kept");
    assertThat(imported.author().displayName()).isEqualTo("Ann \uFFFD");
  }

  @Test
  void theChannel_listsEachPostAuthorOnce_beforeTheItems_asWordPressExportsDo() throws Exception {
    InMemoryCommentStore store = new InMemoryCommentStore();
    Instant at = Instant.parse("2024-05-01T10:00:00Z");
    SiteUser ada = SiteUser.of("7", "Ada Lovelace").withEmail("ada@example.com");
    store.insertPost(Post.of(PostId.of("a"), "A", ada, at));
    store.insertPost(Post.of(PostId.of("b"), "B", SiteUser.of("editor-x", "Ed"), at));
    store.insertPost(Post.of(PostId.of("c"), "C", ada, at));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WxrExporter.builder(store).siteUrl("https://example.com/").build()
        .export(PostSelection.all(), out);

    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setNamespaceAware(true);
    Element channel = (Element) factory.newDocumentBuilder()
        .parse(new ByteArrayInputStream(out.toByteArray()))
        .getElementsByTagName("channel").item(0);
    List<Element> authors = new ArrayList<>();
    List<String> order = new ArrayList<>();
    for (Node n = channel.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && (e.getLocalName().equals("author") || e.getLocalName().equals("item"))) {
        order.add(e.getLocalName());
        if (e.getLocalName().equals("author")) {
          assertThat(e.getNamespaceURI()).isEqualTo("http://wordpress.org/export/1.2/");
          authors.add(e);
        }
      }
    }

    assertThat(order).containsExactly("author", "author", "item", "item", "item");
    assertThat(authors).extracting(e -> field(e, "author_login"), e -> field(e, "author_id"),
            e -> field(e, "author_display_name"), e -> field(e, "author_email"))
        .containsExactly(tuple("7", "7", "Ada Lovelace", "ada@example.com"),
            tuple("editor-x", null, "Ed", ""));
  }

  /** Returns the text of {@code element}'s child named {@code name}, or null if it has none. */
  private static String field(Element element, String name) {
    NodeList children = element.getElementsByTagNameNS("http://wordpress.org/export/1.2/", name);
    return children.getLength() == 0 ? null : children.item(0).getTextContent();
  }
}
