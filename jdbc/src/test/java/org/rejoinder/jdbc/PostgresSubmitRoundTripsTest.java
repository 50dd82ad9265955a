package org.rejoinder.jdbc;

import org.rejoinder.jdbc.PostgresCondition.RequiresPostgres;

/**
 * On PostgreSQL a new comment takes at most five round trips: the post, the parent of a reply,
 * the history, and the write, one statement text from {@code BEGIN} to {@code COMMIT}; the outbox
 * adds the read of the subscriptions to tell. Its id comes from a block the store reserved ahead
 * ({@link PostgresCommentIdsTest} counts those), and the author's identity locks cost none of
 * their own: they go in front of the read of the post and are released behind the write.
 */
@RequiresPostgres
class PostgresSubmitRoundTripsTest extends SubmitRoundTripsContract {
  @Override
  protected TestDatabase newDatabase() throws Exception {
    return TestDatabase.postgres();
  }

  @Override
  protected Expected expected() {
    return new Expected(3, 4, 3, 3, 5);
  }
}
