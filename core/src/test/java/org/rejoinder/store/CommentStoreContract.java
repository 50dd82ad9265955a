package org.rejoinder.store;

import org.junit.jupiter.api.Nested;

/**
 * The behaviour a complete {@link CommentStore} owes Rejoinder in its two capabilities with
 * abstract methods: {@link DiscussionStoreContract} and {@link ModerationHistoryStoreContract},
 * with those of votes, pins, mentions and identity locks ({@link IdentityLockContract}), run as
 * nested tests on fresh stores from {@link #newStore()}. A store implementation extends
 * this class, and also {@link BulkInsertContract}, {@link ThreadPageContract} and {@link
 * ConcurrentModerationContract}; a store with fewer capabilities extends the contracts of those
 * it has.
 */
public abstract class CommentStoreContract {

  /** Returns a new, empty store. */
  protected abstract CommentStore newStore() throws Exception;

  /** Releases what {@link #newStore()} opened. */
  protected void closeStore(CommentStore store) throws Exception {}

  /** Posts, comments, queries and concurrent updates. */
  @Nested
  class PostsAndComments extends DiscussionStoreContract {
    @Override
    protected DiscussionStore newStore() throws Exception {
      return CommentStoreContract.this.newStore();
    }

    @Override
    protected void closeStore(DiscussionStore store) throws Exception {
      CommentStoreContract.this.closeStore((CommentStore) store);
    }
  }

  /** Readers' votes and the counts kept with them. */
  @Nested
  class Votes extends VoteStoreContract {
    @Override
    protected VoteStore newStore() throws Exception {
      return CommentStoreContract.this.newStore();
    }

    @Override
    protected void closeStore(VoteStore store) throws Exception {
      CommentStoreContract.this.closeStore((CommentStore) store);
    }
  }

  /** Pinned comments, a few per post. */
  @Nested
  class Pins extends PinStoreContract {
    @Override
    protected PinStore newStore() throws Exception {
      return CommentStoreContract.this.newStore();
    }

    @Override
    protected void closeStore(PinStore store) throws Exception {
      CommentStoreContract.this.closeStore((CommentStore) store);
    }
  }

  /** The authors a comment can name. */
  @Nested
  class Mentions extends MentionStoreContract {
    @Override
    protected MentionStore newStore() throws Exception {
      return CommentStoreContract.this.newStore();
    }

    @Override
    protected void closeStore(MentionStore store) throws Exception {
      CommentStoreContract.this.closeStore((CommentStore) store);
    }
  }

  /** A person's turn around a new comment. */
  @Nested
  class IdentityLocks extends IdentityLockContract {
    @Override
    protected CommentStore newStore() throws Exception {
      return CommentStoreContract.this.newStore();
    }

    @Override
    protected void closeStore(CommentStore store) throws Exception {
      CommentStoreContract.this.closeStore(store);
    }
  }

  /** Edits, reports, audit by actor, purging and the queue. */
  @Nested
  class ModerationHistory extends ModerationHistoryStoreContract {
    @Override
    protected ModerationHistoryStore newStore() throws Exception {
      return CommentStoreContract.this.newStore();
    }

    @Override
    protected void closeStore(ModerationHistoryStore store) throws Exception {
      CommentStoreContract.this.closeStore((CommentStore) store);
    }
  }
}
