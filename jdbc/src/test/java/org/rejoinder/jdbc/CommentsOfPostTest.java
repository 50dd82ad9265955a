package org.rejoinder.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rejoinder.model.Actor;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Body;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Guest;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;
import org.rejoinder.thread.CommentThread;
import org.rejoinder.thread.PostComments;
import org.rejoinder.thread.ThreadOptions;

/**
 * A post's comments come with the arrays assembly reads ({@link PostComments}), so that a thread
 * read from the database assembles without reaching into each comment; it is the thread the same
 * comments give as a plain list.
 */
class CommentsOfPostTest {
  private static final Instant T0 = Instant.parse("2024-06-01T08:00:00Z");
  private static final PostId POST = PostId.of("arrays");

  private TestDatabase database;
  private JdbcCommentStore store;

  @BeforeEach
  void open() {
    database = TestDatabase.h2();
    store = database.migratedStore();
  }

  @AfterEach
  void close() throws Exception {
    database.close();
  }

  @Test
  void aPostsComments_comeWithTheirArrays_andAssembleAsAPlainListOfThem() {
    Post post = Post.of(POST, "Arrays", SiteUser.of("1", "Ed"), T0);
    store.insertPost(post);
    Guest ann = Guest.of("Ann", null);
    List<Comment> written = new ArrayList<>();
    ModerationState[] states = {ModerationState.APPROVED, ModerationState.PENDING, ModerationState.SPAM};
    for (int i = 0; i < 9; i++) {
      Comment parent = i < 3 ? null : written.get(i / 3 - 1);
      Comment c = Comment.create(store.nextCommentId(), POST, parent == null ? null : parent.id(),
          i % 2 == 0 ? ann : Guest.of("Bob", null), Body.plain("c " + i), T0.plusSeconds(i),
          states[i % 3], ClientInfo.NONE);
      store.insertComment(c, new AuditEntry(c.id(), c.createdAt(), Actor.SYSTEM, null, c.state(), "new"));
      written.add(c);
    }

    List<Comment> read = store.commentsOf(POST);

    assertThat(read).isInstanceOf(PostComments.class);
    assertThat(((PostComments) read).postId()).isEqualTo(POST);
    assertThat(read).extracting(Comment::id).containsExactlyElementsOf(written.stream().map(Comment::id).toList());
    for (Actor viewer : List.of(Actor.ANONYMOUS, Actor.reader(ann))) {
      CommentThread fromArrays = CommentThread.assemble(post, read, viewer, ThreadOptions.DEFAULTS, T0);
      CommentThread fromList = CommentThread.assemble(post, new ArrayList<>(read), viewer, ThreadOptions.DEFAULTS, T0);
      List<String> shown = new ArrayList<>();
      fromArrays.forEach(n -> shown.add(n.id() + " " + n.kind() + " " + n.depth() + " " + n.number()));
      List<String> expected = new ArrayList<>();
      fromList.forEach(n -> expected.add(n.id() + " " + n.kind() + " " + n.depth() + " " + n.number()));
      assertThat(shown).as("seen by %s", viewer).isNotEmpty().isEqualTo(expected);
    }
  }
}
