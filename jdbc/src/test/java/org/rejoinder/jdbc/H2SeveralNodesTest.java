package org.rejoinder.jdbc;

/**
 * Two stores over one in-memory H2 database, as two processes over an H2 server: they share no
 * lock in this process, so only the rows of {@code rejoinder_identity_lock} make them take turns.
 */
class H2SeveralNodesTest extends SeveralNodesContract {
  @Override
  protected TestDatabase newDatabase() throws Exception {
    return TestDatabase.h2();
  }
}
