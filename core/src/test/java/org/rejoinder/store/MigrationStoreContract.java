package org.rejoinder.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.rejoinder.error.AlreadyExistsException;
import org.rejoinder.error.NotFoundException;
import org.rejoinder.model.Actor;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Body;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.CommentType;
import org.rejoinder.model.Guest;
import org.rejoinder.model.Mention;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.Report;
import org.rejoinder.model.Revision;
import org.rejoinder.model.SiteUser;
import org.rejoinder.model.SourceId;
import org.rejoinder.model.Vote;
import org.rejoinder.model.VoteDirection;
import org.rejoinder.model.Votes;
import org.rejoinder.thread.CommentOrder;
import org.rejoinder.thread.ThreadOptions;
import org.rejoinder.thread.ThreadPageRequest;

/**
 * {@link MigrationStore}: imports in one unit, lookups by source id, and archives that restore
 * into another store as they were. A store with the capability extends this class and supplies
 * fresh, empty stores; the in-memory store and the JDBC store both run it.
 */
public abstract class MigrationStoreContract extends StoreContractSupport<MigrationStore> {
  private static final Actor IMPORTER = Actor.admin(SiteUser.of("admin", "Admin"));

  private Comment imported(ImportSession session, PostId post, @Nullable Comment parent, String source) {
    return Comment.builder().id(session.nextCommentId()).postId(post)
        .parentId(parent == null ? null : parent.id()).author(Guest.of("G" + source, null))
        .body(Body.html("<p>comment " + source + "</p>")).createdAt(T0.plusSeconds(source.length()))
        .state(ModerationState.APPROVED).source(SourceId.of("wordpress", source)).build();
  }

  @Test
  void anImport_storesItsPostsAndCommentsAtCommit_acrossBatches() {
    PostId fresh = PostId.of("imported");
    Comment parent;
    Comment reply;
    try (ImportSession session = store.beginImport(IMPORTER, "imported from WordPress")) {
      session.insertPost(Post.of(fresh, "Imported", EDITOR, T0));
      parent = imported(session, fresh, null, "1");
      session.insertAll(List.of(parent));
      reply = imported(session, fresh, parent, "22").toBuilder().type(CommentType.PINGBACK)
          .state(ModerationState.SPAM).build();
      Comment onAnOldPost = imported(session, POST, null, "333");
      session.insertAll(List.of(reply, onAnOldPost));
      session.commit();
    }

    assertThat(store.findPost(fresh)).isPresent();
    assertThat(store.commentsOf(fresh)).containsExactly(parent, reply);
    assertThat(store.auditTrail(reply.id())).singleElement().satisfies(e -> {
      assertThat(e.actor()).isEqualTo(IMPORTER);
      assertThat(e.reason()).isEqualTo("imported from WordPress");
      assertThat(e.to()).isEqualTo(ModerationState.SPAM);
    });
    assertThat(store.commentIdsBySource(List.of(SourceId.of("wordpress", "22"),
            SourceId.of("wordpress", "4"), SourceId.of("disqus", "1"))))
        .containsExactlyEntriesOf(Map.of(SourceId.of("wordpress", "22"), reply.id()));
    assertThat(store.nextCommentId().value()).isGreaterThan(reply.id().value());
  }

  @Test
  void anImportClosedWithoutCommit_storesNothing() {
    try (ImportSession session = store.beginImport(IMPORTER, "abandoned")) {
      session.insertPost(Post.of(PostId.of("never"), "Never", EDITOR, T0));
      session.insertAll(List.of(imported(session, POST, null, "1")));
    }

    assertThat(store.findPost(PostId.of("never"))).isEmpty();
    assertThat(store.commentsOf(POST)).isEmpty();
  }

  @Test
  void anImportWithOneBadWrite_storesNothingOfItself() {
    Comment stored = insert(newComment(null, EDITOR, "stored", 1).toBuilder()
        .source(SourceId.of("wordpress", "7")).build());

    assertThatThrownBy(() -> {
      try (ImportSession session = store.beginImport(IMPORTER, "again")) {
        session.insertPost(Post.of(PostId.of("second"), "Second", EDITOR, T0));
        session.insertAll(List.of(imported(session, POST, null, "6")));
        session.insertAll(List.of(imported(session, POST, null, "7")));
        session.commit();
      }
    }).isInstanceOf(AlreadyExistsException.class).hasMessageContaining("wordpress:7");

    assertThat(store.findPost(PostId.of("second"))).isEmpty();
    assertThat(store.commentsOf(POST)).containsExactly(stored);
  }

