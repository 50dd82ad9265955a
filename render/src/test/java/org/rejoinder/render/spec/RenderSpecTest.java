package org.rejoinder.render.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs the examples of the spec files under {@code src/test/resources/spec}: each describes a
 * thread and the exact HTML or Markdown a renderer must produce for it.
 */
class RenderSpecTest {
  static final List<String> FILES = List.of("html.txt", "markdown.txt");

  static Stream<SpecExample> examples() {
    return FILES.stream().flatMap(file -> SpecReader.read(file).stream());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void rendersAsTheSpecSays(SpecExample example) {
    ThreadScript script = ThreadScript.parse(example.input());

    String actual = script.renderer(example.renderer()).render(script.view());

    assertThat(actual).isEqualTo(example.expected());
  }

  @Test
  void everySpecFileHasExamples() {
    for (String file : FILES) {
      assertThat(SpecReader.read(file)).as(file).hasSizeGreaterThan(5);
    }
  }
}
