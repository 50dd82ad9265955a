package org.rejoinder.bench.html;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateOutput;
import gg.jte.resolve.ResourceCodeResolver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The thread as a JTE application writes it: {@code jte/thread.jte} calls the recursive {@code
 * jte/comment.jte} for each comment. The templates are compiled to classes when this is created
 * (JTE's generated Java, compiled with the JDK's compiler into a temporary directory deleted when
 * the JVM exits).
 */
final class JteThread {
  private final TemplateEngine engine;

  JteThread() {
    Path classes;
    try {
      classes = Files.createTempDirectory("rejoinder-jte");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(classes)));
    ClassLoader loader = JteThread.class.getClassLoader();
    engine = TemplateEngine.create(
        new ResourceCodeResolver("jte", loader), classes, ContentType.Html, loader);
    engine.prepareForRendering("thread.jte");
    engine.prepareForRendering("comment.jte");
  }

  void render(ThreadModel thread, StringBuilder out) {
    engine.render("thread.jte", thread, new StringBuilderOutput(out));
  }

  private static void delete(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // Only a temporary directory left behind.
    }
  }

  /** JTE's output appending to a string builder that the caller reuses. */
  private record StringBuilderOutput(StringBuilder out) implements TemplateOutput {
    @Override
    public void writeContent(String value) {
      out.append(value);
    }

    @Override
    public void writeContent(String value, int beginIndex, int endIndex) {
      out.append(value, beginIndex, endIndex);
    }
  }
}
