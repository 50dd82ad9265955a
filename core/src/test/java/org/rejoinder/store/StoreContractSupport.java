package org.rejoinder.store;



import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.rejoinder.model.Actor;
import org.rejoinder.model.AuditEntry;
import org.rejoinder.model.Author;
import org.rejoinder.model.Body;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentStatus;
import org.rejoinder.model.Guest;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;

/**
 * What the store contracts share: a fresh store with two posts, and methods that write comments
 * and their audit entries. {@link DiscussionStoreContract} and {@link
 * ModerationHistoryStoreContract} extend it.
 *
 * @param <S> the capability the contract checks
 */
public abstract class StoreContractSupport<S extends DiscussionStore> {
  protected static final Instant T0 = Instant.parse("2024-06-01T08:00:00Z");
  protected static final SiteUser EDITOR = SiteUser.of("ed", "Editor").withEmail("ed@example.com");
  protected static final PostId POST = PostId.of("post-1");
  protected static final PostId OTHER = PostId.of("post-2");

  protected S store;

  /** Returns a new, empty store. */
  protected abstract S newStore() throws Exception;

  /** Releases what {@link #newStore()} opened. */
  protected void closeStore(S store) throws Exception {}

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

  /** Stores a top-level comment by a guest. */
  protected Comment top(String text, long seconds) {
    return insert(newComment(null, Guest.of("Ann", "ann@example.com"), text, seconds));
  }

  /** Returns the entry of a moderator's change of {@code from} to {@code to}. */
  protected static AuditEntry entry(Comment from, ModerationState to) {
    return new AuditEntry(from.id(), T0.plusSeconds(5), Actor.moderator(EDITOR), from.state(), to, "");
  }
}
