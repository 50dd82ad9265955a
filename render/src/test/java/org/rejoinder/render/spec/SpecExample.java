package org.rejoinder.render.spec;

/**
 * One example of a spec file: a thread described in the small language {@link ThreadScript}
 * reads, and the output expected of one renderer.
 *
 * @param file the spec file
 * @param section the heading the example is under
 * @param renderer {@code html} or {@code markdown}
 * @param title what the example shows
 * @param line the line the example starts on
 * @param input the thread script
 * @param expected the expected output
 */
record SpecExample(
    String file, String section, String renderer, String title, int line, String input,
    String expected) {

  @Override
  public String toString() {
    return file + ":" + line + " " + section + ": " + title;
  }
}
