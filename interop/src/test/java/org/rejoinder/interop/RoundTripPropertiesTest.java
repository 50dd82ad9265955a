package org.rejoinder.interop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rejoinder.jdbc.JdbcCommentStore;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.Post;
import org.rejoinder.moderation.Ban;
import org.rejoinder.moderation.BanList;
import org.rejoinder.store.CommentQuery;
import org.rejoinder.store.InMemoryCommentStore;
import org.rejoinder.thread.CommentOrder;
import org.rejoinder.thread.ThreadOptions;
import org.rejoinder.thread.ThreadPageRequest;
import org.sqlite.SQLiteDataSource;

/**
 * Random discussions survive an export and an import, and a backup and a restore, in memory and
 * in the JDBC store.
 */
class RoundTripPropertiesTest {

  static LongStream seeds() {
    return LongStream.range(0, 40).map(i -> 0x5EED0000L + i);
  }

  static LongStream fewerSeeds() {
    return seeds().limit(8);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void aWxrExport_importsAsTheSamePostsAndComments(long seed) throws IOException {
    InMemoryCommentStore original = new InMemoryCommentStore();
    Discussions.fill(original, seed, false);
    Path file = Files.createTempFile("rejoinder-export", ".xml");
    try {
      try (var out = Files.newOutputStream(file)) {
        WxrExporter.builder(original).siteUrl("https://example.com/").build().export(PostSelection.all(), out);
      }
      InMemoryCommentStore copy = new InMemoryCommentStore();
      ImportReport report = WxrImporter.builder(copy).build().importFile(file);

      assertThat(report.commentsRejected() + report.commentsSkipped() + report.commentsCleaned()).isZero();
      List<Comment> before = original.find(CommentQuery.all());
      Map<String, Comment> after = new HashMap<>();
      Map<CommentId, Comment> afterById = new HashMap<>();
      copy.find(CommentQuery.all()).forEach(c -> {
        after.put(c.source().id(), c);
        afterById.put(c.id(), c);
      });
      assertThat(after).hasSize(before.size());
      for (Comment c : before) {
        Comment imported = after.get(c.id().toString());
        assertThat(imported).as("comment " + c.id()).isNotNull();
        assertThat(imported.postId()).isEqualTo(c.postId());
        assertThat(imported.parentId() == null ? null : afterById.get(imported.parentId()).source().id())
            .isEqualTo(c.parentId() == null ? null : c.parentId().toString());
        assertThat(imported.state()).isEqualTo(c.state());
        assertThat(imported.type()).isEqualTo(c.type());
        assertThat(imported.author()).isEqualTo(c.author());
        assertThat(imported.body()).as("body of " + c.id()).isEqualTo(c.body());
        assertThat(imported.createdAt()).isEqualTo(c.createdAt().truncatedTo(ChronoUnit.SECONDS));
        assertThat(imported.client()).isEqualTo(c.client());
      }
      for (Post post : original.posts(null, 100)) {
        if (original.commentsOf(post.id()).isEmpty()) {
          assertThat(copy.findPost(post.id())).as("a post without comments is not imported").isEmpty();
          continue;
        }
        Post imported = copy.findPost(post.id()).orElseThrow();
        assertThat(imported.title()).isEqualTo(post.title());
        assertThat(imported.author()).isEqualTo(post.author());
        assertThat(imported.commentStatus()).isEqualTo(post.commentStatus());
        assertThat(imported.publishedAt()).isEqualTo(post.publishedAt().truncatedTo(ChronoUnit.SECONDS));
        if (post.link() != null) {
          assertThat(imported.link()).isEqualTo(post.link());
        }
      }
    } finally {
      Files.delete(file);
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void backupRestoreBackup_givesTheSameBytes(long seed) throws IOException {
    InMemoryCommentStore original = new InMemoryCommentStore();
    Discussions.fill(original, seed, true);
    BanList bans = BanList.of(Ban.ip("203.0.113.0/24"), Ban.email("spam@example.com").rejecting());
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    Backup.of(original).withBans(bans).write(first);
    Path file = Files.createTempFile("rejoinder-backup", ".jsonl");
    try {
      Files.write(file, first.toByteArray());
      InMemoryCommentStore restored = new InMemoryCommentStore();
      BanList restoredBans = new BanList();

      Backup.of(restored).withBans(restoredBans).restore(file);

      ByteArrayOutputStream second = new ByteArrayOutputStream();
      Backup.of(restored).withBans(restoredBans).write(second);
      assertThat(second.toString(StandardCharsets.UTF_8))
          .isEqualTo(first.toString(StandardCharsets.UTF_8));
      assertThat(restored.find(CommentQuery.all())).isEqualTo(original.find(CommentQuery.all()));
      assertThat(restored.nextCommentId().value()).isGreaterThan(original.lastCommentId());
    } finally {
      Files.delete(file);
    }
  }

  @ParameterizedTest
  @MethodSource("fewerSeeds")
  void aBackupRestoredIntoSqlite_backsUpAsTheSameBytes_votesPinsAndMentionsIncluded(long seed)
      throws IOException {
    InMemoryCommentStore original = new InMemoryCommentStore();
    Discussions.fill(original, seed, true);
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    Backup.of(original).write(first);
    Path file = Files.createTempFile("rejoinder-backup", ".jsonl");
    Path folder = Files.createTempDirectory("rejoinder-restored");
    SQLiteDataSource sqlite = new SQLiteDataSource();
    sqlite.setUrl("jdbc:sqlite:" + folder.resolve("comments.db").toAbsolutePath()
        + "?journal_mode=WAL&synchronous=FULL&foreign_keys=true&busy_timeout=10000");
    try {
      Files.write(file, first.toByteArray());
      JdbcCommentStore restored = JdbcCommentStore.builder(sqlite).batchSize(7).build();
      restored.migrate();

      Backup.of(restored).restore(file);

      ByteArrayOutputStream second = new ByteArrayOutputStream();
      Backup.of(restored).write(second);
      assertThat(second.toString(StandardCharsets.UTF_8)).isEqualTo(first.toString(StandardCharsets.UTF_8));
      assertThat(restored.find(CommentQuery.all())).isEqualTo(original.find(CommentQuery.all()));
      for (Post post : original.posts(null, 100)) {
        for (CommentOrder order : CommentOrder.builtIns()) {
          ThreadPageRequest request = ThreadPageRequest.of(post.id(), Actor.ANONYMOUS,
              ThreadOptions.DEFAULTS.withSort(order), 1);
          assertThat(restored.threadPage(request)).as(post.id() + " by " + order.name())
              .isEqualTo(original.threadPage(request));
        }
      }
    } finally {
      Files.delete(file);
      try (Stream<Path> files = Files.list(folder)) {
        for (Path f : files.toList()) {
          Files.delete(f);
        }
      }
      Files.delete(folder);
    }
  }
}
