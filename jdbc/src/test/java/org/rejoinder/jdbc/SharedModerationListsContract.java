package org.rejoinder.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rejoinder.Rejoinder;
import org.rejoinder.NewComment;
import org.rejoinder.error.InvalidInputException;
import org.rejoinder.error.PermissionDeniedException;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Body;
import org.rejoinder.model.Guest;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;
import org.rejoinder.moderation.Ban;
import org.rejoinder.moderation.BanList;
import org.rejoinder.moderation.CommentRejectedException;
import org.rejoinder.moderation.Decision;
import org.rejoinder.moderation.KeywordList;
import org.rejoinder.moderation.ModerationPolicy;
import org.rejoinder.moderation.Reasons;
import org.rejoinder.testing.MutableClock;

/**
 * Two application nodes, each with its own {@link Rejoinder} and {@link JdbcCommentStore} over
 * one database, share their bans and keyword
 * lists: a change made through one node's administration view applies there at once, and on the
 * other once that node's last read is a refresh interval old. Time is the test's clock.
 */
abstract class SharedModerationListsContract {
  private static final Duration REFRESH = Duration.ofSeconds(30);
  private static final PostId POST = PostId.of("shared");
  private static final Actor ADMIN = Actor.admin(SiteUser.of("1", "Ada"));
  private static final Guest SPAMMER = Guest.of("Sam", "sam@example.com");

  private final MutableClock clock = MutableClock.at("2024-06-01T08:00:00Z");

  /** One database, opened anew by each node as a data source of its own. */
  interface Database {
    DataSource open() throws Exception;
  }

  /** Returns a fresh database for one test; close what it opens through {@link #opened}. */
  abstract Database newDatabase() throws Exception;

  protected final List<AutoCloseable> opened = new ArrayList<>();

  @AfterEach
  void close() throws Exception {
    for (AutoCloseable c : opened) {
      c.close();
    }
  }

  /** A node: its own store and lists over the shared database, refreshed every 30 s. */
  private Rejoinder node(Database database) throws Exception {
    JdbcCommentStore store = JdbcCommentStore.builder(database.open()).build();
    store.migrate();
    ModerationPolicy policy = ModerationPolicy.builder()
        .bans(BanList.fromStore(store, REFRESH, clock))
        .moderationKeywords(KeywordList.fromStore(store, KeywordList.Kind.MODERATION, REFRESH, clock))
        .disallowedKeywords(KeywordList.fromStore(store, KeywordList.Kind.DISALLOWED, REFRESH, clock))
        .disallowedDecision(Decision.SPAM)
        .rejectDuplicates(false)
        .floodInterval(Duration.ZERO)
        .build();
    return Rejoinder.builder().store(store).clock(clock).moderation(policy).build();
  }

  private static ModerationState submit(Rejoinder node, Guest author, String text) {
    return node.submit(NewComment.on(POST, author, Body.plain(text))).state();
  }

  @Test
  void aBanAddedThroughOneNode_appliesThereAtOnce_andOnTheOtherWithinTheRefresh() throws Exception {
    Database database = newDatabase();
    Rejoinder first = node(database);
    Rejoinder second = node(database);
    first.createPost(Post.of(POST, "Shared", SiteUser.of("1", "Ada"), clock.instant()));
    assertThat(submit(second, SPAMMER, "hello")).isEqualTo(ModerationState.APPROVED);

    first.moderation(ADMIN).ban(Ban.email("SAM@example.com").rejecting());

    assertThatThrownBy(() -> submit(first, SPAMMER, "hello again"))
        .isInstanceOfSatisfying(CommentRejectedException.class,
            e -> assertThat(e.verdict().reason()).isEqualTo(Reasons.BANNED));
    clock.advance(REFRESH.minusSeconds(1));
    assertThat(submit(second, SPAMMER, "still within the interval")).isEqualTo(ModerationState.APPROVED);
    clock.advance(Duration.ofSeconds(1));
    assertThatThrownBy(() -> submit(second, SPAMMER, "after it"))
        .isInstanceOf(CommentRejectedException.class);
    assertThat(second.moderation(ADMIN).bans()).containsExactly(Ban.email("sam@example.com").rejecting());

    // A node started later reads the ban from the database: nothing to add again at start.
    assertThatThrownBy(() -> submit(node(database), SPAMMER, "from a new node"))
        .isInstanceOf(CommentRejectedException.class);

    assertThatThrownBy(() -> submit(first, SPAMMER, "the first node reads the list again"))
        .isInstanceOf(CommentRejectedException.class);

    assertThat(second.moderation(ADMIN).liftBan(Ban.email("sam@example.com"))).isTrue();

    assertThat(submit(second, SPAMMER, "lifted here")).isEqualTo(ModerationState.APPROVED);
    assertThatThrownBy(() -> submit(first, SPAMMER, "not yet read there"))
        .isInstanceOf(CommentRejectedException.class);
    clock.advance(REFRESH);
    assertThat(submit(first, SPAMMER, "read there now")).isEqualTo(ModerationState.APPROVED);
  }

