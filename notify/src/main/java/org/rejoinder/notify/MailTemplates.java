package org.rejoinder.notify;

import static java.util.Objects.requireNonNull;

import com.google.common.html.HtmlEscapers;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.rejoinder.subscription.NotificationKind;

/**
 * The subject, text part and HTML part of an email. {@link #standard()} words Rejoinder's kinds
 * of notification in English (reply, new comment, mentioned, held, confirmation request, and the
 * digest, which lists its {@link Message#items()}); an application overrides it by implementing
 * this interface, usually falling back to the standard one for what it does not change. Values in the HTML part
 * must be escaped (the standard templates escape every value with Guava's {@code
 * HtmlEscapers}).
 *
 * @since 0.2.0
 */
public interface MailTemplates {

  /** Returns the subject line. */
  String subject(Message message);

  /** Returns the plain-text part. */
  String text(Message message);

  /** Returns the HTML part. */
  String html(Message message);

  /** Returns the standard English templates. */
  static MailTemplates standard() {
    return Standard.INSTANCE;
  }

  /** The standard templates. */
  final class Standard implements MailTemplates {
    static final Standard INSTANCE = new Standard();

    private Standard() {}

    @Override
    public String subject(Message m) {
      String title = m.postTitle();
      NotificationKind kind = m.kind();
      if (kind.equals(NotificationKind.REPLY)) {
        return "New reply to your comment on \u201c" + title + "\u201d";
      }
      if (kind.equals(NotificationKind.HELD)) {
        return "Please moderate: \u201c" + title + "\u201d";
      }
      if (kind.equals(NotificationKind.MENTIONED)) {
        return (m.authorName() == null ? "Someone" : m.authorName()) + " mentioned you on \u201c"
            + title + "\u201d";
      }
      if (kind.equals(NotificationKind.DIGEST)) {
        int count = m.items().size();
        return count + (count == 1 ? " new comment on \u201c" : " new comments on \u201c") + title + "\u201d";
      }
      if (kind.equals(NotificationKind.CONFIRM_SUBSCRIPTION)) {
        return "Confirm your subscription to \u201c" + title + "\u201d";
      }
      return "New comment on \u201c" + title + "\u201d";
    }

    @Override
    public String text(Message m) {
      StringBuilder out = new StringBuilder();
      if (m.kind().equals(NotificationKind.CONFIRM_SUBSCRIPTION)) {
        out.append("Someone, hopefully you, asked to be told of new comments on \u201c")
            .append(m.postTitle()).append("\u201d.\n\nTo confirm, open this link:\n")
            .append(m.confirm()).append("\n\nIf it was not you, ignore this message.\n");
      } else if (m.kind().equals(NotificationKind.DIGEST)) {
        out.append(digestLead(m)).append("\n");
        for (Message.Item item : m.items()) {
          out.append("\n").append(itemLead(item)).append("\n").append(item.excerpt()).append("\n")
              .append("Read it and reply: ").append(item.link()).append("\n");
        }
      } else {
        out.append(lead(m)).append("\n\n").append(m.text()).append("\n");
        if (m.link() != null) {
          out.append("\nRead it and reply: ").append(m.link()).append("\n");
        }
      }
      if (m.unsubscribe() != null) {
        out.append("\n-- \nUnsubscribe: ").append(m.unsubscribe()).append("\n");
      }
      return out.toString();
    }

    @Override
    public String html(Message m) {
      StringBuilder out = new StringBuilder("<!DOCTYPE html><html><body>");
      if (m.kind().equals(NotificationKind.CONFIRM_SUBSCRIPTION)) {
        out.append("<p>Someone, hopefully you, asked to be told of new comments on \u201c")
            .append(escape(m.postTitle())).append("\u201d.</p><p>")
            .append(anchor(m.confirm(), "Confirm the subscription"))
            .append("</p><p>If it was not you, ignore this message.</p>");
      } else if (m.kind().equals(NotificationKind.DIGEST)) {
        out.append("<p>").append(escape(digestLead(m))).append("</p><ul>");
        for (Message.Item item : m.items()) {
          out.append("<li><p>").append(escape(itemLead(item))).append("</p><blockquote><p>")
              .append(escape(item.excerpt())).append("</p></blockquote><p>")
              .append(anchor(item.link(), "Read it and reply")).append("</p></li>");
        }
        out.append("</ul>");
      } else {
        out.append("<p>").append(escape(lead(m))).append("</p><blockquote>");
        for (String paragraph : m.text().split("\n\n", -1)) {
          out.append("<p>").append(escape(paragraph).replace("\n", "<br>")).append("</p>");
        }
        out.append("</blockquote>");
        if (m.link() != null) {
          out.append("<p>").append(anchor(m.link(), "Read it and reply")).append("</p>");
        }
      }
      if (m.unsubscribe() != null) {
        out.append("<hr><p><small>").append(anchor(m.unsubscribe(), "Unsubscribe"))
            .append("</small></p>");
      }
      return out.append("</body></html>").toString();
    }

    private static String lead(Message m) {
      String who = m.authorName() == null ? "Someone" : m.authorName();
      if (m.kind().equals(NotificationKind.REPLY)) {
        return who + " replied to your comment on \u201c" + m.postTitle() + "\u201d:";
      }
      if (m.kind().equals(NotificationKind.HELD)) {
        return who + " wrote a comment on \u201c" + m.postTitle() + "\u201d that waits for moderation:";
      }
      if (m.kind().equals(NotificationKind.MENTIONED)) {
        return who + " mentioned you in a comment on \u201c" + m.postTitle() + "\u201d:";
      }
      return who + " commented on \u201c" + m.postTitle() + "\u201d:";
    }

    private static String digestLead(Message m) {
      return "New comments on \u201c" + m.postTitle() + "\u201d since the last message:";
    }

    private static String itemLead(Message.Item item) {
      return item.kind().equals(NotificationKind.REPLY)
          ? item.authorName() + " replied to your comment:"
          : item.authorName() + " wrote:";
    }

    private static String anchor(@Nullable URI href, String label) {
      requireNonNull(href, "href");
      return "<a href=\"" + escape(href.toString()) + "\">" + escape(label) + "</a>";
    }

    private static String escape(String value) {
      return HtmlEscapers.htmlEscaper().escape(value);
    }

    @Override
    public String toString() {
      return "MailTemplates.standard()";
    }
  }
}
