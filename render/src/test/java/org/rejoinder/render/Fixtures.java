package org.rejoinder.render;

import java.time.Instant;
import java.util.List;
import org.rejoinder.model.Actor;
import org.rejoinder.model.Author;
import org.rejoinder.model.Body;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.Comment;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.ExternalIdentity;
import org.rejoinder.model.Guest;
import org.rejoinder.model.IdentityProvider;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;
import org.rejoinder.model.SiteUser;
import org.rejoinder.thread.CommentThread;
import org.rejoinder.thread.ThreadOptions;

/** Small factories for test threads. */
public final class Fixtures {
  public static final Instant T0 = Instant.parse("2024-03-01T10:00:00Z");
  public static final SiteUser ADA =
      new SiteUser("1", "Ada", "ada@example.com", "https://ada.example.com");
  public static final Guest ANN = Guest.of("Ann", "ann@example.com");
  public static final Guest BOB = Guest.of("Bob", "bob@example.org", "https://bob.example.org");
  public static final ExternalIdentity PRIYA =
      new ExternalIdentity(IdentityProvider.WORDPRESS_COM, "88213", "Priya",
          "https://priya.wordpress.com", null);
  public static final Post POST =
      Post.of(PostId.of("hello-world"), "Hello world", ADA, T0.minusSeconds(3600));

  private Fixtures() {}

  /** An approved Markdown comment {@code id} minutes after {@link #T0}. */
  public static Comment comment(long id, Long parent, Author author, String markdown) {
    return comment(id, parent, author, Body.markdown(markdown), ModerationState.APPROVED);
  }

  public static Comment comment(
      long id, Long parent, Author author, Body body, ModerationState state) {
    return Comment.create(CommentId.of(id), POST.id(), parent == null ? null : CommentId.of(parent),
        author, body, T0.plusSeconds(60 * id), state, ClientInfo.of("203.0.113.9", "Test/1.0"));
  }

  public static CommentThread thread(List<Comment> comments) {
    return thread(POST, comments);
  }

  public static CommentThread thread(Post post, List<Comment> comments) {
    return CommentThread.assemble(post, comments, Actor.ANONYMOUS, ThreadOptions.defaults(), T0);
  }
}
