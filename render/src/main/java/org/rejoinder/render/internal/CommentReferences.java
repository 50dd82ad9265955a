package org.rejoinder.render.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.Mention;

/**
 * Links a sanitized body to the other comments it refers to, as a thread shows it: each name it
 * mentions ({@link Mention.Kind#NAME}) becomes a link to the comment named, with the name as
 * written for its text, and each link to a comment ({@code #comment-ID}, as a quote's
 * attribution has) points at that comment's URL; where the comment is not shown (the URL
 * function gives none), the name stays text and the link's text stays without the link. Names
 * in links, code and preformatted text are left alone.
 *
 * <p>It reads the events of HTML the body allowlist already passed and writes events to another
 * receiver, adding only {@code a} elements with a URL the application's {@code Links} made and
 * the page checked: the names stay text, escaped by the writer. Not part of the API.
 */
final class CommentReferences implements HtmlSanitizer.Policy {
  private static final Pattern COMMENT_LINK = Pattern.compile("#comment-([0-9]{1,18})");

  private final HtmlStreamEventReceiver out;
  private final List<Mention> names;
  private final Function<CommentId, Optional<String>> urlOf;
  private final boolean[] linkedOnce;
  /** Open anchors: whether each was dropped (its close tag is dropped too). */
  private final List<Boolean> anchors = new ArrayList<>();
  private int inCode;
  private final StringBuilder text = new StringBuilder();

  CommentReferences(
      HtmlStreamEventReceiver out, List<Mention> mentions, Function<CommentId, Optional<String>> urlOf) {
    this.out = out;
    List<Mention> named = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.kind() == Mention.Kind.NAME) {
        named.add(m);
      }
    }
    this.names = named;
    this.urlOf = urlOf;
    this.linkedOnce = new boolean[named.size()];
  }

  @Override
  public void openDocument() {
    out.openDocument();
  }

  @Override
  public void closeDocument() {
    flush();
    out.closeDocument();
  }

  @Override
  public void openTag(String name, List<String> attributes) {
    flush();
    if (name.equals("a")) {
      String href = attribute(attributes, "href");
      Matcher link = href == null ? null : COMMENT_LINK.matcher(href);
      if (link != null && link.matches()) {
        Optional<String> url = urlOf.apply(CommentId.of(Long.parseLong(link.group(1))));
        if (url.isEmpty()) {
          anchors.add(Boolean.TRUE);
          return;
        }
        List<String> changed = new ArrayList<>(attributes);
        for (int i = 0; i + 1 < changed.size(); i += 2) {
          if (changed.get(i).equals("href")) {
            changed.set(i + 1, url.get());
          }
        }
        anchors.add(Boolean.FALSE);
        out.openTag(name, changed);
        return;
      }
      anchors.add(Boolean.FALSE);
    } else if (name.equals("code") || name.equals("pre")) {
      inCode++;
    }
    out.openTag(name, attributes);
  }

  @Override
  public void closeTag(String name) {
    flush();
    if (name.equals("a") && !anchors.isEmpty() && anchors.remove(anchors.size() - 1)) {
      return;
    }
    if ((name.equals("code") || name.equals("pre")) && inCode > 0) {
      inCode--;
    }
    out.closeTag(name);
  }

  @Override
  public void text(String chunk) {
    text.append(chunk);
  }

  /** Writes the text gathered since the last tag, its names linked. */
  private void flush() {
    if (text.length() == 0) {
      return;
    }
    String t = text.toString();
    text.setLength(0);
    if (names.isEmpty() || !anchors.isEmpty() || inCode > 0) {
      out.text(t);
      return;
    }
    int written = 0;
    while (true) {
      int bestStart = -1;
      int bestMention = -1;
      for (int m = 0; m < names.size(); m++) {
        Mention mention = names.get(m);
        boolean once = !mention.text().startsWith("@");
        if (once && linkedOnce[m]) {
          continue;
        }
        int at = find(t, mention.text(), written);
        if (at >= 0 && (bestStart < 0 || at < bestStart
            || (at == bestStart && mention.text().length() > names.get(bestMention).text().length()))) {
          bestStart = at;
          bestMention = m;
        }
      }
      if (bestStart < 0) {
        break;
      }
      Mention mention = names.get(bestMention);
      int end = bestStart + mention.text().length();
      Optional<String> url = urlOf.apply(mention.commentId());
      if (url.isPresent()) {
        if (bestStart > written) {
          out.text(t.substring(written, bestStart));
        }
        out.openTag("a", List.of("href", url.get(), "class", "mention"));
        out.text(mention.text());
        out.closeTag("a");
        written = end;
      }
      if (!mention.text().startsWith("@")) {
        linkedOnce[bestMention] = true;
      }
      if (url.isEmpty()) {
        // Not shown: leave the name as text, and look for the next one after it.
        out.text(t.substring(written, end));
        written = end;
      }
    }
    if (written < t.length()) {
      out.text(t.substring(written));
    }
  }

  /** Returns where {@code name} occurs in {@code t} from {@code from} as a whole word, or -1. */
  private static int find(String t, String name, int from) {
    for (int at = t.indexOf(name, from); at >= 0; at = t.indexOf(name, at + 1)) {
      int end = at + name.length();
      boolean startsWord = at == 0 || !Character.isLetterOrDigit(t.codePointBefore(at));
      boolean endsWord = end == t.length() || !Character.isLetterOrDigit(t.codePointAt(end));
      if (startsWord && endsWord) {
        return at;
      }
    }
    return -1;
  }

  private static @Nullable String attribute(List<String> attributes, String name) {
    for (int i = 0; i + 1 < attributes.size(); i += 2) {
      if (attributes.get(i).equals(name)) {
        return attributes.get(i + 1);
      }
    }
    return null;
  }
}
