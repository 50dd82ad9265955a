package org.rejoinder.bench.html;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The thread as a Thymeleaf application writes it: {@code thymeleaf/thread.html} includes the
 * recursive fragment of {@code thymeleaf/comment.html} for each comment. Templates are parsed
 * once and cached.
 */
final class ThymeleafThread {
  private final TemplateEngine engine = new TemplateEngine();

  ThymeleafThread() {
    ClassLoaderTemplateResolver resolver =
        new ClassLoaderTemplateResolver(ThymeleafThread.class.getClassLoader());
    resolver.setPrefix("thymeleaf/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
    resolver.setCacheable(true);
    engine.setTemplateResolver(resolver);
  }

  void render(ThreadModel thread, StringBuilder out) {
    Context context = new Context(Locale.ROOT, Map.of("thread", thread));
    engine.process("thread", context, new StringBuilderWriter(out));
  }

  /** A writer that appends to a string builder, unsynchronised, unlike {@link java.io.StringWriter}. */
  private static final class StringBuilderWriter extends Writer {
    private final StringBuilder out;

    StringBuilderWriter(StringBuilder out) {
      this.out = out;
    }

    @Override
    public void write(char[] chars, int offset, int length) {
      out.append(chars, offset, length);
    }

    @Override
    public void write(String s, int offset, int length) {
      out.append(s, offset, offset + length);
    }

    @Override
    public void write(int c) {
      out.append((char) c);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
