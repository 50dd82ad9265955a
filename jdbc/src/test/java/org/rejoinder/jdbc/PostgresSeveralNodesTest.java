package org.rejoinder.jdbc;

import org.rejoinder.jdbc.PostgresCondition.RequiresPostgres;

@RequiresPostgres
class PostgresSeveralNodesTest extends SeveralNodesContract {
  @Override
  protected TestDatabase newDatabase() throws Exception {
    return TestDatabase.postgres();
  }
}
