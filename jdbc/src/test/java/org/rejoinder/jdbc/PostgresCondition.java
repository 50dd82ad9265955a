package org.rejoinder.jdbc;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs PostgreSQL tests only where a server is configured: the environment variable {@value
 * #URL_VARIABLE} holds its JDBC URL (.ci/run starts a throwaway server and sets it). Elsewhere
 * the tests are reported as skipped, with this reason.
 */
final class PostgresCondition implements ExecutionCondition {
  static final String URL_VARIABLE = "REJOINDER_TEST_POSTGRES_URL";

  /** Marks a test class that needs the PostgreSQL server. */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @ExtendWith(PostgresCondition.class)
  @interface RequiresPostgres {}

  static String url() {
    String url = System.getenv(URL_VARIABLE);
    if (url == null || url.isBlank()) {
      throw new IllegalStateException(URL_VARIABLE + " is not set");
    }
    return url;
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    String url = System.getenv(URL_VARIABLE);
    return url == null || url.isBlank()
        ? ConditionEvaluationResult.disabled(
            "PostgreSQL tests skipped: set " + URL_VARIABLE
                + " to a JDBC URL such as jdbc:postgresql://127.0.0.1:54329/postgres?user=postgres"
                + " (.ci/run starts such a server)")
        : ConditionEvaluationResult.enabled("PostgreSQL at " + URL_VARIABLE);
  }
}
