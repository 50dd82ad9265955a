package org.rejoinder.jdbc;

/** Two stores over one SQLite file: the database's write lock makes them take turns. */
class SqliteSeveralNodesTest extends SeveralNodesContract {
  @Override
  protected TestDatabase newDatabase() throws Exception {
    return TestDatabase.sqlite();
  }
}
