package org.rejoinder.store;

class InMemoryMigrationStoreTest extends MigrationStoreContract {
  @Override
  protected MigrationStore newStore() {
    return new InMemoryCommentStore();
  }
}
