package org.rejoinder.jdbc;

class SqliteSeveralNodesTest extends SeveralNodesContract {
  @Override
  protected TestDatabase newDatabase() throws Exception {
    return TestDatabase.sqlite();
  }
}