  @Test
  void anImportsIds_neverMeetTheStoresOwn() {
    // Taken in turn, not interleaved: a store with one writer at a time (SQLite) makes the
    // store's own writes wait for an open session.
    Set<CommentId> ids = new HashSet<>();
    for (int round = 0; round < 3; round++) {
      try (ImportSession session = store.beginImport(IMPORTER, "")) {
        for (int i = 0; i < 300; i++) {
          assertThat(ids.add(session.nextCommentId())).isTrue();
        }
        session.commit();
      }
      for (int i = 0; i < 300; i++) {
        assertThat(ids.add(store.nextCommentId())).isTrue();
      }
    }
    assertThatThrownBy(() -> {
      try (ImportSession session = store.beginImport(IMPORTER, "")) {
        session.commit();
        session.commit();
      }
    }).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void posts_comeInPagesInTheSameOrderEveryTime() {
    for (String id : List.of("b", "a", "c/d", "ü", "A")) {
      store.insertPost(Post.of(PostId.of(id), "Post " + id, EDITOR, T0));
    }
    List<PostId> all = new ArrayList<>();
    PostId after = null;
    while (true) {
      List<Post> page = store.posts(after, 2);
      if (page.isEmpty()) {
        break;
      }
      page.forEach(p -> all.add(p.id()));
      after = page.get(page.size() - 1).id();
    }

    assertThat(all).hasSize(7).doesNotHaveDuplicates()
        .containsExactlyElementsOf(store.posts(null, 100).stream().map(Post::id).toList());
  }

  @Test
  void anArchive_restoresIntoAnotherStore_asItWas() throws Exception {
    Comment root = top("root", 1);
    Comment reply = insert(newComment(root, Guest.of("Bo", "bo@example.com"), "reply", 2)
        .toBuilder().client(ClientInfo.of("192.0.2.4", "Agent")).source(SourceId.of("disqus", "9")).build());
    Comment deeper = insert(newComment(reply, EDITOR, "deeper", 3));
    Comment other = top("other", 4);
    Comment edited = reply.withBody(Body.plain("edited"), T0.plusSeconds(10));
    store.editComment(edited, new Revision(reply.id(), T0.plusSeconds(10), Actor.reader(reply.author()),
        reply.body()), null);
    Comment spam = edited.withState(ModerationState.SPAM, T0.plusSeconds(11));
    store.updateComment(spam, new AuditEntry(reply.id(), T0.plusSeconds(11), Actor.moderator(EDITOR),
        ModerationState.APPROVED, ModerationState.SPAM, "links"));
    store.addReport(new Report(deeper.id(), "user:9", T0.plusSeconds(12), "rude"));
    Comment trashed = other.withState(ModerationState.TRASH, T0.plusSeconds(13));
    store.updateComment(trashed, entry(other, ModerationState.TRASH));

    List<ArchivedComment> archive = new ArrayList<>();
    ArchivedComment after = null;
    while (true) {
      List<ArchivedComment> page = store.archive(POST, after, 2);
      if (page.isEmpty()) {
        break;
      }
      archive.addAll(page);
      after = page.get(page.size() - 1);
    }
    assertThat(archive).extracting(a -> a.comment().id())
        .containsExactly(root.id(), other.id(), reply.id(), deeper.id());
    assertThat(archive).extracting(ArchivedComment::depth).containsExactly(1, 1, 2, 3);
    assertThat(archive.get(2).comment()).isEqualTo(spam);
    assertThat(archive.get(2).trail()).hasSize(2);
    assertThat(archive.get(2).revisions()).hasSize(1);
    assertThat(archive.get(3).reports()).hasSize(1);

    MigrationStore copy = newStore();
    try {
      copy.insertPost(store.findPost(POST).orElseThrow());
      copy.restore(archive.subList(0, 2));
      copy.restore(archive.subList(2, 4));
      copy.reserveCommentIdsThrough(store.lastCommentId());

      assertThat(copy.archive(POST, null, 100)).isEqualTo(archive);
      assertThat(copy.commentsOf(POST)).isEqualTo(store.commentsOf(POST));
      assertThat(copy.moderationQueue(0, 10)).isEqualTo(store.moderationQueue(0, 10));
      assertThat(copy.lastCommentId()).isEqualTo(store.lastCommentId());
      assertThat(copy.nextCommentId().value()).isGreaterThan(store.lastCommentId());
      Comment approved = spam.withState(ModerationState.APPROVED, T0.plusSeconds(20));
      copy.updateComment(approved, new AuditEntry(reply.id(), T0.plusSeconds(20), Actor.moderator(EDITOR),
          ModerationState.SPAM, ModerationState.APPROVED, "not spam"));
      assertThat(copy.auditTrail(reply.id())).hasSize(3).last()
          .satisfies(e -> assertThat(e.reason()).isEqualTo("not spam"));
    } finally {
      closeStore(copy);
    }
  }

  @Test
  void votesPinsAndMentions_restoreAsTheyWere_withCountsFromTheVotes_andNumbersByTime() throws Exception {
    assumeTrue(store instanceof VoteStore && store instanceof ThreadPageStore,
        "the store keeps votes and reads pages");
    Comment first = top("first", 1);
    Comment pinned = insert(newComment(null, Guest.of("Andrew", null), "pinned", 2)
        .toBuilder().pinned(true).build());
    Comment answer = insert(newComment(first, Guest.of("Bo", null), "For Andrew: yes", 3)
        .toBuilder().mentions(List.of(Mention.name(pinned.id(), "Andrew"))).build());
    VoteStore votes = (VoteStore) store;
    votes.vote(new Vote(first.id(), "user:1", VoteDirection.UP, T0.plusSeconds(10)));
    votes.vote(new Vote(first.id(), "user:2", VoteDirection.DOWN, T0.plusSeconds(11)));
    votes.vote(new Vote(pinned.id(), "user:1", VoteDirection.UP, T0.plusSeconds(12)));
    votes.vote(new Vote(answer.id(), "guest:x@example.com", VoteDirection.UP, T0.plusSeconds(13)));
    List<ArchivedComment> archive = store.archive(POST, null, 100);
    assertThat(archive.get(0).votes()).extracting(Vote::voterKey).containsExactly("user:1", "user:2");

    MigrationStore copy = newStore();
    try {
      copy.insertPost(store.findPost(POST).orElseThrow());
      copy.restore(archive);

      assertThat(copy.archive(POST, null, 100)).isEqualTo(archive);
      assertThat(copy.commentsOf(POST)).isEqualTo(store.commentsOf(POST));
      Comment restored = copy.findComment(first.id()).orElseThrow();
      assertThat(restored.votes()).isEqualTo(Votes.of(1, 1));
      assertThat(copy.findComment(pinned.id()).orElseThrow().pinned()).isTrue();
      assertThat(copy.findComment(answer.id()).orElseThrow().mentions())
          .containsExactly(Mention.name(pinned.id(), "Andrew"));
      assertThat(((VoteStore) copy).votesBy("user:1", POST))
          .isEqualTo(Map.of(first.id(), VoteDirection.UP, pinned.id(), VoteDirection.UP));
      for (CommentOrder order : CommentOrder.builtIns()) {
        ThreadPageRequest request = ThreadPageRequest.of(POST, Actor.ANONYMOUS,
            ThreadOptions.DEFAULTS.withSort(order), 1);
        assertThat(((ThreadPageStore) copy).threadPage(request)).as(order.name())
            .isEqualTo(((ThreadPageStore) store).threadPage(request));
      }
    } finally {
      closeStore(copy);
    }
  }

  @Test
  void aRestoreWithOneBadComment_storesNothing() {
    Comment root = top("root", 1);
    List<ArchivedComment> archive = store.archive(POST, null, 10);
    ArchivedComment orphan = new ArchivedComment(
        Comment.create(CommentId.of(50), POST, CommentId.of(49), EDITOR, Body.plain("orphan"), T0,
            ModerationState.APPROVED, ClientInfo.NONE),
        2, List.of(new AuditEntry(CommentId.of(50), T0, Actor.SYSTEM, null, ModerationState.APPROVED, "")),
        List.of(), List.of());

    assertThatThrownBy(() -> store.restore(archive)).isInstanceOf(AlreadyExistsException.class);
    assertThatThrownBy(() -> store.restore(List.of(orphan))).isInstanceOf(NotFoundException.class);
    ArchivedComment tooDeep = new ArchivedComment(
        Comment.create(CommentId.of(51), POST, root.id(), EDITOR, Body.plain("deep"), T0,
            ModerationState.APPROVED, ClientInfo.NONE),
        3, List.of(new AuditEntry(CommentId.of(51), T0, Actor.SYSTEM, null, ModerationState.APPROVED, "")),
        List.of(), List.of());
    assertThatThrownBy(() -> store.restore(List.of(tooDeep))).isInstanceOf(IllegalArgumentException.class);

    assertThat(store.commentsOf(POST)).containsExactly(root);
  }

  @Test
  void reservedIds_areNeverHandedOut() {
    long last = store.lastCommentId();
    store.reserveCommentIdsThrough(last + 1_000);

    assertThat(store.lastCommentId()).isEqualTo(last + 1_000);
    assertThat(store.nextCommentId().value()).isEqualTo(last + 1_001);
    store.reserveCommentIdsThrough(5);
    assertThat(store.nextCommentId().value()).isEqualTo(last + 1_002);
  }
}
