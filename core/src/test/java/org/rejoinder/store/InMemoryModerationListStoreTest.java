package org.rejoinder.store;

import org.rejoinder.moderation.ModerationListStore;

class InMemoryModerationListStoreTest extends ModerationListStoreContract {
  @Override
  protected ModerationListStore newStore() {
    return ModerationListStore.inMemory();
  }
}
