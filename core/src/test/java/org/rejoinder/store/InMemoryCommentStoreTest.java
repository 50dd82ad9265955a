package org.rejoinder.store;

class InMemoryCommentStoreTest extends CommentStoreContract {
  @Override
  protected CommentStore newStore() {
    return new InMemoryCommentStore();
  }
}
