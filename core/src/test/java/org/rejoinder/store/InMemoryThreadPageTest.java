package org.rejoinder.store;

class InMemoryThreadPageTest extends ThreadPageContract {
  @Override
  protected CommentStore newStore() {
    return new InMemoryCommentStore();
  }
}
