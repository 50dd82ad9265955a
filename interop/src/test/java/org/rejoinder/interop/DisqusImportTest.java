package org.rejoinder.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.ExternalIdentity;
import org.rejoinder.model.Guest;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SourceId;
import org.rejoinder.store.CommentQuery;
import org.rejoinder.store.InMemoryCommentStore;

/** Disqus exports: the real ones beside the repository, and this module's own quirks. */
class DisqusImportTest {
  @TempDir Path dir;

  private static Map<String, Comment> bySource(InMemoryCommentStore store) {
    Map<String, Comment> found = new HashMap<>();
    store.find(CommentQuery.all()).forEach(c -> found.put(c.source().id(), c));
    return found;
  }

  @Test
  void issosExport_importsEveryPostOfAKnownThread_withItsParentStateAuthorAndDate() {
    Path file = Fixtures.shared("disqus/isso__disqus.xml");
    InMemoryCommentStore store = new InMemoryCommentStore();

    ImportReport report = DisqusImporter.builder(store).build().importFile(file);

    Map<String, Comment> comments = bySource(store);
    assertThat(comments).containsOnlyKeys("4", "5", "8", "9", "11");
    Comment first = comments.get("4");
    assertThat(first.postId()).isEqualTo(PostId.of("some-id"));
    assertThat(first.parentId()).isNull();
    assertThat(first.author()).isEqualTo(Guest.of("peter", "foo@bar.com"));
    assertThat(first.createdAt()).isEqualTo(Instant.parse("2013-10-10T19:20:29Z"));
    assertThat(first.state()).isEqualTo(ModerationState.APPROVED);
    assertThat(comments.get("5").parentId()).isEqualTo(first.id());
    assertThat(comments.get("5").author())
        .isEqualTo(ExternalIdentity.of(new org.rejoinder.model.IdentityProvider("disqus", "Disqus"), "user", "user")
            .withEmail("foo@bar.com"));
    Comment deleted = comments.get("9");
    assertThat(deleted.state()).isEqualTo(ModerationState.TRASH);
    assertThat(comments.get("11").parentId()).isEqualTo(deleted.id());
    assertThat(comments.get("8").postId()).isEqualTo(PostId.of("index.html"));
    assertThat(report.commentsRead()).isEqualTo(6);
    assertThat(report.commentsImported()).isEqualTo(5);
    assertThat(report.commentsRejected()).isEqualTo(1);
    assertThat(report.issues()).anySatisfy(issue -> {
      assertThat(issue.source()).isEqualTo(SourceId.of("disqus", "6"));
      assertThat(issue.problem()).contains("1337");
    });
  }

  @Test
  void matchingByLink_findsAPostStoredWithThatLink() {
    Path file = Fixtures.shared("disqus/isso__disqus.xml");
    InMemoryCommentStore store = new InMemoryCommentStore();
    store.insertPost(org.rejoinder.model.Post.builder().id(PostId.of("home")).title("Home")
        .author(org.rejoinder.model.SiteUser.of("1", "Ada")).publishedAt(Instant.EPOCH)
        .link("http://example.org/").build());

    DisqusImporter.builder(store).matchBy(DisqusThread.Matcher.byLink()).build().importFile(file);

    assertThat(store.commentsOf(PostId.of("home"))).extracting(c -> c.source().id())
        .containsExactlyInAnyOrder("4", "5", "9", "11");
  }

  @Test
  void remark42sBrokenExports_areRefusedWithTheLineAndColumn_andStoreNothing() {
    for (String name : new String[] {"remark42__disqus.xml", "remark42__disqus-deleted-post.xml",
        "remark42__disqus-deleted-thread.xml"}) {
      Path file = Fixtures.shared("disqus/" + name);
      InMemoryCommentStore store = new InMemoryCommentStore();

      assertThatThrownBy(() -> DisqusImporter.builder(store).build().importFile(file))
          .isInstanceOf(MalformedFileException.class)
          .hasMessageStartingWith(name + ":1:")
          .satisfies(e -> assertThat(((MalformedFileException) e).line()).isEqualTo(1));
      assertThat(store.count(CommentQuery.all())).isZero();
    }
  }

  @Test
  void repliesBeforeTheirParents_spam_andAPostLeftOutByTheMatcher() {
    Path file = Fixtures.write(dir, "quirks.xml", """
        <?xml version="1.0"?>
        <disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals">
          <post dsq:id="30"><message><![CDATA[<p>reply first</p>]]></message>
            <createdAt>2020-01-01T10:05:00Z</createdAt><isDeleted>false</isDeleted><isSpam>false</isSpam>
            <author><name>Bo</name><isAnonymous>true</isAnonymous></author>
            <thread dsq:id="1"/><parent dsq:id="20"/></post>
          <post dsq:id="20"><message>parent &amp; later</message>
            <createdAt>2020-01-01T10:00:00Z</createdAt><isDeleted>false</isDeleted><isSpam>true</isSpam>
            <author><name>Al</name><isAnonymous>true</isAnonymous></author><thread dsq:id="1"/></post>
          <thread dsq:id="1"><id>post-1</id><link>https://example.com/post-1/</link>
            <title>Post 1</title><createdAt>2019-12-31T00:00:00Z</createdAt><isClosed>true</isClosed></thread>
          <thread dsq:id="2"><id/><link/></thread>
          <post dsq:id="40"><message>nowhere</message><createdAt>2020-01-01T10:00:00Z</createdAt>
            <author><name>Cy</name></author><thread dsq:id="2"/></post>
        </disqus>
        """);
    InMemoryCommentStore store = new InMemoryCommentStore();

    ImportReport report = DisqusImporter.builder(store).build().importFile(file);

    Map<String, Comment> comments = bySource(store);
    assertThat(comments).containsOnlyKeys("20", "30");
    assertThat(comments.get("20").state()).isEqualTo(ModerationState.SPAM);
    assertThat(comments.get("20").body().text()).isEqualTo("parent & later");
    assertThat(comments.get("30").parentId()).isEqualTo(comments.get("20").id());
    assertThat(store.findPost(PostId.of("post-1")).orElseThrow().commentStatus().mode().name())
        .isEqualTo("CLOSED");
    assertThat(report.postsSkipped()).isEqualTo(1);
    assertThat(report.commentsSkipped()).isEqualTo(1);
    CommentId unused = comments.get("30").id();
    assertThat(unused.value()).isPositive();
  }
}
