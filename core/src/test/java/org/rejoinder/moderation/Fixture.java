package org.rejoinder.moderation;

import static org.rejoinder.testing.Comments.POST_AUTHOR;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.rejoinder.model.Actor;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Author;
import org.rejoinder.model.Body;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Comment;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.store.CommentQuery;
import org.rejoinder.store.InMemoryCommentStore;

/** A post in a store, to evaluate rules against submissions and earlier comments. */
final class Fixture {
  static final Instant T0 = Instant.parse("2024-05-01T12:00:00Z");
  static final Post POST = Post.of(PostId.of("p"), "Post", POST_AUTHOR, T0);

  final InMemoryCommentStore store = new InMemoryCommentStore();
  final CommentHistory history = CommentHistory.of(store);

  Fixture() {
    store.insertPost(POST);
  }

  Submission submission(Author author, String text, ClientInfo client, Instant at) {
    return Submission.builder()
        .post(POST)
        .author(author)
        .body(Body.plain(text))
        .client(client)
        .at(at)
        .history(history)
        .build();
  }

  Submission submission(Author author, String text) {
    return submission(author, text, ClientInfo.NONE, T0);
  }

  Submission as(Submission s, Actor actor) {
    return s.toBuilder().actor(actor).build();
  }

  Submission replyTo(Submission s, Comment parent) {
    return s.toBuilder().parent(parent).build();
  }

  Submission editOf(Comment original, String newText, Instant at) {
    return Submission.builder()
        .post(POST)
        .author(original.author())
        .body(Body.plain(newText))
        .client(original.client())
        .at(at)
        .original(original)
        .history(history)
        .build();
  }

  /** Stores a comment as {@code s} describes it, in {@code state}. */
  Comment store(Submission s, ModerationState state, @Nullable Comment parent) {
    Comment c = Comment.create(store.nextCommentId(), POST.id(), parent == null ? null : parent.id(),
        s.author(), s.body(), s.at(), state, s.client());
    store.insertComment(c, new AuditEntry(c.id(), s.at(), Actor.SYSTEM, null, state, "test"));
    return c;
  }

  Comment store(Submission s, ModerationState state) {
    return store(s, state, null);
  }

  /** {@code s} judged against this store's history, each answer's size noted in {@code read}. */
  Submission readCounted(Submission s, List<Long> read) {
    CommentHistory counted =
        new CommentHistory() {
          @Override
          public List<Comment> find(CommentQuery query) {
            List<Comment> found = history.find(query);
            read.add((long) found.size());
            return found;
          }

          @Override
          public long count(CommentQuery query) {
            long count = history.count(query);
            read.add(count);
            return count;
          }
        };
    return s.toBuilder().history(counted).build();
  }
}
