package org.rejoinder.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/** Wraps a data source so that what the store asks of its connections is counted. */
final class CountingDataSource {
  /**
   * The calls on a connection that a driver may answer only by asking the server; see {@link
   * #roundTrips}.
   */
  private static final Set<String> CONNECTION_TRIPS = Set.of("commit", "rollback", "setAutoCommit",
      "setTransactionIsolation", "getTransactionIsolation", "setReadOnly", "setSavepoint",
      "releaseSavepoint", "setSchema", "setCatalog", "isValid");

  private CountingDataSource() {}

  /** Returns {@code delegate}, counting its statements in {@code statements}. */
  static DataSource counting(DataSource delegate, AtomicInteger statements) {
    return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
        (proxy, method, args) -> {
          Object result = invoke(method, delegate, args);
          if (result instanceof Connection connection) {
            return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (p, m, a) -> {
                  if (m.getName().startsWith("prepare") || m.getName().equals("createStatement")) {
                    statements.incrementAndGet();
                  }
                  return invoke(m, connection, a);
                });
          }
          return result;
        });
  }

  /**
   * Returns {@code delegate}, counting in {@code trips} the round trips its connections make: the
   * calls the application makes on a connection borrowed from it, or on a statement made on such
   * a connection, that a driver may answer only by asking the server. Those are every execution
   * of a statement ({@code execute}, {@code executeQuery}, {@code executeUpdate}, {@code
   * executeLargeUpdate}, {@code executeBatch}: one each, however many SQL statements its text
   * holds, for the driver sends them together), and on the connection {@code commit}, {@code
   * rollback}, {@code setAutoCommit}, {@code setTransactionIsolation}, {@code
   * getTransactionIsolation} (PostgreSQL's driver asks the server), {@code setReadOnly}, {@code
   * setSchema}, {@code setCatalog}, savepoints and {@code isValid}, whether or not the driver
   * needs the server for that call. Not counted, because no driver asks the server for them:
   * preparing a statement (PostgreSQL's driver parses it with its first execution), binding its
   * parameters, reading the rows an execution brought back, {@code getAutoCommit} and closing.
   * A transaction's beginning is a round trip of its own only where a driver sends it alone:
   * PostgreSQL's driver sends {@code BEGIN} with the transaction's first statement, so it is
   * counted as that statement is; a {@code BEGIN} the application sends as a statement is counted
   * as one. What a pool does on its own connections (HikariCP's checks of an idle connection)
   * is not the application's and is not counted.
   */
  static DataSource roundTrips(DataSource delegate, AtomicInteger trips) {
    return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
        (proxy, method, args) -> {
          Object result = invoke(method, delegate, args);
          return result instanceof Connection connection ? countingConnection(connection, trips) : result;
        });
  }

  /**
   * Returns {@code delegate}, counting in {@code rows}, by the SQL text of each prepared
   * statement, the rows it was run for: one for each execution on its own, and one for each row
   * added to a batch ({@code addBatch}).
   */
  static DataSource rowsByStatement(DataSource delegate, Map<String, Integer> rows) {
    return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
        (proxy, method, args) -> {
          Object result = invoke(method, delegate, args);
          if (!(result instanceof Connection connection)) {
            return result;
          }
          return Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
              (p, m, a) -> {
                Object made = invoke(m, connection, a);
                if (made instanceof PreparedStatement statement && m.getName().equals("prepareStatement")) {
                  String sql = (String) a[0];
                  return Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
                      new Class<?>[] {PreparedStatement.class},
                      (sp, sm, sa) -> {
                        String name = sm.getName();
                        if ((sa == null || sa.length == 0) && (name.equals("addBatch")
                            || name.equals("execute") || name.equals("executeUpdate")
                            || name.equals("executeQuery") || name.equals("executeLargeUpdate"))) {
                          rows.merge(sql, 1, Integer::sum);
                        }
                        return invoke(sm, statement, sa);
                      });
                }
                return made;
              });
        });
  }

  private static Connection countingConnection(Connection connection, AtomicInteger trips) {
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
        (p, m, a) -> {
          if (CONNECTION_TRIPS.contains(m.getName())) {
            trips.incrementAndGet();
          }
          Object result = invoke(m, connection, a);
          if (result instanceof Statement statement
              && (m.getName().startsWith("prepare") || m.getName().equals("createStatement"))) {
            return countingStatement(statement, trips);
          }
          return result;
        });
  }

  private static Statement countingStatement(Statement statement, AtomicInteger trips) {
    Class<?> type = statement instanceof CallableStatement ? CallableStatement.class
        : statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
    return (Statement) Proxy.newProxyInstance(Statement.class.getClassLoader(), new Class<?>[] {type},
        (p, m, a) -> {
          if (m.getName().startsWith("execute")) {
            trips.incrementAndGet();
          }
          return invoke(m, statement, a);
        });
  }

  private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
