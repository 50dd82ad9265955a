package org.rejoinder.bench.body;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.rejoinder.model.Body;
import org.rejoinder.render.BodyRenderer;

/**
 * One typical comment (about 800 bytes of Markdown) made safe HTML: Rejoinder's {@link
 * BodyRenderer} (commonmark-java, then the OWASP sanitizer), its cache hit, and the alternatives
 * considered for each stage (flexmark for parsing, jsoup's {@code Jsoup.clean} for sanitizing),
 * alone and combined.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BodyRenderingBenchmark {
  private final Body body = Body.markdown(TypicalComment.MARKDOWN);
  private final BodyRenderer uncached = BodyRenderer.builder().cacheChars(0).build();
  private final BodyRenderer cached = BodyRenderer.create();
  private final Alternatives alternatives = new Alternatives();
  private String commonmarkHtml;

  @Setup
  public void setUp() {
    commonmarkHtml = alternatives.commonmark(TypicalComment.MARKDOWN);
    cached.html(body);
  }

  /** What a new comment costs: BodyRenderer with no cache, every stage of its pipeline. */
  @Benchmark
  public String baselineRejoinderMiss() {
    return uncached.html(body);
  }

  /** What a comment seen before costs: BodyRenderer's cache. */
  @Benchmark
  public String rejoinderCacheHit() {
    return cached.html(body);
  }

  @Benchmark
  public String commonmarkToHtml() {
    return alternatives.commonmark(TypicalComment.MARKDOWN);
  }

  @Benchmark
  public String commonmarkCoreToHtml() {
    return alternatives.commonmarkCore(TypicalComment.MARKDOWN);
  }

  @Benchmark
  public String flexmarkCoreToHtml() {
    return alternatives.flexmark(TypicalComment.MARKDOWN);
  }

  @Benchmark
  public String owaspSanitize() {
    return alternatives.owasp(commonmarkHtml);
  }

  @Benchmark
  public String jsoupClean() {
    return alternatives.jsoup(commonmarkHtml);
  }

  @Benchmark
  public String commonmarkThenJsoup() {
    return alternatives.jsoup(alternatives.commonmark(TypicalComment.MARKDOWN));
  }

  @Benchmark
  public String flexmarkThenOwasp() {
    return alternatives.owasp(alternatives.flexmark(TypicalComment.MARKDOWN));
  }

  @Benchmark
  public String flexmarkThenJsoup() {
    return alternatives.jsoup(alternatives.flexmark(TypicalComment.MARKDOWN));
  }
}
