package org.rejoinder.render.spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the examples of a spec file, in the manner of CommonMark's spec: prose and {@code ##}
 * headings, and examples fenced by a line of 32 backticks followed by {@code example RENDERER:
 * title}, with the input and the expected output separated by a line holding a single dot.
 */
final class SpecReader {
  private static final String FENCE = "`".repeat(32);

  private SpecReader() {}

  static List<SpecExample> read(String resource) {
    try (InputStream in = SpecReader.class.getResourceAsStream("/spec/" + resource)) {
      if (in == null) {
        throw new IllegalArgumentException("No spec file " + resource);
      }
      return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<SpecExample> parse(String file, String text) {
    List<SpecExample> examples = new ArrayList<>();
    String section = "";
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.startsWith("## ")) {
        section = line.substring(3).strip();
      } else if (line.startsWith(FENCE + " example ")) {
        String header = line.substring(FENCE.length() + " example ".length());
        int colon = header.indexOf(':');
        String renderer = header.substring(0, colon).strip();
        String title = header.substring(colon + 1).strip();
        int start = i + 1;
        StringBuilder input = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        StringBuilder target = input;
        for (i = start; !lines[i].equals(FENCE); i++) {
          if (lines[i].equals(".") && target == input) {
            target = expected;
          } else {
            target.append(lines[i]).append('\n');
          }
        }
        examples.add(new SpecExample(file, section, renderer, title, start, input.toString(),
            expected.toString()));
      }
    }
    return examples;
  }
}
