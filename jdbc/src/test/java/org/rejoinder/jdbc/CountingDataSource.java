package org.rejoinder.jdbc;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/** Wraps a data source so that every statement prepared or created on its connections is counted. */
final class CountingDataSource {
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

  private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
