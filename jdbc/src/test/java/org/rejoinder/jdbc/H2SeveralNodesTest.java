package org.rejoinder.jdbc;

class H2SeveralNodesTest extends SeveralNodesContract {
  @Override
  protected TestDatabase newDatabase() throws Exception {
    return TestDatabase.h2();
  }
}
