package org.rejoinder.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rejoinder.model.Comment;
import org.rejoinder.model.ModerationState;
import org.rejoinder.model.Post;
import org.rejoinder.model.PostId;

/**
 * The capability of telling what happens across posts: how many responses each of many posts has
 * (the "12 comments" links of a blog's index page) and the newest approved comments of the site
 * (a "recent comments" list). Every store has it: the defaults ask {@link #count} once per post
 * and read recent comments through {@link #find}; a store that keeps counters answers each
 * question with one indexed query.
 *
 * <p>{@code ActivityStoreContract} in the test-jar of {@code rejoinder-core} checks a store
 * against this interface.
 *
 * @since 0.2.0
 */
public interface ActivityStore extends DiscussionStore {

  /**
   * Returns the number of approved comments of each post, the N of "N responses" that its thread
   * shows ({@link org.rejoinder.thread.CommentThread#responseCount()}). A store should answer
   * with one query whatever the number of posts; this default counts post by post.
   *
   * @param posts the posts; repeats are ignored
   * @return the count of every stored post among {@code posts}; unknown posts are left out
   */
  default Map<PostId, Integer> responseCounts(Collection<PostId> posts) {
    requireNonNull(posts, "posts must not be null");
    Map<PostId, Integer> counts = new HashMap<>();
    for (PostId post : new LinkedHashSet<>(posts)) {
      if (findPost(post).isPresent()) {
        CommentQuery approved = CommentQuery.all().withPost(post).withStates(ModerationState.APPROVED);
        counts.put(post, Math.toIntExact(count(approved)));
      }
    }
    return counts;
  }

  /**
   * Returns approved comments newest first (by creation time, then id, both descending) as
   * {@code query} selects them, its offset and limit applied. A store should answer with one
   * indexed query; this default reads pages of {@link #find} and filters them.
   *
   * @param query which comments
   * @param at when the list is read, to judge which posts take comments (see {@link
   *     RecentCommentsQuery#openPostsOnly()})
   */
  default List<Comment> recentComments(RecentCommentsQuery query, Instant at) {
    requireNonNull(query, "query must not be null");
    requireNonNull(at, "at must not be null");
    Map<PostId, Boolean> shown = new HashMap<>();
    List<Comment> result = new ArrayList<>();
    int skipped = 0;
    int pageSize = Math.max(100, query.offset() + query.limit());
    CommentQuery approved = CommentQuery.all().withStates(ModerationState.APPROVED).withNewestFirst();
    for (int from = 0; ; from += pageSize) {
      List<Comment> page = find(approved.withPage(from, pageSize));
      for (Comment c : page) {
        boolean show = shown.computeIfAbsent(c.postId(), post -> {
          if (!query.posts().isEmpty() && !query.posts().contains(post)
              || query.excludedPosts().contains(post)) {
            return false;
          }
          Optional<Post> found = findPost(post);
          return found.isPresent() && (!query.openPostsOnly() || found.get().acceptsCommentsAt(at));
        });
        if (!show) {
          continue;
        }
        if (skipped < query.offset()) {
          skipped++;
        } else {
          result.add(c);
          if (result.size() == query.limit()) {
            return result;
          }
        }
      }
      if (page.size() < pageSize) {
        return result;
      }
    }
  }
}
