package org.rejoinder.store;

class InMemoryNotificationTest extends NotificationStoreContract {
  @Override
  protected NotificationStore newStore() {
    return new InMemoryCommentStore();
  }
}
