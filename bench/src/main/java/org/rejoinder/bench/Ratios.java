package org.rejoinder.bench;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;

/**
 * Runs benchmarks like JMH's own main (same command-line options) and then prints, for each
 * benchmark class and parameter combination, every method's score as a ratio to the method whose
 * name starts with {@code baseline}, all from the same run. The machines these run on are shared
 * and noisy; ratios taken side by side are what the README reports.
 *
 * <p>Where a numeric parameter (a size) takes several values, it also prints how each method's
 * score grows from one value to the next, the other parameters fixed: for thread assembly, the
 * time of 1,000,000 comments over the time of 100,000.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar org.rejoinder.bench.Ratios <jmh options>}
 */
public final class Ratios {
  private Ratios() {}

  public static void main(String[] args) throws RunnerException, CommandLineOptionException {
    List<Measured> results = new ArrayList<>();
    for (RunResult run : new Runner(new CommandLineOptions(args)).run()) {
      results.add(Measured.of(run));
    }
    System.out.println();
    System.out.print(table(results));
    String growth = growth(results);
    if (!growth.isEmpty()) {
      System.out.println();
      System.out.print(growth);
    }
  }

  /** Returns a Markdown table: benchmark and parameters, method, score, ratio to the baseline. */
  static String table(List<Measured> results) {
    Map<String, Map<String, Measured>> groups = new TreeMap<>();
    for (Measured m : results) {
      String group = (m.benchmark() + " " + String.join(" ", paramValues(m, null))).strip();
      groups.computeIfAbsent(group, k -> new LinkedHashMap<>()).put(m.method(), m);
    }
    StringBuilder out =
        new StringBuilder("| benchmark | method | score | ratio to baseline |\n|---|---|---|---|\n");
    for (var group : groups.entrySet()) {
      @Nullable Measured baseline = null;
      for (Measured m : group.getValue().values()) {
        if (baseline == null && m.method().startsWith("baseline")) {
          baseline = m;
        }
      }
      for (Measured m : group.getValue().values()) {
        String ratio = baseline == null ? "" : significant(m.score() / baseline.score(), 3);
        out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s |%n",
            group.getKey(), m.method(), score(m), ratio));
      }
    }
    return out.toString();
  }

  /**
   * Returns a Markdown table of growth: for each numeric parameter with several values, each
   * method's score at one value over its score at the next smaller one, the other parameters
   * fixed; empty if no parameter takes several numeric values.
   */
  static String growth(List<Measured> results) {
    // parameter name -> benchmark, method and the other parameters -> parameter value -> score
    Map<String, Map<String, TreeMap<Long, Measured>>> series = new TreeMap<>();
    for (Measured m : results) {
      for (var param : m.params().entrySet()) {
        Long value = asNumber(param.getValue());
        if (value != null) {
          String line = (m.benchmark() + " " + m.method() + " "
              + String.join(" ", paramValues(m, param.getKey()))).strip();
          series.computeIfAbsent(param.getKey(), k -> new TreeMap<>())
              .computeIfAbsent(line, k -> new TreeMap<>())
              .put(value, m);
        }
      }
    }
    StringBuilder out = new StringBuilder();
    for (var byParam : series.entrySet()) {
      for (var line : byParam.getValue().entrySet()) {
        Map.@Nullable Entry<Long, Measured> previous = null;
        for (var point : line.getValue().entrySet()) {
          if (previous != null) {
            out.append(String.format(Locale.ROOT, "| %s | %s %,d → %,d (%s×) | %s× |%n",
                line.getKey(), byParam.getKey(), previous.getKey(), point.getKey(),
                significant((double) point.getKey() / previous.getKey(), 3),
                significant(point.getValue().score() / previous.getValue().score(), 3)));
          }
          previous = point;
        }
      }
    }
    return out.isEmpty() ? "" : "| benchmark, method | growth of | score grows |\n|---|---|---|\n" + out;
  }

  /** Returns {@code key=value} for each parameter but {@code except}. */
  private static List<String> paramValues(Measured m, @Nullable String except) {
    List<String> values = new ArrayList<>();
    m.params().forEach((key, value) -> {
      if (!key.equals(except)) {
        values.add(key + "=" + value);
      }
    });
    return values;
  }

  private static @Nullable Long asNumber(String value) {
    try {
      return Long.valueOf(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String score(Measured m) {
    return significant(m.score(), 4)
        + (Double.isNaN(m.error()) ? "" : " ± " + significant(m.error(), 2)) + " " + m.unit();
  }

  /** Rounds to {@code digits} significant digits, without an exponent: 0.000152, 35.1, 1660. */
  static String significant(double value, int digits) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return String.valueOf(value);
    }
    BigDecimal rounded = new BigDecimal(value).round(new MathContext(digits));
    int magnitude = rounded.precision() - rounded.scale() - 1; // of the leading digit
    return rounded.setScale(Math.max(0, digits - 1 - magnitude), RoundingMode.HALF_EVEN).toPlainString();
  }
}
