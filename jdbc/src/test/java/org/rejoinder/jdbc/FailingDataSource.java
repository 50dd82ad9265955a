package org.rejoinder.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * A data source whose connections break as a database's do when its server dies: statements
 * starting with a given SQL text fail when executed (SQL state 08006, as a lost connection); the
 * commit can fail after the database committed; restoring auto-commit afterwards can fail as on a
 * closed connection. It counts the connections aborted.
 */
final class FailingDataSource {
  /** The SQL state of the simulated failures: a connection lost while talking to the server. */
  static final String LOST = "08006";

  private final DataSource delegate;
  private final String failingSql;
  private final boolean failAfterCommit;
  private final boolean failOnRestore;
  private final AtomicInteger aborted = new AtomicInteger();

  private FailingDataSource(DataSource delegate, String failingSql, boolean failAfterCommit,
      boolean failOnRestore) {
    this.delegate = delegate;
    this.failingSql = failingSql;
    this.failAfterCommit = failAfterCommit;
    this.failOnRestore = failOnRestore;
  }

  /** Statements starting with {@code sqlPrefix} fail, as if the database broke half-way. */
  static DataSource failingOn(DataSource delegate, String sqlPrefix) {
    return new FailingDataSource(delegate, sqlPrefix, false, false).dataSource();
  }

  /** Statements starting with {@code sqlPrefix} fail, and so does restoring auto-commit after. */
  static FailingDataSource failingOnAndWhileRestoring(DataSource delegate, String sqlPrefix) {
    return new FailingDataSource(delegate, sqlPrefix, false, true);
  }

  /** Every commit fails after the database committed, as when the answer is lost. */
  static FailingDataSource failingAfterCommit(DataSource delegate) {
    return new FailingDataSource(delegate, "\u0000", true, false);
  }

  int aborted() {
    return aborted.get();
  }

  DataSource dataSource() {
    return proxy(DataSource.class, delegate, (method, args) -> {
      Object result = method.invoke(delegate, args);
      return result instanceof Connection connection ? connection(connection) : result;
    });
  }

  private Connection connection(Connection connection) {
    return proxy(Connection.class, connection, (method, args) -> {
      switch (method.getName()) {
        case "prepareStatement" -> {
          PreparedStatement statement = (PreparedStatement) method.invoke(connection, args);
          String sql = (String) args[0];
          // PostgreSQL's write of a new comment is one text of several statements, ending in COMMIT.
          if (sql.startsWith(failingSql) || sql.contains("\n" + failingSql)) {
            return failingStatement(statement);
          }
          return failAfterCommit && sql.endsWith("COMMIT") ? failingAfterExecution(statement) : statement;
        }
        case "createStatement" -> {
          return statement((Statement) method.invoke(connection, args));
        }
        case "commit" -> {
          method.invoke(connection, args);
          if (failAfterCommit) {
            throw lost();
          }
          return null;
        }
        case "setAutoCommit" -> {
          if (failOnRestore && Boolean.TRUE.equals(args[0])) {
            method.invoke(connection, args);
            throw new SQLException("This connection has been closed.", "08003");
          }
          return method.invoke(connection, args);
        }
        case "abort" -> {
          aborted.incrementAndGet();
          return null;
        }
        default -> {
          return method.invoke(connection, args);
        }
      }
    });
  }

  /** SQLite's store commits with a COMMIT statement: that one fails after committing too. */
  private Statement statement(Statement statement) {
    return proxy(Statement.class, statement, (method, args) -> {
      Object result = method.invoke(statement, args);
      if (failAfterCommit && method.getName().equals("execute") && "COMMIT".equals(args[0])) {
        throw lost();
      }
      return result;
    });
  }

  private static PreparedStatement failingStatement(PreparedStatement statement) {
    return proxy(PreparedStatement.class, statement, (method, args) -> {
      if (method.getName().startsWith("execute")) {
        throw lost();
      }
      return method.invoke(statement, args);
    });
  }

  private static PreparedStatement failingAfterExecution(PreparedStatement statement) {
    return proxy(PreparedStatement.class, statement, (method, args) -> {
      Object result = method.invoke(statement, args);
      if (method.getName().startsWith("execute")) {
        throw lost();
      }
      return result;
    });
  }

  private static SQLException lost() {
    return new SQLException("Simulated failure: an I/O error occurred while sending to the backend", LOST);
  }

  private interface Handler {
    Object handle(Method method, Object[] args) throws Throwable;
  }

  private static <T> T proxy(Class<T> type, T delegate, Handler handler) {
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
        (proxy, method, args) -> {
          try {
            return handler.handle(method, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        }));
  }
}
