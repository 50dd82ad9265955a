package org.rejoinder.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Body;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.Guest;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;

/**
 * What {@code insertAll} writes: each comment, thread and audit row once, in batches, so that an
 * import's round trips grow with its batches and not with its comments. A row written again in
 * the same transaction (a comment stored and then numbered, a thread opened and then counted)
 * doubles what the database writes; in an H2 file, which keeps every old version of a row until
 * the transaction ends, it made large imports much slower and their files much larger. Rows are
 * counted per statement text ({@link CountingDataSource#rowsByStatement}), round trips as {@link
 * CountingDataSource#roundTrips} defines them.
 */
abstract class ImportWritesContract {
  private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");
  private static final PostId POST = PostId.of("imported");
  private static final int BATCH = 100;

  private final Map<String, Integer> rows = new ConcurrentHashMap<>();
  private final AtomicInteger trips = new AtomicInteger();
  private TestDatabase database;
  private JdbcCommentStore store;

  protected abstract TestDatabase newDatabase() throws Exception;

  @BeforeEach
  void open() throws Exception {
    database = newDatabase();
    JdbcCommentStore migrated = database.migratedStore();
    store = JdbcCommentStore.builder(
            CountingDataSource.roundTrips(CountingDataSource.rowsByStatement(database.dataSource(), rows), trips))
        .dialect(migrated.dialect())
        .batchSize(BATCH)
        .build();
    store.insertPost(Post.of(POST, "Imported", SiteUser.of("1", "Ada"), T0));
  }

  @AfterEach
  void close() throws Exception {
    database.close();
  }

  /**
   * Comments {@code from} to {@code to - 1}, one a second in the order of their ids: every third
   * one starts a thread, the others reply to a comment a little before them (to {@code
   * storedParent} instead for every tenth one, if given); every seventh one is held.
   */
  private static List<Comment> discussion(long from, long to, Long storedParent) {
    List<Comment> comments = new ArrayList<>();
    for (long id = from; id < to; id++) {
      long near = id - 1 - id % 5;
      Long parent = id % 3 == 0 || near < from ? null : near;
      if (storedParent != null && id % 10 == 0) {
        parent = storedParent - id % 4;
      }
      comments.add(Comment.create(CommentId.of(id), POST, parent == null ? null : CommentId.of(parent),
          Guest.of("Reader " + id % 13, "reader" + id % 13 + "@example.com"), Body.plain("Comment " + id),
          T0.plusSeconds(id), id % 7 == 0 ? ModerationState.PENDING : ModerationState.APPROVED,
          ClientInfo.of("192.0.2." + id % 200, "Firefox")));
    }
    return comments;
  }

  /** Imports {@code comments}, counting its rows and round trips afresh. */
  private void imported(List<Comment> comments) {
    rows.clear();
    trips.set(0);
    store.insertAll(comments, Actor.SYSTEM, "imported");
  }

  /** The rows written or read by the statements whose text starts with {@code sql}. */
  private int rowsOf(String sql) {
    return rows.entrySet().stream()
        .filter(e -> e.getKey().startsWith(sql))
        .mapToInt(Map.Entry::getValue)
        .sum();
  }

  private static long approved(List<Comment> comments) {
    return comments.stream().filter(c -> c.state() == ModerationState.APPROVED).count();
  }

  @Test
  void anImport_writesEachRowOnce_inRoundTripsThatGrowWithItsBatches() {
    List<Comment> comments = discussion(1_000, 3_000, null);

    imported(comments);

    long threads = comments.stream().filter(c -> c.parentId() == null).count();
    assertThat(rowsOf("INSERT INTO rejoinder_comment")).isEqualTo(2_000);
    assertThat(rowsOf("INSERT INTO rejoinder_thread")).isEqualTo((int) threads);
    assertThat(rowsOf("INSERT INTO rejoinder_audit")).isEqualTo(2_000);
    assertThat(rowsOf("UPDATE rejoinder_comment")).as("comments written twice").isZero();
    assertThat(rowsOf("UPDATE rejoinder_thread")).as("new threads written twice").isZero();
    assertThat(trips.get()).as("round trips of 2,000 comments in batches of %d", BATCH)
        .isLessThanOrEqualTo(4 * 2_000 / BATCH + 12);
    assertThat(store.responseCounts(List.of(POST))).containsEntry(POST, (int) approved(comments));
  }

  @Test
  void anImportReplyingInStoredThreads_updatesThoseThreadsOnly_andNoStoredComment() {
    List<Comment> first = discussion(1_000, 2_000, null);
    imported(first);
    List<Comment> second = discussion(2_000, 3_000, 1_999L);

    imported(second);

    Map<Long, Long> parents = new HashMap<>();
    for (Comment c : first) {
      parents.put(c.id().value(), c.parentId() == null ? null : c.parentId().value());
    }
    for (Comment c : second) {
      parents.put(c.id().value(), c.parentId() == null ? null : c.parentId().value());
    }
    Set<Long> storedThreads = new HashSet<>();
    for (Comment c : second) {
      long root = c.id().value();
      while (parents.get(root) != null) {
        root = parents.get(root);
      }
      if (root < 2_000 && c.state() == ModerationState.APPROVED) {
        storedThreads.add(root);
      }
    }
    assertThat(storedThreads).isNotEmpty();
    assertThat(rowsOf("UPDATE rejoinder_thread")).isEqualTo(storedThreads.size());
    assertThat(rowsOf("UPDATE rejoinder_comment")).as("comments written twice").isZero();
    assertThat(rowsOf("INSERT INTO rejoinder_comment")).isEqualTo(1_000);
    assertThat(store.responseCounts(List.of(POST)))
        .containsEntry(POST, (int) (approved(first) + approved(second)));
  }
}
