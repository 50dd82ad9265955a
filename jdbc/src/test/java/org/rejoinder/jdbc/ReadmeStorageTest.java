package org.rejoinder.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.h2.jdbcx.JdbcDataSource;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.rejoinder.NewComment;
import org.rejoinder.Rejoinder;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Body;
import org.rejoinder.model.Guest;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;
import org.rejoinder.testing.Docs;
import org.rejoinder.thread.ThreadPage;

/** The README's snippet wiring the store, run as written, and shown exactly as run. */
class ReadmeStorageTest {
  private static final Path README = Path.of("README.md");


  @Test
  void storageSnippet_runsAsWritten() {
    String printed = Docs.printedBy(() -> {
      // README storage begins
      JdbcDataSource h2 = new JdbcDataSource();  // or the application's pool, e.g. HikariCP
      h2.setURL("jdbc:h2:mem:comments;DB_CLOSE_DELAY=-1");

      JdbcCommentStore store = JdbcCommentStore.builder(h2).build();  // dialect detected: H2
      store.migrate();  // creates or upgrades the schema; a no-op when current

      Rejoinder rejoinder = Rejoinder.builder().store(store).build();
      Post post = rejoinder.createPost(
          Post.of(PostId.of("storage"), "Storage", SiteUser.of("1", "Ada"), Instant.now()));
      rejoinder.submit(NewComment.on(post.id(),
          Guest.of("Ann", "ann@example.com"), Body.plain("Kept in H2.")));

      ThreadPage page = rejoinder.threadPage(post.id(), Actor.ANONYMOUS, 1);
      System.out.println(page.thread().responseCount() + " response on page "
          + page.number() + " of " + page.pageCount());
      // README storage ends
    });

    assertThat(printed.lines())
        .containsExactly("1 response on page 1 of 1");
  }

  @Test
  void replicaSnippet_buildsAStoreThatReadsThreadsFromTheReplica() throws Exception {
    try (TestDatabase first = TestDatabase.h2(); TestDatabase second = TestDatabase.h2()) {
      DataSource primary = first.dataSource();
      DataSource replica = second.dataSource();
      JdbcCommentStore replicated = second.migratedStore();
      // README replica begins
      JdbcCommentStore store = JdbcCommentStore.builder(primary)  // writes, moderation, by-id reads
          .readReplica(replica)  // posts, thread pages, pinned comments, counts, recent comments
          .readYourWrites(Duration.ofSeconds(30))  // longer than the replica ever lags
          .build();
      store.migrate();  // the primary; replication carries the schema to the replica
      // README replica ends
      Post post = Post.of(PostId.of("replicated"), "Replicated", SiteUser.of("1", "Ada"), Instant.now());
      store.insertPost(post);
      assertThat(store.findPost(post.id())).as("just written: from the primary").contains(post);
      JdbcCommentStore otherNode = JdbcCommentStore.builder(primary).readReplica(replica).build();
      replicated.insertPost(Post.of(post.id(), "As the replica has it", post.author(), post.publishedAt()));
      assertThat(otherNode.findPost(post.id()).orElseThrow().title()).isEqualTo("As the replica has it");
    }
  }

  @Test
  void readme_showsTheReplicaSnippetThatRuns() {
    Docs.assertShows(README, "### Read replicas", ReadmeStorageTest.class, "replica");
  }

  @Test
  void readme_showsThePartitioningSnippetThatRuns() {
    Docs.assertShows(README, "### Partitioning by post (PostgreSQL)", PostgresPartitionLayoutTest.class,
        "partitioned");
  }

  @Test
  void readme_showsTheStorageSnippetThatRuns() {
    Docs.assertShows(README, "### Wiring the JDBC store", ReadmeStorageTest.class, "storage");
  }
}
