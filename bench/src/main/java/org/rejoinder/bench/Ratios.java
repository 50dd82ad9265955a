package org.rejoinder.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
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
 * <p>Run: {@code java -cp bench/target/benchmarks.jar org.rejoinder.bench.Ratios <jmh options>}
 */
public final class Ratios {
  private Ratios() {}

  public static void main(String[] args) throws RunnerException, CommandLineOptionException {
    Collection<RunResult> results = new Runner(new CommandLineOptions(args)).run();
    System.out.println();
    System.out.print(table(results));
  }

  /** Returns a Markdown table: benchmark, parameters, method, score, ratio to the baseline. */
  static String table(Collection<RunResult> results) {
    Map<String, Map<String, RunResult>> groups = new TreeMap<>();
    for (RunResult r : results) {
      var params = r.getParams();
      String name = params.getBenchmark();
      String clazz = name.substring(0, name.lastIndexOf('.'));
      String method = name.substring(name.lastIndexOf('.') + 1);
      List<String> values = new ArrayList<>();
      for (String key : params.getParamsKeys()) {
        values.add(key + "=" + params.getParam(key));
      }
      String group = clazz.substring(clazz.lastIndexOf('.') + 1) + " " + String.join(" ", values);
      groups.computeIfAbsent(group, k -> new LinkedHashMap<>()).put(method, r);
    }
    StringBuilder out = new StringBuilder("| benchmark | method | score | ratio to baseline |\n|---|---|---|---|\n");
    for (var group : groups.entrySet()) {
      RunResult baseline =
          group.getValue().entrySet().stream()
              .filter(e -> e.getKey().startsWith("baseline"))
              .map(Map.Entry::getValue)
              .findFirst()
              .orElse(null);
      for (var entry : group.getValue().entrySet()) {
        var score = entry.getValue().getPrimaryResult();
        String ratio =
            baseline == null
                ? ""
                : String.format(Locale.ROOT, "%.2f",
                    score.getScore() / baseline.getPrimaryResult().getScore());
        out.append(String.format(Locale.ROOT, "| %s | %s | %.3f ± %.3f %s | %s |%n",
            group.getKey(), entry.getKey(), score.getScore(), score.getScoreError(),
            score.getScoreUnit(), ratio));
      }
    }
    return out.toString();
  }
}
