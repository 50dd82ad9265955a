package org.rejoinder.jdbc.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Adapts the store's SQL, written for H2 and PostgreSQL, to SQLite, so that one set of
 * statements serves the three databases:
 *
 * <ul>
 *   <li>{@code OFFSET … ROWS FETCH NEXT … ROWS ONLY} becomes {@code LIMIT offset, count} (the same
 *       parameters in the same order), {@code GREATEST(a, b)} becomes SQLite's {@code MAX(a, b)},
 *       and {@code FOR UPDATE} is dropped: a write transaction holds the whole database's write
 *       lock from its start, which is stronger;
 *   <li>times are kept as milliseconds since the epoch in {@code INTEGER} columns, which order
 *       and compare as times do, since SQLite has no time type.
 * </ul>
 *
 * <p>Transactions are begun with {@code BEGIN IMMEDIATE} for writes, which takes the write lock
 * at once (waiting for other writers as the connection's {@code busy_timeout} allows) rather
 * than at the first write, where a transaction that has already read cannot wait and fails; and
 * with {@code BEGIN} for snapshots, which in WAL mode read one consistent state of the database.
 */
public final class SqliteConnection {
  private static final Pattern OFFSET_FETCH =
      Pattern.compile("OFFSET (\\?|\\d+) ROWS FETCH (?:FIRST|NEXT) (\\?|\\d+) ROWS ONLY");
  private static final Pattern FETCH = Pattern.compile("FETCH (?:FIRST|NEXT) (\\?|\\d+) ROWS ONLY");
  private static final Pattern OFFSET = Pattern.compile("OFFSET (\\?|\\d+) ROWS");
  private static final Map<String, String> ADAPTED = new ConcurrentHashMap<>();

  private SqliteConnection() {}

  /**
   * Begins a transaction on a SQLite connection, in auto-commit mode for the length of the
   * transaction so that the driver does not begin one of its own.
   */
  static Database.Settings begin(Connection connection, boolean write) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    if (!autoCommit) {
      connection.setAutoCommit(true);
    }
    Connection adapted = adapt(connection);
    try {
      Database.Settings.execute(connection, write ? "BEGIN IMMEDIATE" : "BEGIN");
    } catch (SQLException e) {
      if (!autoCommit) {
        try {
          connection.setAutoCommit(false);
        } catch (SQLException restoring) {
          e.addSuppressed(restoring);
        }
      }
      throw e;
    }
    return new Database.Settings(adapted, true, Connection.TRANSACTION_SERIALIZABLE,
        Connection.TRANSACTION_SERIALIZABLE) {
      @Override
      void commit() throws SQLException {
        execute(connection, "COMMIT");
      }

      @Override
      void rollback(Throwable cause) {
        try {
          execute(connection, "ROLLBACK");
        } catch (SQLException e) {
          cause.addSuppressed(e);
        }
      }

      @Override
      void restore() throws SQLException {
        if (!autoCommit) {
          connection.setAutoCommit(false);
        }
      }
    };
  }

  /** Returns a view of {@code connection} whose statements speak SQLite. */
  static Connection adapt(Connection connection) {
    return proxy(Connection.class, connection, (method, args) -> {
      if (method.getName().equals("prepareStatement") && args != null && args[0] instanceof String sql) {
        args[0] = ADAPTED.computeIfAbsent(sql, SqliteConnection::adaptSql);
        return statement((PreparedStatement) method.invoke(connection, args));
      }
      return method.invoke(connection, args);
    });
  }

  /** Returns {@code sql} in SQLite's words. */
  public static String adaptSql(String sql) {
    String adapted = OFFSET_FETCH.matcher(sql).replaceAll("LIMIT $1, $2");
    adapted = FETCH.matcher(adapted).replaceAll("LIMIT $1");
    adapted = OFFSET.matcher(adapted).replaceAll("LIMIT -1 OFFSET $1");
    return adapted.replace("GREATEST(", "MAX(").replace(" FOR UPDATE", "");
  }

  private static PreparedStatement statement(PreparedStatement statement) {
    return proxy(PreparedStatement.class, statement, (method, args) -> {
      switch (method.getName()) {
        case "setObject" -> {
          if (args.length == 2 && args[1] instanceof OffsetDateTime time) {
            statement.setLong((Integer) args[0], time.toInstant().toEpochMilli());
            return null;
          }
        }
        case "setNull" -> {
          if (args.length == 2 && (Integer) args[1] == Types.TIMESTAMP_WITH_TIMEZONE) {
            statement.setNull((Integer) args[0], Types.BIGINT);
            return null;
          }
        }
        case "executeQuery", "getResultSet" -> {
          ResultSet rows = (ResultSet) method.invoke(statement, args);
          return rows == null ? null : rows(rows);
        }
        default -> { }
      }
      return method.invoke(statement, args);
    });
  }

  private static ResultSet rows(ResultSet rows) {
    return proxy(ResultSet.class, rows, (method, args) -> {
      if (method.getName().equals("getObject") && args.length == 2
          && args[1] == OffsetDateTime.class) {
        long millis = args[0] instanceof String column ? rows.getLong(column) : rows.getLong((Integer) args[0]);
        return rows.wasNull() ? null : OffsetDateTime.ofInstant(Instant.ofEpochMilli(millis), ZoneOffset.UTC);
      }
      return method.invoke(rows, args);
    });
  }

  private interface Handler {
    @Nullable Object handle(Method method, Object[] args) throws Throwable;
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
