package org.rejoinder.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rejoinder.testing.Concurrency.runConcurrently;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoinder.error.AlreadyExistsException;
import org.rejoinder.error.NotFoundException;
import org.rejoinder.model.Actor;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Author;
import org.rejoinder.model.Body;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.CommentStatus;
import org.rejoinder.model.ConcurrentUpdateException;
import org.rejoinder.model.ExternalIdentity;
import org.rejoinder.model.Guest;
import org.rejoinder.model.IdentityProvider;
import org.rejoinder.model.InvalidParentException;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.Report;
import org.rejoinder.model.Revision;
import org.rejoinder.model.SiteUser;

/**
 * The behaviour every {@link CommentStore} owes Rejoinder. A store implementation extends this
 * class and supplies fresh, empty stores; the in-memory store and the JDBC store both run it.
 */
public abstract class CommentStoreContract {
  protected static final Instant T0 = Instant.parse("2024-06-01T08:00:00Z");
  protected static final SiteUser EDITOR = SiteUser.of("ed", "Editor").withEmail("ed@example.com");
  protected static final PostId POST = PostId.of("post-1");
  protected static final PostId OTHER = PostId.of("post-2");

  protected CommentStore store;

  /** Returns a new, empty store. */
  protected abstract CommentStore newStore() throws Exception;

  /** Releases what {@link #newStore()} opened. */
  protected void closeStore(CommentStore store) throws Exception {}

  @BeforeEach
  void openStore() throws Exception {
    store = newStore();
    store.insertPost(Post.of(POST, "First post", EDITOR, T0));
    store.insertPost(new Post(OTHER, "Second “post”", EDITOR, T0, CommentStatus.closesAfterDays(30)));
  }

  @AfterEach
  void close() throws Exception {
    closeStore(store);
  }

  protected Comment newComment(@Nullable Comment parent, Author author, String text, long secondsAfterT0) {
    return Comment.create(
        store.nextCommentId(),
        parent == null ? POST : parent.postId(),
        parent == null ? null : parent.id(),
        author,
        Body.markdown(text),
        T0.plusSeconds(secondsAfterT0),
        ModerationState.APPROVED,
        ClientInfo.NONE);
  }

  protected Comment insert(Comment c) {
    store.insertComment(c, created(c));
    return c;
  }

  protected static AuditEntry created(Comment c) {
    return new AuditEntry(c.id(), c.createdAt(), Actor.SYSTEM, null, c.state(), "approved");
  }

  private Comment top(String text, long seconds) {
    return insert(newComment(null, Guest.of("Ann", "ann@example.com"), text, seconds));
  }

  // Posts

  @Test
  void posts_roundTripEveryField() {
    assertThat(store.findPost(OTHER))
        .contains(new Post(OTHER, "Second “post”", EDITOR, T0, CommentStatus.closesAfterDays(30)));
    assertThat(store.findPost(PostId.of("missing"))).isEmpty();
  }

  @Test
  void insertPost_withATakenId_isAlreadyExists_andKeepsTheOriginal() {
    assertThatThrownBy(() -> store.insertPost(Post.of(POST, "Impostor", EDITOR, T0)))
        .isInstanceOf(AlreadyExistsException.class);
    assertThat(store.findPost(POST).orElseThrow().title()).isEqualTo("First post");
  }

  @Test
  void updatePost_replacesIt_andAnUnknownPostIsNotFound() {
    Post closed = store.findPost(POST).orElseThrow().withCommentStatus(CommentStatus.CLOSED);
    store.updatePost(closed);

    assertThat(store.findPost(POST)).contains(closed);
    assertThatThrownBy(() -> store.updatePost(Post.of(PostId.of("nope"), "x", EDITOR, T0)))
        .isInstanceOf(NotFoundException.class);
  }

  // Comments

