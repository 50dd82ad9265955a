package org.rejoinder.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A reader's browser for tests: keeps the cookies the web layer sets and sends them back. */
final class Browser {
  private final CommentsWeb web;
  private final String address;
  final Map<String, String> cookies = new LinkedHashMap<>();

  Browser(CommentsWeb web, String address) {
    this.web = web;
    this.address = address;
  }

  WebResponse get(String pathAndQuery) {
    return send(WebRequest.builder("GET", path(pathAndQuery)).queryString(query(pathAndQuery)));
  }

  Document page(String pathAndQuery) {
    return Jsoup.parse(get(pathAndQuery).bodyText());
  }

  /** Posts a form to {@code path}, which may carry a query, as a form's action does. */
  WebResponse post(String path, Map<String, String> fields) {
    StringJoiner body = new StringJoiner("&");
    fields.forEach((name, value) -> body.add(encode(name) + "=" + encode(value)));
    return send(WebRequest.builder("POST", path(path)).queryString(query(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body(body.toString().getBytes(StandardCharsets.UTF_8)));
  }

  WebResponse postJson(String path, String json, String token) {
    return send(WebRequest.builder("POST", path)
        .header("Content-Type", "application/json")
        .header("X-CSRF-Token", token)
        .body(json.getBytes(StandardCharsets.UTF_8)));
  }

  WebResponse send(WebRequest.Builder request) {
    cookies.forEach(request::cookie);
    request.remoteAddress(address).header("User-Agent", "test");
    WebResponse response = web.handle(request.build());
    for (ResponseCookie cookie : response.cookies()) {
      if (cookie.maxAge() != null && cookie.maxAge().isZero()) {
        cookies.remove(cookie.name());
      } else {
        cookies.put(cookie.name(), cookie.value());
      }
    }
    return response;
  }

  /** Returns the fields of the comment form on a page, as a browser would send them. */
  static Map<String, String> formFields(Document page) {
    Map<String, String> fields = new LinkedHashMap<>();
    page.select("#commentform input[type=hidden]").forEach(i -> fields.put(i.attr("name"), i.attr("value")));
    return fields;
  }

  private static String path(String pathAndQuery) {
    int q = pathAndQuery.indexOf('?');
    String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
    int hash = path.indexOf('#');
    return hash < 0 ? path : path.substring(0, hash);
  }

  private static String query(String pathAndQuery) {
    int q = pathAndQuery.indexOf('?');
    if (q < 0) {
      return null;
    }
    String query = pathAndQuery.substring(q + 1);
    int hash = query.indexOf('#');
    return hash < 0 ? query : query.substring(0, hash);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
