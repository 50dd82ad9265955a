package org.rejoinder.render.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.rejoinder.model.Author;
import org.rejoinder.model.Comment;
import org.rejoinder.render.Avatars;
import org.rejoinder.render.Part;
import org.rejoinder.render.PartRenderer;
import org.rejoinder.render.html.HtmlContext;
import org.rejoinder.render.html.HtmlWriter;
import org.rejoinder.thread.ThreadNode;

/** The built-in HTML renderers of a comment and its pieces. Not part of the API. */
final class HtmlCommentParts {
  /** The number of colours the default stylesheet gives initials avatars. */
  private static final int HUES = 8;

  private HtmlCommentParts() {}

  /**
   * {@code <li id="comment-ID" class="…">} with an {@code article} for the comment (or its
   * placeholder), then its replies.
   */
  static PartRenderer<ThreadNode> comment(HtmlContext context) {
    return node -> {
      HtmlWriter html = context.writer();
      String id = node.id().toString();
      html.start("li", "id", "comment-" + id,
          "class", String.join(" ", context.commentClasses(node))).line();
      html.start("article", "id", "div-comment-" + id, "class", "comment-body").line();
      if (node.isPlaceholder()) {
        context.render(Part.PLACEHOLDER, node);
      } else {
        html.start("footer", "class", "comment-meta").line();
        context.render(Part.AUTHOR, node);
        context.render(Part.META, node);
        if (node.kind() == ThreadNode.Kind.AWAITING_MODERATION) {
          context.render(Part.MODERATION_NOTICE, node);
        }
        html.end("footer").line();
        context.render(Part.BODY, node);
        if (node.canReply()) {
          context.render(Part.REPLY_LINK, node);
        }
      }
      html.end("article").line();
      context.renderReplies(node);
      html.end("li").line();
    };
  }

  /** Avatar and name, the name linked to the author's website; "Post author" on theirs. */
  static PartRenderer<ThreadNode> author(HtmlContext context) {
    // A page shows the same people many times, and within one call an author's markup depends on
    // nothing else: write it once per author (hashing the email address for the avatar, checking
    // the website) and copy it after that.
    Map<Author, String> written = new HashMap<>();
    return node -> {
      Author author = comment(node).author();
      String html = written.get(author);
      if (html == null) {
        StringBuilder out = new StringBuilder(256);
        author(context, new HtmlWriter(out), author);
        html = out.toString();
        written.put(author, html);
      }
      context.writer().raw(html);
    };
  }

  private static void author(HtmlContext context, HtmlWriter html, Author author) {
    html.start("div", "class", "comment-author vcard");
    avatar(context.avatars(), html, author);
    html.start("b", "class", "fn");
    String website = author.website();
    if (website == null) {
      html.text(author.displayName());
    } else {
      html.element("a", author.displayName(),
          "href", website, "rel", "ugc external nofollow", "class", "url");
    }
    html.end("b");
    if (context.post().isAuthor(author)) {
      html.text(" ").element("span", context.messages().postAuthor(), "class", "post-author");
    }
    html.end("div").line();
  }

  private static void avatar(Avatars avatars, HtmlWriter html, Author author) {
    if (!avatars.isEnabled()) {
      return;
    }
    String size = Integer.toString(avatars.size());
    Optional<String> image = avatars.imageUrl(author);
    if (image.isPresent()) {
      html.empty("img", "class", "avatar avatar-" + size + " photo", "src", image.get(),
          "alt", "", "width", size, "height", size, "loading", "lazy", "decoding", "async");
    } else {
      int hue = Math.floorMod(author.displayName().hashCode(), HUES);
      html.element("span", Avatars.initialsOf(author.displayName()),
          "class", "avatar avatar-" + size + " avatar-initials avatar-hue-" + hue,
          "aria-hidden", "true");
    }
    html.text(" ");
  }

  /** The time, linked to the permalink; in a flat thread, whom the comment answers. */
  static PartRenderer<ThreadNode> meta(HtmlContext context) {
    return node -> {
      Comment comment = comment(node);
      HtmlWriter html = context.writer();
      html.start("div", "class", "comment-metadata");
      html.start("a", "href", context.links().comment(context.post(), node.id()));
      html.element("time", context.formatTime(comment.createdAt()),
          "datetime", IsoInstant.format(comment.createdAt()));
      html.end("a");
      if (showsWhomItAnswers(node)) {
        html.text(" ").element("span",
            context.messages().inReplyTo(node.inReplyTo().get()), "class", "in-reply-to");
      }
      html.end("div").line();
    };
  }

  /** {@code <em class="comment-awaiting-moderation">}. */
  static PartRenderer<ThreadNode> moderationNotice(HtmlContext context) {
    return node -> context.writer()
        .element("em", context.messages().awaitingModeration(),
            "class", "comment-awaiting-moderation")
        .line();
  }

  /** {@code <div class="comment-content">} with the sanitized body. */
  static PartRenderer<ThreadNode> body(HtmlContext context) {
    return node -> context.writer()
        .start("div", "class", "comment-content").line()
        .raw(context.bodies().html(comment(node).body())).line()
        .end("div").line();
  }

  /** {@code <div class="reply"><a class="comment-reply-link" …>Reply</a></div>}. */
  static PartRenderer<ThreadNode> replyLink(HtmlContext context) {
    return node -> {
      String id = node.id().toString();
      String label = context.messages().replyTo(comment(node).author().displayName());
      context.writer()
          .start("div", "class", "reply")
          .element("a", context.messages().reply(),
              "rel", "nofollow", "class", "comment-reply-link",
              "href", context.links().reply(context.post(), node.id()),
              "data-commentid", id, "data-postid", context.post().id().value(),
              "data-belowelement", "div-comment-" + id, "data-respondelement", "respond",
              "data-replyto", label, "aria-label", label)
          .end("div").line();
    };
  }

  /** {@code <p class="comment-deleted">This comment was deleted.</p>}. */
  static PartRenderer<ThreadNode> placeholder(HtmlContext context) {
    return node -> context.writer()
        .element("p", context.messages().deleted(), "class", "comment-deleted")
        .line();
  }

  /**
   * Returns whether a node is a reply shown away from the comment it answers — listed at top
   * level in a flat thread, or after its parent at the maximum depth — where "in reply to" says
   * whom it answers.
   */
  static boolean showsWhomItAnswers(ThreadNode node) {
    return (node.depth() == 1 || node.isFlattened()) && node.inReplyTo().isPresent();
  }

  static Comment comment(ThreadNode node) {
    return node.comment().orElseThrow(
        () -> new IllegalArgumentException("A placeholder has no comment: " + node.id()));
  }
}
