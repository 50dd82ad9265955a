package org.rejoinder.jdbc.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.Mention;

/**
 * A comment's mentions as the text of one column: one mention a line, its kind ({@code N} for a
 * name, {@code L} for a link), a tab, the comment id, a tab, the name as written. Names hold no
 * tab or line break (they are single lines without control characters), so the text splits back
 * exactly. No mentions is {@code NULL}.
 */
final class MentionColumn {
  private MentionColumn() {}

  static @Nullable String write(List<Mention> mentions) {
    if (mentions.isEmpty()) {
      return null;
    }
    StringBuilder text = new StringBuilder(mentions.size() * 24);
    for (Mention m : mentions) {
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append(m.kind() == Mention.Kind.NAME ? 'N' : 'L').append('\t')
          .append(m.commentId().value()).append('\t').append(m.text());
    }
    return text.toString();
  }

  static List<Mention> read(@Nullable String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    List<Mention> mentions = new ArrayList<>(2);
    for (String line : text.split("\n")) {
      String[] parts = line.split("\t", 3);
      CommentId id = CommentId.of(Long.parseLong(parts[1]));
      mentions.add(parts[0].equals("N") ? Mention.name(id, parts[2]) : Mention.link(id));
    }
    return mentions;
  }
}
