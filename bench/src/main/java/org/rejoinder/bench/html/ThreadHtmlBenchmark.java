package org.rejoinder.bench.html;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.rejoinder.bench.html.ThreadHtmlVariants.Variant;

/**
 * The HTML of a whole thread, written by Rejoinder's renderer (from the assembled thread, bodies
 * already rendered and cached; the page rendered before, so each comment's markup is kept, or
 * not yet, or with keeping off) and by Thymeleaf, JTE and plain concatenation (from a view model
 * computed ahead, so they only assemble). Every variant writes the same bytes, checked in setup,
 * into a reused string builder.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ThreadHtmlBenchmark {

  @Param({"10000"})
  public int comments;

  private ThreadHtmlVariants variants;
  private StringBuilder out;

  @Setup
  public void setUp() {
    variants = new ThreadHtmlVariants(comments);
    out = new StringBuilder(variants.checkIdentical().length() + 1024);
  }

  /** A page rendered before, as when many readers ask for it: each comment's markup kept. */
  @Benchmark
  public StringBuilder rejoinderWarm() {
    return render(Variant.REJOINDER_WARM);
  }

  /** A page rendered for the first time: a new renderer, no comment markup kept yet. */
  @Benchmark
  public StringBuilder rejoinderCold() {
    return render(Variant.REJOINDER_COLD);
  }

  /** The renderer keeping no comment markup ({@code commentCacheChars(0)}). */
  @Benchmark
  public StringBuilder rejoinderCacheOff() {
    return render(Variant.REJOINDER_CACHE_OFF);
  }

  @Benchmark
  public StringBuilder thymeleaf() {
    return render(Variant.THYMELEAF);
  }

  @Benchmark
  public StringBuilder jte() {
    return render(Variant.JTE);
  }

  /** JTE with the cost of its model: what Rejoinder's renderer does, done the template way. */
  @Benchmark
  public StringBuilder jteIncludingModel() {
    return render(Variant.JTE_INCLUDING_MODEL);
  }

  /** The lower bound: the pieces appended one after the other. */
  @Benchmark
  public StringBuilder baselineConcatenation() {
    return render(Variant.CONCATENATION);
  }

  private StringBuilder render(Variant variant) {
    out.setLength(0);
    variants.render(variant, out);
    return out;
  }
}
