package org.rejoinder.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.rejoinder.render.html.HtmlThreadRenderer;

/** The web layer's own files: its stylesheet (the renderer's, and its own additions) and script. */
final class Assets {
  private static final byte[] CSS = (HtmlThreadRenderer.defaultStylesheet() + load("rejoinder-web.css"))
      .getBytes(StandardCharsets.UTF_8);
  private static final byte[] SCRIPT = load("rejoinder.js").getBytes(StandardCharsets.UTF_8);

  private Assets() {}

  /** {@code GET /assets/rejoinder.css}. */
  public static WebResponse stylesheet(WebRequest request, Map<String, String> parameters) {
    return WebResponse.of(200, "text/css; charset=utf-8", CSS).withHeader("Cache-Control", "public, max-age=3600");
  }

  /** {@code GET /assets/rejoinder.js}. */
  public static WebResponse script(WebRequest request, Map<String, String> parameters) {
    return WebResponse.of(200, "text/javascript; charset=utf-8", SCRIPT)
        .withHeader("Cache-Control", "public, max-age=3600");
  }

  private static String load(String name) {
    try (InputStream in = Assets.class.getResourceAsStream("/org/rejoinder/web/" + name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
