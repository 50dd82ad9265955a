package org.rejoinder.bench.html;

/**
 * The lower bound of HTML assembly: the thread's markup appended piece by piece from a {@link
 * ThreadModel}, with no template: only concatenation, and the escaping of text and attribute
 * values that any correct page needs (a scan that finds nothing to replace in most values).
 */
final class ConcatenatedThread {
  private ConcatenatedThread() {}

  static void render(ThreadModel thread, StringBuilder out) {
    out.append("<section id=\"comments\" class=\"comments-area\">\n<h2 class=\"comments-title\">");
    text(thread.heading(), out);
    out.append("</h2>\n<ol class=\"commentlist comment-list\">\n");
    for (CommentView c : thread.roots()) {
      comment(c, thread.postId(), out);
    }
    out.append("</ol>\n</section>\n");
  }

  /** One comment and its replies; recursion as deep as the thread's maximum depth. */
  private static void comment(CommentView c, String postId, StringBuilder out) {
    out.append("<li id=\"comment-");
    attribute(c.id(), out);
    out.append("\" class=\"");
    attribute(c.classes(), out);
    out.append("\">\n<article id=\"div-comment-");
    attribute(c.id(), out);
    out.append("\" class=\"comment-body\">\n");
    if (c.placeholder()) {
      out.append("<p class=\"comment-deleted\">This comment was deleted.</p>\n");
    } else {
      out.append("<footer class=\"comment-meta\">\n<div class=\"comment-author vcard\">")
          .append(c.avatarHtml()).append(c.authorHtml())
          .append("</div>\n<div class=\"comment-metadata\"><a href=\"");
      attribute(c.permalink(), out);
      out.append("\"><time datetime=\"");
      attribute(c.isoTime(), out);
      out.append("\">");
      text(c.displayTime(), out);
      out.append("</time></a>").append(c.inReplyToHtml()).append("</div>\n");
      if (c.awaitingModeration()) {
        out.append("<em class=\"comment-awaiting-moderation\">"
            + "Your comment is awaiting moderation.</em>\n");
      }
      out.append("</footer>\n<div class=\"comment-content\">\n").append(c.bodyHtml())
          .append("\n</div>\n");
      String replyUrl = c.replyUrl();
      String replyLabel = c.replyLabel();
      if (replyUrl != null && replyLabel != null) {
        out.append("<div class=\"reply\"><a rel=\"nofollow\" class=\"comment-reply-link\" href=\"");
        attribute(replyUrl, out);
        out.append("\" data-commentid=\"");
        attribute(c.id(), out);
        out.append("\" data-postid=\"");
        attribute(postId, out);
        out.append("\" data-belowelement=\"div-comment-");
        attribute(c.id(), out);
        out.append("\" data-respondelement=\"respond\" data-replyto=\"");
        attribute(replyLabel, out);
        out.append("\" aria-label=\"");
        attribute(replyLabel, out);
        out.append("\">Reply</a></div>\n");
      }
    }
    out.append("</article>\n");
    if (!c.children().isEmpty()) {
      out.append("<ol class=\"children\">\n");
      for (CommentView child : c.children()) {
        comment(child, postId, out);
      }
      out.append("</ol>\n");
    }
    out.append("</li>\n");
  }

  private static void text(String s, StringBuilder out) {
    escape(s, false, out);
  }

  private static void attribute(String s, StringBuilder out) {
    escape(s, true, out);
  }

  private static void escape(String s, boolean attribute, StringBuilder out) {
    int from = 0;
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      String replacement =
          ch == '&' ? "&amp;"
              : ch == '<' ? "&lt;"
              : ch == '>' ? "&gt;"
              : attribute && ch == '"' ? "&quot;"
              : attribute && ch == '\'' ? "&#39;"
              : null;
      if (replacement != null) {
        out.append(s, from, i).append(replacement);
        from = i + 1;
      }
    }
    out.append(s, from, s.length());
  }
}
