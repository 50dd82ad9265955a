package org.rejoinder.jdbc;

/** On H2 the write is a transaction of its statements, one by one. */
class H2SubmitRoundTripsTest extends SubmitRoundTripsContract {
  @Override
  protected TestDatabase newDatabase() {
    return TestDatabase.h2();
  }

  @Override
  protected Expected expected() {
    return new Expected(14, 15, 9, 16, 17);
  }
}
