package org.rejoinder.jdbc.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Statements of one write, in order, each fixed SQL text with its parameters: sent to PostgreSQL
 * together, as one statement text and one round trip ({@link #runTogether}), and to the other
 * databases one by one ({@link #runEach}). Each statement binds its own parameters from 1, as if
 * it were alone; in the joined text they are moved to their place.
 */
final class Script {
  /** Binds one statement's parameters, numbered from 1. */
  @FunctionalInterface
  interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  /**
   * One statement; a {@code tolerated} failure (see {@link SqlErrors#isUniqueViolation}) leaves
   * it out when statements run one by one, for databases without {@code ON CONFLICT}.
   */
  private record Step(String sql, int parameters, Binder binder, boolean toleratesDuplicate) {}

  private final List<Step> steps = new ArrayList<>();

  /** Adds a statement. */
  Script add(String sql, Binder binder) {
    steps.add(new Step(sql, parameters(sql), binder, false));
    return this;
  }

  /**
   * Adds a statement whose duplicate key is no error when statements run one by one; run
   * together, it must say so in its own SQL ({@code ON CONFLICT DO NOTHING}).
   */
  Script addToleratingDuplicate(String sql, Binder binder) {
    steps.add(new Step(sql, parameters(sql), binder, true));
    return this;
  }

  /** Runs the statements one by one on {@code connection}, in the caller's transaction. */
  void runEach(Connection connection) throws SQLException {
    for (Step step : steps) {
      try (PreparedStatement statement = connection.prepareStatement(step.sql())) {
        step.binder().bind(statement);
        statement.execute();
      } catch (SQLException e) {
        if (!step.toleratesDuplicate() || !SqlErrors.isUniqueViolation(e)) {
          throw e;
        }
      }
    }
  }

  /**
   * Runs the statements as one statement text: one execution, so that PostgreSQL's driver sends
   * them in one round trip and the server runs them in order, each seeing what the earlier ones
   * wrote.
   */
  void runTogether(Connection connection) throws SQLException {
    StringJoiner sql = new StringJoiner(";\n");
    for (Step step : steps) {
      sql.add(step.sql());
    }
    try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
      int offset = 0;
      for (Step step : steps) {
        step.binder().bind(shifted(statement, offset));
        offset += step.parameters();
      }
      statement.execute();
    }
  }

  /** Returns a script of this one's statements followed by {@code next}'s. */
  Script then(Script next) {
    Script joined = new Script();
    joined.steps.addAll(steps);
    joined.steps.addAll(next.steps);
    return joined;
  }

  /**
   * Prepares {@code sql} to run after this script's statements, joined into one statement text
   * like {@link #runTogether}, so that PostgreSQL's driver sends them in the round trip of {@code
   * sql}. The returned statement is used as {@code sql}'s own: parameters numbered from 1, and
   * {@code executeQuery}, {@code executeUpdate} and {@code execute} answer with {@code sql}'s
   * result, the results of this script's statements skipped.
   */
  PreparedStatement prepareBefore(Connection connection, String sql) throws SQLException {
    StringBuilder text = new StringBuilder();
    for (Step step : steps) {
      text.append(step.sql()).append(";\n");
    }
    PreparedStatement statement = connection.prepareStatement(text.append(sql).toString());
    int offset = 0;
    try {
      for (Step step : steps) {
        step.binder().bind(shifted(statement, offset));
        offset += step.parameters();
      }
    } catch (SQLException | RuntimeException e) {
      statement.close();
      throw e;
    }
    int shift = offset;
    int skipped = steps.size();
    return (PreparedStatement) Proxy.newProxyInstance(
        PreparedStatement.class.getClassLoader(), new Class<?>[] {PreparedStatement.class},
        (proxy, method, args) -> {
          String name = method.getName();
          boolean noArgs = args == null || args.length == 0;
          if (noArgs && name.equals("executeQuery")) {
            statement.execute();
            skip(statement, skipped);
            ResultSet rows = statement.getResultSet();
            if (rows == null) {
              throw new SQLException("The statement returned no rows: " + sql);
            }
            return rows;
          }
          if (noArgs && (name.equals("executeUpdate") || name.equals("executeLargeUpdate"))) {
            statement.execute();
            skip(statement, skipped);
            long count = statement.getLargeUpdateCount();
            return name.equals("executeUpdate") ? (Object) (int) count : (Object) count;
          }
          if (noArgs && name.equals("execute")) {
            statement.execute();
            skip(statement, skipped);
            return statement.getResultSet() != null;
          }
          if (name.equals("addBatch") || name.equals("executeBatch")
              || name.equals("clearParameters") || name.startsWith("execute")) {
            throw new SQLFeatureNotSupportedException(
                name + " is not supported on a statement joined to others: " + sql);
          }
          if (name.startsWith("set") && args != null && args.length >= 2
              && method.getParameterTypes()[0] == int.class) {
            args[0] = (Integer) args[0] + shift;
          }
          try {
            return method.invoke(statement, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  /** Moves past the results of the first {@code count} statements of a joined text. */
  private static void skip(PreparedStatement statement, int count) throws SQLException {
    for (int i = 0; i < count; i++) {
      statement.getMoreResults();
    }
  }

  /** Returns how many statements there are. */
  int size() {
    return steps.size();
  }

  private static int parameters(String sql) {
    int count = 0;
    for (int i = 0; i < sql.length(); i++) {
      if (sql.charAt(i) == '?') {
        count++;
      }
    }
    return count;
  }

  /** Returns a view of {@code statement} whose parameter {@code i} is its {@code offset + i}. */
  private static PreparedStatement shifted(PreparedStatement statement, int offset) {
    if (offset == 0) {
      return statement;
    }
    return (PreparedStatement) Proxy.newProxyInstance(
        PreparedStatement.class.getClassLoader(), new Class<?>[] {PreparedStatement.class},
        (proxy, method, args) -> {
          if (method.getName().startsWith("set") && args != null && args.length >= 2
              && method.getParameterTypes()[0] == int.class) {
            args[0] = (Integer) args[0] + offset;
          }
          try {
            return method.invoke(statement, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }
}
