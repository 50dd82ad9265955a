package org.rejoinder.render.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.rejoinder.model.Author;
import org.rejoinder.model.Comment;
import org.rejoinder.model.VoteDirection;
import org.rejoinder.render.Avatars;
import org.rejoinder.render.Part;
import org.rejoinder.render.PartRenderer;
import org.rejoinder.render.ReplyForm.CsrfField;
import org.rejoinder.render.Voting;
import org.rejoinder.render.internal.IsoInstant;
import org.rejoinder.render.internal.Nodes;
import org.rejoinder.thread.ThreadNode;

/**
 * The built-in HTML renderers of a comment and its pieces, with WordPress's markup: the building
 * blocks {@link HtmlThreadRenderer} registers for {@link Part#COMMENT}, {@link Part#AUTHOR},
 * {@link Part#META}, {@link Part#PINNED}, {@link Part#MODERATION_NOTICE}, {@link Part#BODY},
 * {@link Part#VOTES}, {@link Part#REPLY_LINK} and {@link Part#PLACEHOLDER}. An application calls them to render a piece of its own part the
 * built-in way, or registers them for a part of its own:
 *
 * <pre>{@code
 * builder.part(PINNED_AUTHOR, (context, next) -> HtmlCommentParts.author(context));
 * }</pre>
 *
 * <p>Each method returns a renderer for one call's context, as a {@link
 * org.rejoinder.render.PartRendererFactory} would.
 *
 * @since 0.2.0
 */
public final class HtmlCommentParts {
  /** The number of colours the default stylesheet gives initials avatars. */
  private static final int HUES = 8;

  private HtmlCommentParts() {}

  /**
   * {@code <li id="comment-ID" class="…">} with WordPress's {@linkplain
   * HtmlContext#commentClasses classes}, holding an {@code article} with the comment's {@link
   * Part#AUTHOR}, {@link Part#META}, {@link Part#PINNED} (on a {@linkplain ThreadNode#isPinned()
   * pinned} thread's top-level comment), {@link Part#MODERATION_NOTICE} (on the reader's pending
   * comment), {@link Part#BODY}, {@link Part#VOTES} (on an approved comment, where the view
   * {@linkplain HtmlContext#voting() shows votes}) and {@link Part#REPLY_LINK} (where {@linkplain
   * ThreadNode#canReply() the node takes replies} and {@linkplain HtmlContext#acceptsComments()
   * the post takes comments}), or its {@link Part#PLACEHOLDER}; then its replies. The node must
   * be rendering as {@link Part#COMMENT}, for its classes.
   */
  public static PartRenderer<ThreadNode> comment(HtmlContext context) {
    return node -> {
      HtmlWriter html = context.writer();
      String id = node.id().toString();
      if (Nodes.isPing(node)) {
        if (!context.showPings() && node.children().isEmpty()) {
          return;
        }
        List<String> classes = new ArrayList<>(context.commentClasses(node));
        classes.set(0, Nodes.comment(node).type().name().toLowerCase(Locale.ROOT));
        html.start("li", "id", "comment-" + id, "class", String.join(" ", classes)).line();
        context.render(Part.PING, node);
        context.renderReplies(node);
        html.end("li").line();
        return;
      }
      html.start("li", "id", "comment-" + id,
          "class", String.join(" ", context.commentClasses(node))).line();
      html.start("article", "id", "div-comment-" + id, "class", "comment-body").line();
      if (node.isPlaceholder()) {
        context.render(Part.PLACEHOLDER, node);
      } else {
        html.start("footer", "class", "comment-meta").line();
        context.render(Part.AUTHOR, node);
        context.render(Part.META, node);
        if (node.isPinned()) {
          context.render(Part.PINNED, node);
        }
        if (node.kind() == ThreadNode.Kind.AWAITING_MODERATION) {
          context.render(Part.MODERATION_NOTICE, node);
        }
        html.end("footer").line();
        context.render(Part.BODY, node);
        if (node.kind() == ThreadNode.Kind.COMMENT && context.voting().isPresent()) {
          context.render(Part.VOTES, node);
        }
        if (node.canReply() && context.acceptsComments()) {
          context.render(Part.REPLY_LINK, node);
        }
      }
      html.end("article").line();
      context.renderReplies(node);
      html.end("li").line();
    };
  }