  @Test
  void keywordListsChangedThroughOneNode_applyThereAtOnce_andOnTheOtherWithinTheRefresh() throws Exception {
    Database database = newDatabase();
    Rejoinder first = node(database);
    Rejoinder second = node(database);
    first.createPost(Post.of(POST, "Shared", SiteUser.of("1", "Ada"), clock.instant()));
    Guest ann = Guest.of("Ann", "ann@example.com");
    assertThat(submit(second, ann, "cheap essays here")).isEqualTo(ModerationState.APPROVED);

    first.moderation(ADMIN).replaceKeywords(KeywordList.Kind.DISALLOWED, List.of("Cheap Essays"));
    first.moderation(ADMIN).replaceKeywords(KeywordList.Kind.MODERATION, List.of("casino"));

    assertThat(submit(first, ann, "cheap essays here")).isEqualTo(ModerationState.SPAM);
    assertThat(submit(first, ann, "casino night")).isEqualTo(ModerationState.PENDING);
    assertThat(submit(second, ann, "cheap essays here")).isEqualTo(ModerationState.APPROVED);
    clock.advance(REFRESH);
    assertThat(submit(second, ann, "cheap essays here")).isEqualTo(ModerationState.SPAM);
    assertThat(submit(second, ann, "casino night")).isEqualTo(ModerationState.PENDING);
    assertThat(second.moderation(ADMIN).keywords(KeywordList.Kind.DISALLOWED)).containsExactly("Cheap Essays");
  }

  @Test
  void onlyAnAdministrator_changesTheLists_andBadKeywordsChangeNothing() throws Exception {
    Database database = newDatabase();
    Rejoinder node = node(database);
    node.moderation(ADMIN).replaceKeywords(KeywordList.Kind.MODERATION, List.of("casino"));
    var moderator = node.moderation(Actor.moderator(SiteUser.of("2", "Mo")));

    assertThatThrownBy(() -> moderator.ban(Ban.ip("192.0.2.0/24")))
        .isInstanceOfSatisfying(PermissionDeniedException.class,
            e -> assertThat(e.reason()).isEqualTo(PermissionDeniedException.Reason.NOT_ADMIN));
    assertThatThrownBy(() -> moderator.replaceKeywords(KeywordList.Kind.MODERATION, List.of("poker")))
        .isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(() -> node.moderation(ADMIN)
            .replaceKeywords(KeywordList.Kind.MODERATION, List.of("poker", " ")))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> node.moderation(ADMIN).replaceKeywords(KeywordList.Kind.MODERATION,
            List.of("p".repeat(KeywordList.MAX_KEYWORD_CHARS + 1))))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> node.moderation(ADMIN).ban(null)).isInstanceOf(NullPointerException.class);

    JdbcCommentStore fresh = JdbcCommentStore.builder(database.open()).build();
    assertThat(fresh.bans()).isEmpty();
    assertThat(fresh.keywords(KeywordList.Kind.MODERATION)).containsExactly("casino");
    assertThat(moderator.bans()).isEmpty();
  }
}
