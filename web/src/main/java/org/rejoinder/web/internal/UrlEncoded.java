package org.rejoinder.web.internal;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code application/x-www-form-urlencoded} text: queries and form bodies. */
public final class UrlEncoded {
  private UrlEncoded() {}

  /**
   * Adds the name–value pairs of {@code text} to {@code into}, in order. A pair whose escapes are
   * malformed is kept with its text as typed.
   */
  public static void parse(String text, Map<String, List<String>> into) {
    if (text.isEmpty()) {
      return;
    }
    for (String pair : text.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      into.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
    }
  }

  /** Decodes percent escapes and {@code +}; malformed text is returned as it is. */
  public static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }

  /** Encodes a query value or path segment. */
  public static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
