package org.rejoinder.store;

class InMemoryActivityTest extends ActivityStoreContract {
  @Override
  protected ActivityStore newStore() {
    return new InMemoryCommentStore();
  }
}
