package org.rejoinder.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Mention;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.PostId;

/**
 * The capability of finding the people a comment names: what resolves {@code @Andrew} or "For
 * Andrew:" to Andrew's latest comment on the post ({@link Mention}). A store should answer from
 * an index of its authors' names per post, so that resolving the names of a new comment does
 * not read the whole post; this default does read it.
 *
 * <p>{@code MentionStoreContract} in the test-jar of {@code rejoinder-core} checks a store
 * against this interface.
 *
 * @since 0.2.0
 */
public interface MentionStore extends DiscussionStore {

  /**
   * Returns, for each author whose display name's first word is {@code firstNameKey} (compared
   * as {@link Mention#firstNameKey} folds names), that author's latest approved comment on the
   * post created at or before {@code notAfter}: one comment per author, newest first (by
   * creation time, then id). Empty if there is none.
   *
   * @param postId the post
   * @param firstNameKey a {@link Mention#firstNameKey}, such as {@code "andrew"}
   * @param notAfter the latest creation time considered
   */
  default List<Comment> latestByFirstName(PostId postId, String firstNameKey, Instant notAfter) {
    requireNonNull(postId, "postId must not be null");
    requireNonNull(firstNameKey, "firstNameKey must not be null");
    requireNonNull(notAfter, "notAfter must not be null");
    Map<String, Comment> latest = new LinkedHashMap<>();
    List<Comment> all = find(CommentQuery.all().withPost(postId)
        .withStates(ModerationState.APPROVED).withNewestFirst());
    for (Comment c : all) {
      if (!c.createdAt().isAfter(notAfter)
          && Mention.firstNameKey(c.author().displayName()).equals(firstNameKey)) {
        latest.putIfAbsent(c.author().key(), c);
      }
    }
    return new ArrayList<>(latest.values());
  }
}
