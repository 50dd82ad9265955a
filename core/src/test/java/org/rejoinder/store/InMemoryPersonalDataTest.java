package org.rejoinder.store;

class InMemoryPersonalDataTest extends PersonalDataStoreContract {
  @Override
  protected CommentStore newStore() {
    return new InMemoryCommentStore();
  }
}
