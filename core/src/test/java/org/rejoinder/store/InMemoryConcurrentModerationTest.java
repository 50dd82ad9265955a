package org.rejoinder.store;

class InMemoryConcurrentModerationTest extends ConcurrentModerationContract {
  @Override
  protected CommentStore newStore() {
    return new InMemoryCommentStore();
  }
}
