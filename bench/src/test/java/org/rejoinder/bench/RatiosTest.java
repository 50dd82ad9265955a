package org.rejoinder.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RatiosTest {

  private static Measured m(String method, String comments, String shape, double score) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("comments", comments);
    params.put("shape", shape);
    return new Measured("AssemblyBenchmark", method, params, score, score / 10, "ms/op");
  }

  private static final List<Measured> RUN = List.of(
      m("assemble", "1000", "RANDOM", 0.2),
      m("baselineSort", "1000", "RANDOM", 0.1),
      m("assemble", "100000", "RANDOM", 30),
      m("baselineSort", "100000", "RANDOM", 12),
      m("assemble", "1000000", "RANDOM", 330),
      m("baselineSort", "1000000", "RANDOM", 150));

  @Test
  void table_givesEachMethodsScoreOverTheBaselineOfItsParameters() {
    String table = Ratios.table(RUN);

    assertThat(table).contains(
        "| AssemblyBenchmark comments=1000 shape=RANDOM | assemble | 0.2000 ± 0.020 ms/op | 2.00 |",
        "| AssemblyBenchmark comments=100000 shape=RANDOM | assemble | 30.00 ± 3.0 ms/op | 2.50 |",
        "| AssemblyBenchmark comments=1000000 shape=RANDOM | baselineSort | 150.0 ± 15 ms/op | 1.00 |");
  }

  @Test
  void table_leavesTheRatioEmpty_withoutABaseline_andTrimsAGroupWithoutParameters() {
    String table = Ratios.table(List.of(new Measured("Memory", "measure", Map.of(), 1234.5, Double.NaN, "us/op")));

    assertThat(table).endsWith("| Memory | measure | 1235 us/op |  |\n");
  }

  @Test
  void growth_givesEachStepOfASizeParameter_otherParametersFixed() {
    String growth = Ratios.growth(RUN);

    assertThat(growth)
        .contains("| AssemblyBenchmark assemble shape=RANDOM | comments 100,000 → 1,000,000 (10.0×) | 11.0× |")
        .contains("| AssemblyBenchmark assemble shape=RANDOM | comments 1,000 → 100,000 (100×) | 150× |")
        .contains("| AssemblyBenchmark baselineSort shape=RANDOM | comments 100,000 → 1,000,000 (10.0×) | 12.5× |")
        .doesNotContain("shape RANDOM");
    assertThat(Ratios.growth(List.of(m("assemble", "1000", "RANDOM", 1)))).isEmpty();
  }

  @Test
  void significant_roundsWithoutAnExponent() {
    assertThat(Ratios.significant(0.000151749, 3)).isEqualTo("0.000152");
    assertThat(Ratios.significant(1658.28, 3)).isEqualTo("1660");
    assertThat(Ratios.significant(12.2345, 3)).isEqualTo("12.2");
    assertThat(Ratios.significant(2, 3)).isEqualTo("2.00");
    assertThat(Ratios.significant(Double.NaN, 3)).isEqualTo("NaN");
  }
}