  @Test
  void comments_roundTripEveryField_forEveryKindOfAuthor() {
    List<Author> authors =
        List.of(
            new Guest("Zoë “Z” O'Brien", "zoe@example.com", "https://zoe.example.org/~z?a=1&b=2"),
            Guest.of("Anonymous", null),
            SiteUser.of("42", "Site User").withEmail("user@example.com").withWebsite("http://user.example.com"),
            ExternalIdentity.of(IdentityProvider.WORDPRESS_COM, "wp-77", "WP Person")
                .withProfileUrl("https://wpperson.wordpress.com")
                .withEmail("wp@example.com"),
            ExternalIdentity.of(new IdentityProvider("mastodon.social", "Mastodon"), "@a", "A"));
    Comment parent = null;
    List<Comment> written = new ArrayList<>();
    long second = 0;
    for (Author author : authors) {
      Comment c =
          Comment.create(
              store.nextCommentId(),
              POST,
              parent == null ? null : parent.id(),
              author,
              new Body("Line 1\r\n\n> quote of “Title”\n\n👍 日本語 <b>raw</b>", 
                  second % 2 == 0 ? org.rejoinder.model.BodyFormat.MARKDOWN : org.rejoinder.model.BodyFormat.HTML),
              T0.plusSeconds(++second).plusMillis(123),
              ModerationState.APPROVED,
              ClientInfo.of("2001:db8::7", "Mozilla/5.0 (X11; Linux x86_64)"));
      insert(c);
      written.add(c);
      parent = c;
    }

    for (Comment c : written) {
      assertThat(store.findComment(c.id())).contains(c);
    }
    assertThat(store.commentsOf(POST)).containsExactlyElementsOf(written);
  }

  @Test
  void nextCommentId_neverRepeats_andSkipsIdsAlreadyStored() {
    Set<CommentId> ids = new HashSet<>();
    for (int i = 0; i < 500; i++) {
      assertThat(ids.add(store.nextCommentId())).isTrue();
    }
    long explicit = ids.stream().mapToLong(CommentId::value).max().orElseThrow() + 10;
    insert(Comment.create(CommentId.of(explicit), POST, null, EDITOR, Body.plain("imported"),
        T0, ModerationState.APPROVED, ClientInfo.NONE));

    for (int i = 0; i < 50; i++) {
      CommentId next = store.nextCommentId();
      assertThat(next.value()).isNotEqualTo(explicit);
      assertThat(ids.add(next)).isTrue();
    }
  }

  @Test
  void insertComment_withATakenId_isAlreadyExists_andKeepsTheOriginal() {
    Comment original = top("original", 1);
    Comment clash = Comment.create(original.id(), POST, null, EDITOR, Body.plain("clash"), T0,
        ModerationState.APPROVED, ClientInfo.NONE);

    assertThatThrownBy(() -> store.insertComment(clash, created(clash)))
        .isInstanceOf(AlreadyExistsException.class);
    assertThat(store.findComment(original.id())).contains(original);
    assertThat(store.auditTrail(original.id())).hasSize(1);
  }

  @Test
  void insertComment_onAMissingPost_isNotFound_andStoresNothing() {
    Comment orphan = Comment.create(store.nextCommentId(), PostId.of("missing"), null, EDITOR,
        Body.plain("x"), T0, ModerationState.APPROVED, ClientInfo.NONE);

    assertThatThrownBy(() -> store.insertComment(orphan, created(orphan)))
        .isInstanceOf(NotFoundException.class);
    assertThat(store.findComment(orphan.id())).isEmpty();
    assertThat(store.auditTrail(orphan.id())).isEmpty();
  }

  @Test
  void insertComment_withAMissingParent_isNotFound_andStoresNothing() {
    Comment orphan = Comment.create(store.nextCommentId(), POST, CommentId.of(987_654), EDITOR,
        Body.plain("x"), T0, ModerationState.APPROVED, ClientInfo.NONE);

    assertThatThrownBy(() -> store.insertComment(orphan, created(orphan)))
        .isInstanceOf(NotFoundException.class);
    assertThat(store.findComment(orphan.id())).isEmpty();
    assertThat(store.commentsOf(POST)).isEmpty();
  }

