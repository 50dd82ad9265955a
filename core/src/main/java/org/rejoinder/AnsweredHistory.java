package org.rejoinder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rejoinder.model.Comment;
import org.rejoinder.moderation.CommentHistory;
import org.rejoinder.store.CommentQueries;
import org.rejoinder.store.CommentQuery;
import org.rejoinder.store.DiscussionStore;

/**
 * The history one submission is judged against: the queries its rules declared, answered by the
 * store together before the policy runs, and any other query answered by the store when asked.
 */
final class AnsweredHistory implements CommentHistory {
  private final DiscussionStore store;
  private final Map<CommentQuery, Long> counts = new HashMap<>();
  private final Map<CommentQuery, List<Comment>> found = new HashMap<>();

  private AnsweredHistory(DiscussionStore store) {
    this.store = store;
  }

  /** Asks {@code store} the declared {@code queries} at once; nothing if there are none. */
  static AnsweredHistory of(DiscussionStore store, CommentQueries queries) {
    AnsweredHistory history = new AnsweredHistory(store);
    if (!queries.isEmpty()) {
      CommentQueries.Answers answers = store.answer(queries);
      for (int i = 0; i < queries.counts().size(); i++) {
        history.counts.put(queries.counts().get(i), answers.counts().get(i));
      }
      for (int i = 0; i < queries.finds().size(); i++) {
        history.found.put(queries.finds().get(i), answers.found().get(i));
      }
    }
    return history;
  }

  @Override
  public List<Comment> find(CommentQuery query) {
    List<Comment> answer = found.get(query);
    return answer != null ? answer : store.find(query);
  }

  @Override
  public long count(CommentQuery query) {
    Long answer = counts.get(query);
    return answer != null ? answer : store.count(query);
  }
}
