package org.rejoinder.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A data source whose statements starting with a given SQL text fail when executed, as if the
 * database broke half-way through a transaction.
 */
final class FailingDataSource {
  private FailingDataSource() {}

  static DataSource failingOn(DataSource delegate, String sqlPrefix) {
    return proxy(DataSource.class, delegate, (method, result, args) -> {
      if (result instanceof Connection connection) {
        return failingConnection(connection, sqlPrefix);
      }
      return result;
    });
  }

  private static Connection failingConnection(Connection delegate, String sqlPrefix) {
    return proxy(Connection.class, delegate, (method, result, args) -> {
      if (method.getName().equals("prepareStatement") && ((String) args[0]).startsWith(sqlPrefix)) {
        return proxy(PreparedStatement.class, (PreparedStatement) result, (m, r, a) -> r,
            m -> m.getName().startsWith("execute"));
      }
      return result;
    });
  }

  private interface Wrap {
    Object apply(Method method, Object result, Object[] args) throws Exception;
  }

  private interface Fails {
    boolean test(Method method);
  }

  private static <T> T proxy(Class<T> type, T delegate, Wrap wrap) {
    return proxy(type, delegate, wrap, m -> false);
  }

  private static <T> T proxy(Class<T> type, T delegate, Wrap wrap, Fails fails) {
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
        (proxy, method, args) -> {
          if (fails.test(method)) {
            throw new SQLException("Simulated failure", "08006");
          }
          try {
            return wrap.apply(method, method.invoke(delegate, args), args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        }));
  }
}
