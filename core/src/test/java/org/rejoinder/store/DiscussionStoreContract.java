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
import org.rejoinder.model.CommentType;
import org.rejoinder.model.ConcurrentUpdateException;
import org.rejoinder.model.ExternalIdentity;
import org.rejoinder.model.Guest;
import org.rejoinder.model.IdentityProvider;
import org.rejoinder.model.InvalidParentException;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;
import org.rejoinder.model.SourceId;

/**
 * The behaviour every {@link DiscussionStore} owes Rejoinder: posts, comments with their audit
 * entries, queries, optimistic updates, concurrency. A store implementation extends this class
 * and supplies fresh, empty stores; a complete {@link CommentStore} runs it through {@link
 * CommentStoreContract}.
 */
public abstract class DiscussionStoreContract extends StoreContractSupport<DiscussionStore> {

  // Posts

  @Test
  void posts_roundTripEveryField() {
    assertThat(store.findPost(OTHER))
        .contains(new Post(OTHER, "Second “post”", EDITOR, T0, CommentStatus.closesAfterDays(30)));
    assertThat(store.findPost(PostId.of("missing"))).isEmpty();
  }

  @Test
  void posts_keepTheirLinkAndSource() {
    Post imported = Post.builder().id(PostId.of("imported")).title("Imported").author(EDITOR)
        .publishedAt(T0.plusMillis(250)).link("https://example.com/2024/06/imported/?p=7&x=ü")
        .source(SourceId.of("wordpress", "7")).commentStatus(CommentStatus.CLOSED).build();
    store.insertPost(imported);

    assertThat(store.findPost(imported.id())).contains(imported);
    Post moved = imported.toBuilder().link("https://example.org/imported").source(null).build();
    store.updatePost(moved);
    assertThat(store.findPost(imported.id())).contains(moved);
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
  void comments_keepTheirTypeAndSource() {
    Comment comment = insert(newComment(null, EDITOR, "imported", 1).toBuilder()
        .source(SourceId.of("wordpress", "12")).build());
    Comment pingback = insert(newComment(comment, Guest.of("Other blog", null, "https://other.example/"),
        "[…] linked […]", 2).toBuilder().type(CommentType.PINGBACK).source(SourceId.of("wordpress", "13")).build());
    Comment trackback = insert(newComment(null, Guest.of("Third blog", null), "tracked", 3).toBuilder()
        .type(CommentType.TRACKBACK).build());

    assertThat(store.commentsOf(POST)).containsExactly(comment, pingback, trackback);
    Comment trashed = pingback.withState(ModerationState.TRASH, T0.plusSeconds(9));
    store.updateComment(trashed, entry(pingback, ModerationState.TRASH));
    assertThat(store.findComment(pingback.id())).contains(trashed);
  }

  @Test
  void aSourceId_namesOneComment_soASecondCommentWithItIsAlreadyExists() {
    Comment first = insert(newComment(null, EDITOR, "first", 1).toBuilder()
        .source(SourceId.of("disqus", "555")).build());
    Comment second = newComment(null, EDITOR, "second", 2).toBuilder()
        .source(SourceId.of("disqus", "555")).build();

    assertThatThrownBy(() -> store.insertComment(second, created(second)))
        .isInstanceOf(AlreadyExistsException.class)
        .hasMessageContaining("disqus:555");
    assertThat(store.commentsOf(POST)).containsExactly(first);
    Comment sameIdElsewhere = newComment(null, EDITOR, "third", 3).toBuilder()
        .source(SourceId.of("wordpress", "555")).build();
    insert(sameIdElsewhere);
    assertThat(store.commentsOf(POST)).containsExactly(first, sameIdElsewhere);
  }

  @Test
  void updateComment_thatChangesTheTypeOrSource_isRefused() {
    Comment c = top("plain", 1);

    assertThatThrownBy(() -> store.updateComment(
            c.toBuilder().version(2).type(CommentType.PINGBACK).build(), null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.updateComment(
            c.toBuilder().version(2).source(SourceId.of("wordpress", "1")).build(), null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store.findComment(c.id())).contains(c);
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
    assertThat(store.find(CommentQuery.all().withBodyText("reply"))).containsExactly(reply);
    assertThat(store.find(CommentQuery.all().withBodyText("Reply"))).isEmpty();
    assertThat(store.find(CommentQuery.all().withBodyText("reply "))).isEmpty();
    assertThat(store.count(CommentQuery.all().withAuthorKey(ann.key()).withBodyText("spam"))).isEqualTo(1);
    assertThat(store.find(CommentQuery.all().withNewestFirst().withPage(1, 2))).containsExactly(fromIp, reply);
    assertThat(store.count(CommentQuery.all().withPage(1, 1))).isEqualTo(4);
    assertThat(store.count(CommentQuery.all().withPost(OTHER).withStates(ModerationState.APPROVED))).isZero();
  }

  @Test
  void answer_agreesWithEachQueryAskedAlone_pagesAndOrdersIncluded() {
    Guest ann = Guest.of("Ann", "ann@example.com");
    Comment a1 = insert(newComment(null, ann, "a1", 10));
    Comment a2 = insert(newComment(null, ann, "a2", 20));
    Comment reply = insert(newComment(a1, ann, "reply", 30));
    Comment e1 = insert(newComment(null, EDITOR, "e1", 40));
    CommentQuery byAnn = CommentQuery.all().withAuthorKey(ann.key());
    CommentQuery oldestOfAnn = byAnn.withStates(ModerationState.APPROVED).withPage(0, 1);
    CommentQuery newestTwoOnPost = CommentQuery.all().withPost(POST).withNewestFirst().withPage(0, 2);
    CommentQuery none = byAnn.withPost(OTHER);
    CommentQueries queries = new CommentQueries(
        List.of(byAnn, byAnn.withTopLevelOnly(), none),
        List.of(oldestOfAnn, newestTwoOnPost, byAnn.withParent(a1.id()), none));

    CommentQueries.Answers answers = store.answer(queries);

    assertThat(answers.counts()).containsExactly(3L, 2L, 0L);
    assertThat(answers.found())
        .containsExactly(List.of(a1), List.of(e1, reply), List.of(reply), List.of());
    assertThat(store.answer(CommentQueries.counting(byAnn)).found()).isEmpty();
    assertThat(store.answer(CommentQueries.finding(byAnn)).found()).containsExactly(List.of(a1, a2, reply));
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
