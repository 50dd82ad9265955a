package org.rejoinder.jdbc;

/**
 * On H2 the write is a transaction of its statements, one by one, begun before the post is read
 * with the {@code MERGE} that locks the author's identities (one round trip more than without
 * it), and committed with the comment.
 */
class H2SubmitRoundTripsTest extends SubmitRoundTripsContract {
  @Override
  protected TestDatabase newDatabase() {
    return TestDatabase.h2();
  }

  @Override
  protected Expected expected() {
    return new Expected(15, 16, 10, 17, 18);
  }
}
