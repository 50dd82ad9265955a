package org.rejoinder.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.h2.jdbcx.JdbcDataSource;
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
  void readme_showsTheStorageSnippetThatRuns() {
    Docs.assertShows(README, "### Wiring the JDBC store", ReadmeStorageTest.class, "storage");
  }
}
