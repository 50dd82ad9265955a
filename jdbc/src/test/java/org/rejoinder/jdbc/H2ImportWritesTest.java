package org.rejoinder.jdbc;

/** On H2, in memory: an H2 file is sent the same statements. */
class H2ImportWritesTest extends ImportWritesContract {
  @Override
  protected TestDatabase newDatabase() {
    return TestDatabase.h2();
  }
}