  @Test
  void insertComment_underAParentOfAnotherPost_isInvalidParent_andStoresNothing() {
    Comment parent = top("on post 1", 1);
    Comment stray = Comment.create(store.nextCommentId(), OTHER, parent.id(), EDITOR,
        Body.plain("x"), T0, ModerationState.APPROVED, ClientInfo.NONE);

    assertThatThrownBy(() -> store.insertComment(stray, created(stray)))
        .isInstanceOf(InvalidParentException.class);
    assertThat(store.commentsOf(OTHER)).isEmpty();
  }

  @Test
  void commentsOf_ordersByCreationThenId_andIsEmptyForUnknownPosts() {
    Comment late = top("late", 30);
    Comment early = top("early", 10);
    Comment sameTimeA = insert(newComment(null, EDITOR, "same a", 20));
    Comment sameTimeB = insert(newComment(null, EDITOR, "same b", 20));

    assertThat(store.commentsOf(POST)).containsExactly(early, sameTimeA, sameTimeB, late);
    assertThat(store.commentsOf(PostId.of("unknown"))).isEmpty();
  }

  @Test
  void updateComment_storesTheNextVersion_andAppendsTheAuditEntry() {
    Comment c = top("fine", 1);
    Instant later = T0.plus(Duration.ofHours(1));
    Comment trashed = c.withState(ModerationState.TRASH, later);

    store.updateComment(trashed, new AuditEntry(c.id(), later, Actor.moderator(EDITOR),
        ModerationState.APPROVED, ModerationState.TRASH, "abuse"));
    Comment edited = trashed.withBody(Body.plain("edited"), later.plusSeconds(1));
    store.updateComment(edited, null);

    assertThat(store.findComment(c.id())).contains(edited);
    assertThat(store.auditTrail(c.id()))
        .extracting(AuditEntry::to)
        .containsExactly(ModerationState.APPROVED, ModerationState.TRASH);
    assertThat(store.auditTrail(c.id()).get(1).actor()).isEqualTo(Actor.moderator(EDITOR));
  }

  @Test
  void updateComment_fromAStaleVersion_isAConcurrentUpdate_andChangesNothing() {
    Comment c = top("fine", 1);
    Comment first = c.withState(ModerationState.SPAM, T0.plusSeconds(5));
    store.updateComment(first, entry(c, ModerationState.SPAM));

    Comment stale = c.withState(ModerationState.TRASH, T0.plusSeconds(6));
    assertThatThrownBy(() -> store.updateComment(stale, entry(c, ModerationState.TRASH)))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(store.findComment(c.id())).contains(first);
    assertThat(store.auditTrail(c.id())).hasSize(2);
  }

