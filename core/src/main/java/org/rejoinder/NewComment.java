package org.rejoinder;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.rejoinder.model.Author;
import org.rejoinder.model.Body;
import org.rejoinder.model.ClientInfo;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.PostId;

/**
 * A comment as submitted, before moderation gives it a state and the store an id: what a "Leave
 * a Reply" form posts.
 *
 * @param postId the post commented on
 * @param parentId the comment replied to, or {@code null} for a top-level comment
 * @param author who writes it
 * @param body what they write
 * @param client where it comes from, {@link ClientInfo#NONE} if unknown
 * @since 0.1.0
 */
public record NewComment(
    PostId postId, @Nullable CommentId parentId, Author author, Body body, ClientInfo client) {

  /** Creates a submission. */
  public NewComment {
    requireNonNull(postId, "postId must not be null");
    requireNonNull(author, "author must not be null");
    requireNonNull(body, "body must not be null");
    requireNonNull(client, "client must not be null");
  }

  /**
   * Returns a top-level comment on a post, sent from an unknown client ({@link ClientInfo#NONE});
   * add the client with {@link #withClient(ClientInfo)}.
   */
  public static NewComment on(PostId postId, Author author, Body body) {
    return new NewComment(postId, null, author, body, ClientInfo.NONE);
  }

  /**
   * Returns a reply to a comment of a post, sent from an unknown client ({@link ClientInfo#NONE});
   * add the client with {@link #withClient(ClientInfo)}.
   */
  public static NewComment replyTo(PostId postId, CommentId parentId, Author author, Body body) {
    return new NewComment(postId, requireNonNull(parentId, "parentId"), author, body, ClientInfo.NONE);
  }

  /**
   * Returns a copy sent from a client: {@code ClientInfo.of(ip, userAgent)} from the request.
   * Default: {@link ClientInfo#NONE}. A web application should always set it: without an IP
   * address, IP bans and flood control by address do nothing.
   */
  public NewComment withClient(ClientInfo newClient) {
    return new NewComment(postId, parentId, author, body, newClient);
  }
}
