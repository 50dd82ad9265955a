package org.rejoinder.jdbc;

import org.rejoinder.jdbc.PostgresCondition.RequiresPostgres;

/** Two stores over one PostgreSQL schema: advisory locks make them take turns. */
@RequiresPostgres
class PostgresSeveralNodesTest extends SeveralNodesContract {
  @Override
  protected TestDatabase newDatabase() throws Exception {
    return TestDatabase.postgres();
  }
}
