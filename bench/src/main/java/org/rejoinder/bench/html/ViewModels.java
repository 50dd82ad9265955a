package org.rejoinder.bench.html;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rejoinder.model.Author;
import org.rejoinder.model.Comment;
import org.rejoinder.model.Post;
import org.rejoinder.model.SiteUser;
import org.rejoinder.render.Avatars;
import org.rejoinder.render.BodyRenderer;
import org.rejoinder.render.Links;
import org.rejoinder.render.Messages;
import org.rejoinder.render.html.HtmlWriter;
import org.rejoinder.thread.ThreadNode;
import org.rejoinder.thread.ThreadPage;

/**
 * Computes the {@link ThreadModel} templates print: WordPress's classes, avatar and author markup,
 * times, sanitized bodies and reply labels, with the same settings the Rejoinder renderer is
 * given, so that a template that only assembles them writes the same bytes.
 */
final class ViewModels {
  private final Post post;
  private final BodyRenderer bodies;
  private final Avatars avatars;
  private final Messages messages;
  private final Links links;
  private final ZoneId zone;
  private int commentIndex;
  private int threadIndex;

  private ViewModels(
      Post post, BodyRenderer bodies, Avatars avatars, Messages messages, Links links, ZoneId zone) {
    this.post = post;
    this.bodies = bodies;
    this.avatars = avatars;
    this.messages = messages;
    this.links = links;
    this.zone = zone;
  }

  /** Returns the model of one page. */
  static ThreadModel of(ThreadPage page, BodyRenderer bodies, Avatars avatars, Messages messages,
      Links links, ZoneId zone) {
    Post post = page.thread().post();
    ViewModels views = new ViewModels(post, bodies, avatars, messages, links, zone);
    List<CommentView> roots = new ArrayList<>(page.roots().size());
    for (ThreadNode root : page.roots()) {
      roots.add(views.comment(root, views.threadIndex++));
    }
    return new ThreadModel(
        messages.responses(page.thread().responseCount(), post.title()), post.id().value(), roots);
  }

  /** A comment and its replies; the depth of the recursion is the thread's maximum depth. */
  private CommentView comment(ThreadNode node, int thread) {
    if (node.depth() == 1 && node.inReplyTo().isPresent()) {
      throw new IllegalArgumentException("Flat threads (\"in reply to\") are not modelled");
    }
    String id = node.id().toString();
    String classes = classes(node, commentIndex++, thread);
    List<CommentView> children = new ArrayList<>(node.children().size());
    for (ThreadNode child : node.children()) {
      children.add(comment(child, -1));
    }
    Optional<Comment> shown = node.comment();
    if (shown.isEmpty()) {
      return new CommentView(
          id, classes, true, false, "", "", "", "", "", "", "", null, null, children);
    }
    Comment c = shown.get();
    boolean replies = node.canReply();
    return new CommentView(
        id,
        classes,
        false,
        node.kind() == ThreadNode.Kind.AWAITING_MODERATION,
        avatar(c.author()),
        author(c.author()),
        links.comment(post, node.id()),
        c.createdAt().toString(),
        messages.dateTime(c.createdAt().atZone(zone)),
        inReplyTo(node),
        bodies.html(c.body()),
        replies ? links.reply(post, node.id()) : null,
        replies ? messages.replyTo(c.author().displayName()) : null,
        children);
  }

  private String classes(ThreadNode node, int index, int thread) {
    List<String> classes = new ArrayList<>(10);
    classes.add("comment");
    node.comment().ifPresent(c -> {
      if (c.author() instanceof SiteUser) {
        classes.add("byuser");
      }
      if (post.isAuthor(c.author())) {
        classes.add("bypostauthor");
      }
    });
    classes.add(index % 2 == 0 ? "even" : "odd alt");
    if (thread >= 0) {
      classes.add(thread % 2 == 0 ? "thread-even" : "thread-odd thread-alt");
    }
    classes.add("depth-" + node.depth());
    if (!node.children().isEmpty()) {
      classes.add("parent");
    }
    if (node.isPlaceholder()) {
      classes.add("deleted");
    }
    return String.join(" ", classes);
  }

  private String avatar(Author author) {
    if (!avatars.isEnabled()) {
      return "";
    }
    String size = Integer.toString(avatars.size());
    StringBuilder out = new StringBuilder(200);
    HtmlWriter html = new HtmlWriter(out);
    Optional<String> image = avatars.imageUrl(author);
    if (image.isPresent()) {
      html.empty("img", "class", "avatar avatar-" + size + " photo", "src", image.get(),
          "alt", "", "width", size, "height", size, "loading", "lazy", "decoding", "async");
    } else {
      html.element("span", Avatars.initialsOf(author.displayName()),
          "class", "avatar avatar-" + size + " avatar-initials avatar-hue-"
              + Math.floorMod(author.displayName().hashCode(), 8),
          "aria-hidden", "true");
    }
    return out.append(' ').toString();
  }

  private String inReplyTo(ThreadNode node) {
    Optional<String> parentAuthor = node.inReplyTo(); // empty under a deleted comment
    if (!node.isFlattened() || parentAuthor.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder(60).append(' ');
    new HtmlWriter(out).element("span", messages.inReplyTo(parentAuthor.get()),
        "class", "in-reply-to");
    return out.toString();
  }

  private String author(Author author) {
    StringBuilder out = new StringBuilder(100);
    HtmlWriter html = new HtmlWriter(out).start("b", "class", "fn");
    if (author.website() == null) {
      html.text(author.displayName());
    } else {
      html.element("a", author.displayName(),
          "href", author.website(), "rel", "ugc external nofollow", "class", "url");
    }
    html.end("b");
    if (post.isAuthor(author)) {
      html.text(" ").element("span", messages.postAuthor(), "class", "post-author");
    }
    return out.toString();
  }
}
