package org.rejoinder.testing;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.rejoinder.model.Author;
import org.rejoinder.model.Body;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.CommentStatus;
import org.rejoinder.model.Guest;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;

/** Small factories for test data. */
public final class Comments {
  public static final Instant T0 = Instant.parse("2024-03-01T10:00:00Z");
  public static final SiteUser POST_AUTHOR = SiteUser.of("1", "Editor");

  private Comments() {}

  public static Post post(String id) {
    return new Post(PostId.of(id), "Post " + id, POST_AUTHOR, T0, CommentStatus.OPEN);
  }

  public static Guest guest(String name) {
    return Guest.of(name, name.toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@example.com");
  }

  /**
   * A comment with id {@code id}, created {@code id} seconds after {@link #T0}; a purged one is
   * the tombstone of such a comment.
   */
  public static Comment comment(
      long id, String post, @Nullable Long parent, Author author, ModerationState state) {
    if (state == ModerationState.PURGED) {
      return comment(id, post, parent, author, ModerationState.TRASH).toTombstone(T0.plusSeconds(id));
    }
    return Comment.create(
        CommentId.of(id),
        PostId.of(post),
        parent == null ? null : CommentId.of(parent),
        author,
        Body.plain("Comment " + id),
        T0.plusSeconds(id),
        state,
        ClientInfo.NONE);
  }

  public static Comment approved(long id, String post, @Nullable Long parent) {
    return comment(id, post, parent, guest("Guest " + id), ModerationState.APPROVED);
  }
}
