package org.rejoinder.store;

class InMemoryBulkInsertTest extends BulkInsertContract {
  @Override
  protected BulkInsertStore newStore() {
    return new InMemoryCommentStore();
  }
}