  @Test
  void updateComment_ofAnUnknownComment_isNotFound() {
    Comment ghost = Comment.create(CommentId.of(999_999), POST, null, EDITOR, Body.plain("x"), T0,
        ModerationState.APPROVED, ClientInfo.NONE).withState(ModerationState.SPAM, T0);

    assertThatThrownBy(() -> store.updateComment(ghost, null)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void updateComment_thatChangesTheAuthor_isRefused() {
    Comment c = top("fine", 1);
    Comment forged = c.toBuilder().author(EDITOR).version(c.version() + 1).build();

    assertThatThrownBy(() -> store.updateComment(forged, null)).isInstanceOf(IllegalArgumentException.class);
    assertThat(store.findComment(c.id())).contains(c);
  }

  private static AuditEntry entry(Comment from, ModerationState to) {
    return new AuditEntry(from.id(), T0.plusSeconds(5), Actor.moderator(EDITOR), from.state(), to, "");
  }

  // Queries

  @Test
  void find_filtersByEveryCriterion() {
    Guest ann = Guest.of("Ann", "Ann@Example.com");
    Comment a1 = insert(newComment(null, ann, "a1", 10));
    Comment reply = insert(newComment(a1, EDITOR, "reply", 20));
    Comment fromIp = Comment.create(store.nextCommentId(), POST, null, Guest.of("Bob", null),
        Body.plain("ip"), T0.plusSeconds(30), ModerationState.PENDING, ClientInfo.of("192.0.2.1", null));
    insert(fromIp);
    Comment spam = Comment.create(store.nextCommentId(), OTHER, null, ann, Body.plain("spam"),
        T0.plusSeconds(40), ModerationState.SPAM, ClientInfo.NONE);
    insert(spam);

    assertThat(store.find(CommentQuery.all().withPost(POST))).containsExactly(a1, reply, fromIp);
    assertThat(store.find(CommentQuery.all().withParent(a1.id()))).containsExactly(reply);
    assertThat(store.find(CommentQuery.all().withPost(POST).withTopLevelOnly())).containsExactly(a1, fromIp);
    assertThat(store.find(CommentQuery.all().withStates(ModerationState.PENDING, ModerationState.SPAM)))
        .containsExactly(fromIp, spam);
    assertThat(store.find(CommentQuery.all().withAuthorKey(ann.key()))).containsExactly(a1, spam);
    assertThat(store.find(CommentQuery.all().withAuthorEmail("ANN@example.COM"))).containsExactly(a1, spam);
    assertThat(store.find(CommentQuery.all().withIp("192.0.2.1"))).containsExactly(fromIp);
    assertThat(store.find(CommentQuery.all().withCreatedFrom(T0.plusSeconds(20)))).containsExactly(reply, fromIp, spam);
    assertThat(store.find(CommentQuery.all().withUpdatedBefore(T0.plusSeconds(20)))).containsExactly(a1);
    assertThat(store.find(CommentQuery.all().withNewestFirst().withPage(1, 2))).containsExactly(fromIp, reply);
    assertThat(store.count(CommentQuery.all().withPage(1, 1))).isEqualTo(4);
    assertThat(store.count(CommentQuery.all().withPost(OTHER).withStates(ModerationState.APPROVED))).isZero();
  }

  // Edits and revisions

  @Test
  void editComment_storesTheNextVersionAndTheRevision_inOrder() {
    Comment c = top("first text", 1);
    Instant t1 = T0.plusSeconds(60);
    Comment v2 = c.withBody(Body.plain("second text"), t1);
    Revision r1 = new Revision(c.id(), t1, Actor.reader(c.author()), c.body());
    store.editComment(v2, r1, null);
    Comment v3 = v2.withBody(Body.plain("third text"), t1);
    Revision r2 = new Revision(c.id(), t1, Actor.moderator(EDITOR), v2.body());
    store.editComment(v3, r2, null);

    assertThat(store.findComment(c.id())).contains(v3);
    assertThat(store.revisions(c.id())).containsExactly(r1, r2);
    assertThat(store.auditTrail(c.id())).hasSize(1);
    assertThat(store.revisions(CommentId.of(999_999))).isEmpty();
  }

  @Test
  void editComment_thatAlsoChangesTheState_appendsItsAuditEntry() {
    Comment c = top("clean", 1);
    Instant t1 = T0.plusSeconds(60);
    Comment held = c.withBody(Body.plain("now with casino"), t1).toBuilder()
        .state(ModerationState.PENDING)
        .build();
    AuditEntry entry = new AuditEntry(c.id(), t1, Actor.SYSTEM, ModerationState.APPROVED,
        ModerationState.PENDING, "moderation-keyword");

    store.editComment(held, new Revision(c.id(), t1, Actor.reader(c.author()), c.body()), entry);

    assertThat(store.findComment(c.id())).contains(held);
    assertThat(store.auditTrail(c.id())).last().isEqualTo(entry);
  }

  @Test
  void editComment_fromAStaleVersion_isAConcurrentUpdate_andStoresNoRevision() {
    Comment c = top("text", 1);
    store.updateComment(c.withState(ModerationState.SPAM, T0.plusSeconds(2)), entry(c, ModerationState.SPAM));

    Comment stale = c.withBody(Body.plain("edited"), T0.plusSeconds(3));
    assertThatThrownBy(() -> store.editComment(stale, new Revision(c.id(), T0.plusSeconds(3),
            Actor.reader(c.author()), c.body()), null))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(store.revisions(c.id())).isEmpty();
    assertThat(store.findComment(c.id()).orElseThrow().body()).isEqualTo(c.body());
  }

  @Test
  void editComment_withARevisionThatDoesNotKeepTheStoredText_isRefused() {
    Comment c = top("text", 1);
    Comment edited = c.withBody(Body.plain("edited"), T0.plusSeconds(3));

    assertThatThrownBy(() -> store.editComment(edited, new Revision(c.id(), T0.plusSeconds(3),
            Actor.reader(c.author()), Body.plain("something else")), null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store.findComment(c.id())).contains(c);
    assertThat(store.revisions(c.id())).isEmpty();
  }

  @Test
  void editComment_thatChangesTheStateWithoutAnAuditEntry_isRefused() {
    Comment c = top("text", 1);
    Instant t1 = T0.plusSeconds(3);
    Comment held = c.withBody(Body.plain("edited"), t1).toBuilder()
        .state(ModerationState.PENDING)
        .build();

    assertThatThrownBy(() -> store.editComment(held,
            new Revision(c.id(), t1, Actor.reader(c.author()), c.body()), null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store.findComment(c.id())).contains(c);
    assertThat(store.revisions(c.id())).isEmpty();
  }

  @Test
  void editComment_ofAnUnknownComment_isNotFound() {
    Comment ghost = Comment.create(CommentId.of(999_999), POST, null, EDITOR, Body.plain("x"), T0,
        ModerationState.APPROVED, ClientInfo.NONE);

    assertThatThrownBy(() -> store.editComment(ghost.withBody(Body.plain("y"), T0),
            new Revision(ghost.id(), T0, Actor.moderator(EDITOR), ghost.body()), null))
        .isInstanceOf(NotFoundException.class);
  }

  // Reports

  @Test
  void addReport_keepsOneReportPerReader_inOrder() {
    Comment c = top("rude", 1);
    Report ann = new Report(c.id(), "email:ann@example.com", T0.plusSeconds(5), "insulting");
    Report bob = new Report(c.id(), "user:7", T0.plusSeconds(6), "");

    assertThat(store.addReport(ann)).isTrue();
    assertThat(store.addReport(bob)).isTrue();
    assertThat(store.addReport(new Report(c.id(), "email:ann@example.com", T0.plusSeconds(7), "again")))
        .isFalse();

    assertThat(store.reports(c.id())).containsExactly(ann, bob);
    assertThat(store.reports(CommentId.of(999_999))).isEmpty();
  }

  @Test
  void theLongestAuthorKey_canReportAndModerate() {
    ExternalIdentity longest =
        ExternalIdentity.of(
            new IdentityProvider("p" + "x".repeat(63), "Long provider"), "s".repeat(200), "Long");
    Comment c = top("reported by a long key", 1);
    Report report = new Report(c.id(), longest.key(), T0.plusSeconds(5), "spam");
    AuditEntry entry =
        new AuditEntry(c.id(), T0.plusSeconds(6), Actor.moderator(longest), c.state(),
            ModerationState.SPAM, "by the longest key");

    assertThat(longest.key()).hasSize(265);
    assertThat(store.addReport(report)).isTrue();
    store.updateComment(c.withState(ModerationState.SPAM, T0.plusSeconds(6)), entry);

    assertThat(store.reports(c.id())).containsExactly(report);
    assertThat(store.auditTrailByActor(longest.key(), 0, 10)).containsExactly(entry);
  }

  @Test
  void addReport_onAnUnknownComment_isNotFound() {
    assertThatThrownBy(() -> store.addReport(new Report(CommentId.of(999_999), "user:1", T0, "")))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void concurrentReportsByOneReader_storeOneReport() throws Exception {
    Comment c = top("contested", 1);
    AtomicInteger stored = new AtomicInteger();
    runConcurrently(8, i -> {
      if (store.addReport(new Report(c.id(), "user:same", T0.plusSeconds(i), "r" + i))) {
        stored.incrementAndGet();
      }
    });

    assertThat(stored).hasValue(1);
    assertThat(store.reports(c.id())).hasSize(1);
  }

  // Audit by actor

  @Test
  void auditTrailByActor_returnsOneActorsEntriesOnEveryComment_newestFirst_paged() {
    Actor mod = Actor.moderator(EDITOR);
    Actor other = Actor.moderator(Guest.of("Other", "other@example.com"));
    Comment a = top("a", 1);
    Comment b = top("b", 2);
    AuditEntry first = new AuditEntry(a.id(), T0.plusSeconds(10), mod, ModerationState.APPROVED,
        ModerationState.SPAM, "one");
    store.updateComment(a.withState(ModerationState.SPAM, T0.plusSeconds(10)), first);
    AuditEntry byOther = new AuditEntry(b.id(), T0.plusSeconds(11), other, ModerationState.APPROVED,
        ModerationState.TRASH, "other");
    Comment bTrashed = b.withState(ModerationState.TRASH, T0.plusSeconds(11));
    store.updateComment(bTrashed, byOther);
    AuditEntry second = new AuditEntry(b.id(), T0.plusSeconds(12), mod, ModerationState.TRASH,
        ModerationState.PENDING, "two");
    Comment bPending = bTrashed.withState(ModerationState.PENDING, T0.plusSeconds(12));
    store.updateComment(bPending, second);
    AuditEntry third = new AuditEntry(b.id(), T0.plusSeconds(12), mod, ModerationState.PENDING,
        ModerationState.APPROVED, "three, same millisecond");
    store.updateComment(bPending.withState(ModerationState.APPROVED, T0.plusSeconds(12)), third);

    assertThat(store.auditTrailByActor(mod.key(), 0, 10)).containsExactly(third, second, first);
    assertThat(store.auditTrailByActor(mod.key(), 1, 1)).containsExactly(second);
    assertThat(store.auditTrailByActor(other.key(), 0, 10)).containsExactly(byOther);
    assertThat(store.auditTrailByActor("user:nobody", 0, 10)).isEmpty();
    assertThatThrownBy(() -> store.auditTrailByActor(mod.key(), 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("limit");
  }

  // Purging

  private Comment trash(Comment c) {
    Comment trashed = c.withState(ModerationState.TRASH, T0.plusSeconds(100));
    store.updateComment(trashed, entry(c, ModerationState.TRASH));
    store.addReport(new Report(c.id(), "user:9", T0.plusSeconds(50), "report"));
    return trashed;
  }

  private static AuditEntry purge(Comment c) {
    return new AuditEntry(c.id(), T0.plusSeconds(200), Actor.SYSTEM, c.state(), ModerationState.PURGED, "purged");
  }

  @Test
  void purgeComment_withoutReplies_deletesItWithItsHistoryRevisionsAndReports() {
    Comment c = top("bye", 1);
    Comment edited = c.withBody(Body.plain("bye!"), T0.plusSeconds(2));
    store.editComment(edited, new Revision(c.id(), T0.plusSeconds(2), Actor.reader(c.author()), c.body()), null);
    Comment trashed = trash(edited);

    assertThat(store.purgeComment(c.id(), trashed.version(), purge(trashed))).isEqualTo(PurgeOutcome.DELETED);

    assertThat(store.findComment(c.id())).isEmpty();
    assertThat(store.commentsOf(POST)).isEmpty();
    assertThat(store.auditTrail(c.id())).isEmpty();
    assertThat(store.revisions(c.id())).isEmpty();
    assertThat(store.reports(c.id())).isEmpty();
    assertThat(store.auditTrailByActor(Actor.moderator(EDITOR).key(), 0, 10)).isEmpty();
    assertThat(store.count(CommentQuery.all())).isZero();
  }

  @Test
  void purgeComment_withReplies_leavesAnErasedTombstone_andKeepsTheReplies() {
    Comment parent = top("rude words", 1);
    Comment reply = insert(newComment(parent, EDITOR, "please be civil", 5));
    Comment trashed = trash(parent);

    assertThat(store.purgeComment(parent.id(), trashed.version(), purge(trashed)))
        .isEqualTo(PurgeOutcome.TOMBSTONED);

    Comment tombstone = store.findComment(parent.id()).orElseThrow();
    assertThat(tombstone).isEqualTo(trashed.toTombstone(T0.plusSeconds(200)));
    assertThat(tombstone.state()).isEqualTo(ModerationState.PURGED);
    assertThat(tombstone.author()).isEqualTo(Comment.ERASED_AUTHOR);
    assertThat(tombstone.body()).isEqualTo(Comment.ERASED_BODY);
    assertThat(tombstone.client()).isEqualTo(ClientInfo.NONE);
    assertThat(store.reports(parent.id())).isEmpty();
    assertThat(store.auditTrail(parent.id())).last().isEqualTo(purge(trashed));
    assertThat(store.findComment(reply.id())).contains(reply);
    assertThat(store.commentsOf(POST)).containsExactly(tombstone, reply);
  }

  @Test
  void purgeComment_ofATombstoneWithReplies_changesNothing_andWithoutRepliesDeletesIt() {
    Comment parent = top("parent", 1);
    Comment reply = insert(newComment(parent, EDITOR, "reply", 5));
    Comment trashed = trash(parent);
    store.purgeComment(parent.id(), trashed.version(), purge(trashed));
    Comment tombstone = store.findComment(parent.id()).orElseThrow();

    assertThat(store.purgeComment(parent.id(), tombstone.version(), purge(tombstone)))
        .isEqualTo(PurgeOutcome.KEPT);
    assertThat(store.findComment(parent.id())).contains(tombstone);
    assertThat(store.auditTrail(parent.id())).hasSize(3);

    Comment trashedReply = trash(reply);
    assertThat(store.purgeComment(reply.id(), trashedReply.version(), purge(trashedReply)))
        .isEqualTo(PurgeOutcome.DELETED);
    assertThat(store.purgeComment(parent.id(), tombstone.version(), purge(tombstone)))
        .isEqualTo(PurgeOutcome.DELETED);
    assertThat(store.commentsOf(POST)).isEmpty();
  }

  @Test
  void purgeComment_ofAStaleVersion_orAnUntrashedComment_orAnUnknownOne_isRefused() {
    Comment c = top("kept", 1);
    Comment trashed = trash(c);

    assertThatThrownBy(() -> store.purgeComment(c.id(), c.version(), purge(trashed)))
        .isInstanceOf(ConcurrentUpdateException.class);
    Comment restored = trashed.withState(ModerationState.APPROVED, T0.plusSeconds(150));
    store.updateComment(restored, new AuditEntry(c.id(), T0.plusSeconds(150), Actor.moderator(EDITOR),
        ModerationState.TRASH, ModerationState.APPROVED, "restored"));
    assertThatThrownBy(() -> store.purgeComment(c.id(), restored.version(), purge(restored)))
        .isInstanceOf(IllegalArgumentException.class);
    AuditEntry ofUnknown = new AuditEntry(CommentId.of(999_999), T0.plusSeconds(200), Actor.SYSTEM,
        ModerationState.TRASH, ModerationState.PURGED, "purged");
    assertThatThrownBy(() -> store.purgeComment(CommentId.of(999_999), 1, ofUnknown))
        .isInstanceOf(NotFoundException.class);
    assertThat(store.findComment(c.id())).contains(restored);
  }

  @Test
  void purgeComment_withAnEntryThatDoesNotRecordThisPurge_isRefused_andChangesNothing() {
    Comment parent = top("parent", 1);
    insert(newComment(parent, EDITOR, "reply", 5));
    Comment trashed = trash(parent);
    AuditEntry ofAnother = new AuditEntry(CommentId.of(999_999), T0.plusSeconds(200), Actor.SYSTEM,
        ModerationState.TRASH, ModerationState.PURGED, "purged");
    AuditEntry notAPurge = new AuditEntry(parent.id(), T0.plusSeconds(200), Actor.SYSTEM,
        ModerationState.TRASH, ModerationState.SPAM, "");

    for (AuditEntry wrong : List.of(ofAnother, notAPurge)) {
      assertThatThrownBy(() -> store.purgeComment(parent.id(), trashed.version(), wrong))
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThat(store.findComment(parent.id())).contains(trashed);
    assertThat(store.reports(parent.id())).hasSize(1);
    assertThat(store.auditTrail(parent.id())).hasSize(2);
  }

  @Test
  void repliesRacingThePurgeOfTheirParent_landUnderItsTombstone_orAreRefused_neverOrphaned()
      throws Exception {
    for (int round = 0; round < 20; round++) {
      long seconds = round;
      Comment parent = trash(top("about to go", seconds));
      AtomicInteger refused = new AtomicInteger();
      runConcurrently(2, i -> {
        if (i == 0) {
          store.purgeComment(parent.id(), parent.version(), purge(parent));
        } else {
          try {
            insert(newComment(parent, EDITOR, "late reply", seconds + 1));
          } catch (NotFoundException e) {
            refused.incrementAndGet();
          }
        }
      });

      List<Comment> left = store.commentsOf(POST).stream()
          .filter(c -> parent.id().equals(c.id()) || parent.id().equals(c.parentId()))
          .toList();
      if (refused.get() == 1) {
        assertThat(left).isEmpty();
      } else {
        assertThat(left).hasSize(2);
        assertThat(left).extracting(Comment::state)
            .containsOnly(ModerationState.PURGED, ModerationState.APPROVED);
      }
    }
  }

  @Test
  void updateComment_neverMakesOrChangesATombstone() {
    Comment parent = top("parent", 1);
    insert(newComment(parent, EDITOR, "reply", 5));
    Comment trashed = trash(parent);

    assertThatThrownBy(() -> store.updateComment(trashed.toTombstone(T0.plusSeconds(300)), null))
        .isInstanceOf(IllegalArgumentException.class);
    store.purgeComment(parent.id(), trashed.version(), purge(trashed));
    Comment tombstone = store.findComment(parent.id()).orElseThrow();
    assertThatThrownBy(() -> store.updateComment(
            tombstone.toBuilder()
                .state(ModerationState.TRASH)
                .version(tombstone.version() + 1)
                .updatedAt(T0.plusSeconds(400))
                .build(), null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store.findComment(parent.id())).contains(tombstone);
  }

  // Concurrency

  @Test
  void concurrentUpdatesOfOneVersion_exactlyOneWins() throws Exception {
    Comment c = top("contested", 1);
    int threads = 8;
    AtomicInteger wins = new AtomicInteger();
    AtomicInteger conflicts = new AtomicInteger();
    ModerationState[] targets = {ModerationState.SPAM, ModerationState.TRASH, ModerationState.PENDING};
    runConcurrently(threads, i -> {
      ModerationState target = targets[i % targets.length];
      try {
        store.updateComment(c.withState(target, T0.plusSeconds(60)), entry(c, target));
        wins.incrementAndGet();
      } catch (ConcurrentUpdateException e) {
        conflicts.incrementAndGet();
      }
    });

    assertThat(wins.get()).isEqualTo(1);
    assertThat(conflicts.get()).isEqualTo(threads - 1);
    assertThat(store.findComment(c.id()).orElseThrow().version()).isEqualTo(2);
    assertThat(store.auditTrail(c.id())).hasSize(2);
  }

  @Test
  void concurrentInsertsOfRepliesAndStateChanges_loseNothing() throws Exception {
    Comment root = top("root", 1);
    int threads = 6;
    int perThread = 40;
    Set<CommentId> inserted = ConcurrentHashMap.newKeySet();
    runConcurrently(threads, i -> {
      for (int k = 0; k < perThread; k++) {
        Comment reply = newComment(root, Guest.of("T" + i, "t" + i + "@example.com"), "r" + k, 100 + k);
        insert(reply);
        inserted.add(reply.id());
        if (k % 4 == 0) {
          store.updateComment(reply.withState(ModerationState.PENDING, T0.plusSeconds(500)),
              entry(reply, ModerationState.PENDING));
        }
      }
    });

    assertThat(inserted).hasSize(threads * perThread);
    assertThat(store.commentsOf(POST)).hasSize(threads * perThread + 1);
    assertThat(store.count(CommentQuery.all().withStates(ModerationState.PENDING)))
        .isEqualTo(threads * perThread / 4);
    for (CommentId id : inserted) {
      assertThat(store.findComment(id).orElseThrow().parentId()).isEqualTo(root.id());
    }
  }
}