  /**
   * {@code <div class="comment-author vcard">}: the avatar and the name, linked to the author's
   * website with {@code rel="ugc external nofollow"}; "Post author" on the post author's
   * comments. Each author's markup is made once per call and copied after that.
   */
  public static PartRenderer<ThreadNode> author(HtmlContext context) {
    // A page shows the same people many times, and within one call an author's markup depends on
    // nothing else: write it once per author (hashing the email address for the avatar, checking
    // the website) and copy it after that.
    Map<Author, String> written = new HashMap<>();
    return node -> {
      Author author = Nodes.comment(node).author();
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

  /**
   * {@code <div class="comment-metadata">}: the time, linked to the permalink; for a reply shown
   * away from its parent (in a flat thread, or below the maximum depth), "in reply to Ann".
   */
  public static PartRenderer<ThreadNode> meta(HtmlContext context) {
    return node -> {
      Comment comment = Nodes.comment(node);
      HtmlWriter html = context.writer();
      html.start("div", "class", "comment-metadata");
      html.start("a", "href", context.links().comment(context.post(), node.id()));
      html.element("time", context.formatTime(comment.createdAt()),
          "datetime", IsoInstant.format(comment.createdAt()));
      html.end("a");
      if (Nodes.showsWhomItAnswers(node)) {
        html.text(" ").element("span",
            context.messages().inReplyTo(node.inReplyTo().orElseThrow()), "class", "in-reply-to");
      }
      html.end("div").line();
    };
  }

  /** {@code <em class="comment-awaiting-moderation">Your comment is awaiting moderation.</em>}. */
  public static PartRenderer<ThreadNode> moderationNotice(HtmlContext context) {
    return node -> context.writer()
        .element("em", context.messages().awaitingModeration(),
            "class", "comment-awaiting-moderation")
        .line();
  }

  /**
   * {@code <div class="comment-content">} with the body, sanitized, its mentions linked to the
   * comments they name and its links to other comments kept while those are shown ({@link
   * org.rejoinder.render.BodyRenderer#html(Comment, java.util.function.Function)}).
   */
  public static PartRenderer<ThreadNode> body(HtmlContext context) {
    return node -> context.writer()
        .start("div", "class", "comment-content").line()
        .raw(context.bodies().html(Nodes.comment(node), context::commentUrl)).line()
        .end("div").line();
  }

  /** {@code <span class="comment-pinned">Pinned</span>}. */
  public static PartRenderer<ThreadNode> pinned(HtmlContext context) {
    return node -> context.writer()
        .element("span", context.messages().pinned(), "class", "comment-pinned").line();
  }

  /**
   * {@code <div class="comment-votes">}: the score ("3 points"), and, where the view's {@link
   * Voting} gives the reader buttons on this comment, an up and a down button before and after
   * it, each a form posting to {@link org.rejoinder.render.Links#vote} with the CSRF token, so
   * they work without script. The reader's own vote is pressed ({@code aria-pressed="true"}) and
   * its form posts to {@link org.rejoinder.render.Links#unvote}, to take it back. Nothing where
   * the view shows no votes.
   */
  public static PartRenderer<ThreadNode> votes(HtmlContext context) {
    return node -> {
      Optional<Voting> settings = context.voting();
      if (settings.isEmpty()) {
        return;
      }
      Voting voting = settings.get();
      Comment comment = Nodes.comment(node);
      HtmlWriter html = context.writer();
      boolean buttons = voting.buttonsFor(comment);
      VoteDirection mine = voting.voteOn(node.id()).orElse(null);
      html.start("div", "class", "comment-votes");
      if (buttons) {
        voteButton(context, voting.csrf(), comment, VoteDirection.UP, mine == VoteDirection.UP);
      }
      html.element("span", context.messages().score(comment.votes().score()),
          "class", "comment-score", "data-ups", Integer.toString(comment.votes().ups()),
          "data-downs", Integer.toString(comment.votes().downs()));
      if (buttons) {
        voteButton(context, voting.csrf(), comment, VoteDirection.DOWN, mine == VoteDirection.DOWN);
      }
      html.end("div").line();
    };
  }

  private static void voteButton(
      HtmlContext context, @Nullable CsrfField csrf, Comment comment, VoteDirection direction, boolean pressed) {
    HtmlWriter html = context.writer();
    String action = pressed
        ? context.links().unvote(context.post(), comment.id())
        : context.links().vote(context.post(), comment.id(), direction);
    boolean up = direction == VoteDirection.UP;
    html.start("form", "method", "post", "action", action,
        "class", up ? "vote vote-up" : "vote vote-down");
    if (csrf != null) {
      html.empty("input", "type", "hidden", "name", csrf.name(), "value", csrf.value());
    }
    html.element("button", up ? "▲" : "▼", "type", "submit",
        "aria-pressed", pressed ? "true" : "false",
        "aria-label", up ? context.messages().voteUp() : context.messages().voteDown());
    html.end("form");
  }

  /**
   * {@code <div class="reply"><a class="comment-reply-link" …>Reply</a></div>}, with
   * WordPress's data attributes and an accessible label naming the author; nothing where the
   * node {@linkplain ThreadNode#canReply() takes no replies} or the post {@linkplain
   * HtmlContext#acceptsComments() takes no comments}, whoever asks for the link.
   */
  public static PartRenderer<ThreadNode> replyLink(HtmlContext context) {
    return node -> {
      if (!node.canReply() || !context.acceptsComments()) {
        return;
      }
      String id = node.id().toString();
      String label = context.messages().replyTo(Nodes.comment(node).author().displayName());
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

  /**
   * {@code <div class="comment-body">Pingback: <a href="…" rel="external nofollow ugc"
   * class="url">Site</a></div>}, as WordPress shows a pingback or trackback: the linking site's
   * name, linked to it when its address is an http(s) URL; no avatar, no date, no Reply link.
   *
   * @since 0.2.0
   */
  public static PartRenderer<ThreadNode> ping(HtmlContext context) {
    return node -> {
      Comment comment = Nodes.comment(node);
      HtmlWriter html = context.writer();
      html.start("div", "id", "div-comment-" + node.id(), "class", "comment-body");
      html.text(context.messages().pingPrefix(comment.type())).text(" ");
      String website = comment.author().website();
      if (website == null) {
        html.text(comment.author().displayName());
      } else {
        html.element("a", comment.author().displayName(),
            "href", website, "rel", "external nofollow ugc", "class", "url");
      }
      html.end("div").line();
    };
  }

  /** {@code <p class="comment-deleted">This comment was deleted.</p>}. */
  public static PartRenderer<ThreadNode> placeholder(HtmlContext context) {
    return node -> context.writer()
        .element("p", context.messages().deleted(), "class", "comment-deleted")
        .line();
  }
}
