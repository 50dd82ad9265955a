package org.rejoinder.store;

import org.junit.jupiter.api.Nested;

/**
 * The contracts on a store that keeps every default method of the SPI ({@link DelegatingStore}):
 * an application's store that implements only the abstract methods behaves as the built-in ones.
 */
class DefaultMethodsTest {

  @Nested
  class Contract extends CommentStoreContract {
    @Override
    protected CommentStore newStore() {
      return new DelegatingStore();
    }
  }

  @Nested
  class BulkInsert extends BulkInsertContract {
    @Override
    protected BulkInsertStore newStore() {
      return new DelegatingStore();
    }
  }

  @Nested
  class ThreadPages extends ThreadPageContract {
    @Override
    protected ThreadPageStore newStore() {
      return new DelegatingStore();
    }

    @Override
    protected int randomDiscussions() {
      return 12;
    }
  }

  @Nested
  class Activity extends ActivityStoreContract {
    @Override
    protected ActivityStore newStore() {
      return new DelegatingStore();
    }
  }
}
