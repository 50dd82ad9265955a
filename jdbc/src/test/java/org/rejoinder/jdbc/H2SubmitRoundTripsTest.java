package org.rejoinder.jdbc;

/**
 * On H2 the reads, the id and the write are one transaction of statements sent one by one, begun
 * before the post is read with the {@code MERGE} that locks the author's identities (one round
 * trip more than without it), and committed with the comment.
 */
class H2SubmitRoundTripsTest extends SubmitRoundTripsContract {
  @Override
  protected TestDatabase newDatabase() {
    return TestDatabase.h2();
  }

  @Override
  protected Expected expected() {
    return new Expected(13, 15, 10, 15, 17);
  }
}
