package org.rejoinder.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * One benchmark method's primary score for one combination of parameters.
 *
 * @param benchmark the benchmark class's simple name
 * @param method the method
 * @param params the parameters, in declaration order
 * @param score the score
 * @param error the error at 99.9%, NaN when JMH had too few iterations to tell
 * @param unit the unit, such as {@code ms/op}
 */
record Measured(
    String benchmark,
    String method,
    Map<String, String> params,
    double score,
    double error,
    String unit) {

  Measured {
    params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
  }

  /** Returns the primary result of a JMH run. */
  static Measured of(RunResult run) {
    BenchmarkParams params = run.getParams();
    String name = params.getBenchmark();
    String clazz = name.substring(0, name.lastIndexOf('.'));
    Map<String, String> values = new LinkedHashMap<>();
    for (String key : params.getParamsKeys()) {
      values.put(key, params.getParam(key));
    }
    Result<?> result = run.getPrimaryResult();
    return new Measured(clazz.substring(clazz.lastIndexOf('.') + 1),
        name.substring(name.lastIndexOf('.') + 1), values, result.getScore(),
        result.getScoreError(), result.getScoreUnit());
  }
}
