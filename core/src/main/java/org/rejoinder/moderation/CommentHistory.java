package org.rejoinder.moderation;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.rejoinder.model.Comment;
import org.rejoinder.store.CommentQuery;
import org.rejoinder.store.DiscussionStore;

/**
 * Read access to the comments already stored, for rules that judge a comment by what came before
 * it: flood control, duplicates, first-time commenters.
 *
 * @since 0.1.0
 */
public interface CommentHistory {
  /** A history with no comments, for policies evaluated outside a store. */
  CommentHistory EMPTY =
      new CommentHistory() {
        @Override
        public List<Comment> find(CommentQuery query) {
          return List.of();
        }

        @Override
        public long count(CommentQuery query) {
          return 0;
        }
      };

  /** Returns the stored comments matching {@code query}; see {@link DiscussionStore#find}. */
  List<Comment> find(CommentQuery query);

  /** Returns how many stored comments match {@code query}; see {@link DiscussionStore#count}. */
  long count(CommentQuery query);

  /** Returns the history kept by {@code store}, read-only. */
  static CommentHistory of(DiscussionStore store) {
    requireNonNull(store, "store must not be null");
    return new CommentHistory() {
      @Override
      public List<Comment> find(CommentQuery query) {
        return store.find(query);
      }

      @Override
      public long count(CommentQuery query) {
        return store.count(query);
      }
    };
  }
}
