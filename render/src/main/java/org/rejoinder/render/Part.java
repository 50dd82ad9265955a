package org.rejoinder.render;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.regex.Pattern;
import org.rejoinder.thread.ThreadNode;
import org.rejoinder.thread.ThreadPage;

/**
 * A piece of a rendered thread, typed by what it shows, that an application can render its own
 * way. The set is open: besides the built-in parts below, an application makes its own with
 * {@link #of}, renders it from its own part renderers through the context ({@code
 * context.render(BADGE, node)}), and registers a renderer for it with the renderer's builder.
 *
 * <pre>{@code
 * static final Part<ThreadNode> BADGE = Part.of("BADGE", ThreadNode.class);
 *
 * HtmlThreadRenderer renderer = HtmlThreadRenderer.builder()
 *     .part(BADGE, (context, next) -> node -> context.writer()   // badges: the application's
 *         .element("span", badges.get(node.id()), "class", "badge"))
 *     .part(Part.META, (context, next) -> node -> {
 *       next.render(node);                  // the built-in time and permalink
 *       context.render(BADGE, node);        // then the application's part
 *     })
 *     .build();
 * }</pre>
 *
 * <p>The built-in parts render each other through their context: the {@link #THREAD} renders
 * the {@link #HEADER}, the {@link #SORTS}, each top-level {@link #COMMENT}, the {@link
 * #PAGINATION} and the {@link #REPLY_FORM}; a comment renders its {@link #AUTHOR}, {@link #META},
 * {@link #PINNED}, {@link #MODERATION_NOTICE}, {@link #BODY}, {@link #VOTES}, {@link #REPLY_LINK}
 * and replies, or its {@link #PLACEHOLDER}, or for a pingback or trackback its {@link #PING} line
 * and replies.
 *
 * <p>Parts are compared by identity: keep each in a constant. Immutable.
 *
 * @param <T> what the part shows
 * @since 0.1.0
 */
public final class Part<T> {
  /** The whole discussion: header, comments, pagination, form. */
  public static final Part<ThreadView> THREAD = new Part<>("THREAD", ThreadView.class);
  /** The heading, "N responses to “Title”". */
  public static final Part<ThreadPage> HEADER = new Part<>("HEADER", ThreadPage.class);
  /** One comment with its replies; a placeholder's comment shows the {@link #PLACEHOLDER}. */
  public static final Part<ThreadNode> COMMENT = new Part<>("COMMENT", ThreadNode.class);
  /** A comment's author line: avatar and name, linked to the author's website. */
  public static final Part<ThreadNode> AUTHOR = new Part<>("AUTHOR", ThreadNode.class);
  /** A comment's time and permalink (and, in a flat thread, whom it replies to). */
  public static final Part<ThreadNode> META = new Part<>("META", ThreadNode.class);
  /** "Your comment is awaiting moderation." on the reader's own pending comment. */
  public static final Part<ThreadNode> MODERATION_NOTICE =
      new Part<>("MODERATION_NOTICE", ThreadNode.class);
  /** A comment's text. */
  public static final Part<ThreadNode> BODY = new Part<>("BODY", ThreadNode.class);
  /**
   * The Reply link, on comments that {@linkplain ThreadNode#canReply() take replies} of a post
   * that {@linkplain PartContext#acceptsComments() takes comments}.
   */
  public static final Part<ThreadNode> REPLY_LINK = new Part<>("REPLY_LINK", ThreadNode.class);
  /**
   * The line of a pingback or trackback, in WordPress's style: "Pingback: " and the linking
   * site's name, linked to it; no avatar, no Reply link. Rendered by the {@link #COMMENT} of a
   * {@linkplain org.rejoinder.model.Comment#isPing() ping} in place of its author, meta, body and
   * Reply link.
   *
   * @since 0.2.0
   */
  public static final Part<ThreadNode> PING = new Part<>("PING", ThreadNode.class);
  /** "This comment was deleted.", in the place of a comment that has shown replies. */
  public static final Part<ThreadNode> PLACEHOLDER = new Part<>("PLACEHOLDER", ThreadNode.class);
  /** Links to the other pages of comments. */
  public static final Part<ThreadPage> PAGINATION = new Part<>("PAGINATION", ThreadPage.class);
  /** The "Leave a Reply" form. */
  public static final Part<ReplyForm> REPLY_FORM = new Part<>("REPLY_FORM", ReplyForm.class);
  /**
   * A comment's score and, for a reader who may vote, the up and down buttons: rendered where
   * the view shows votes ({@link ThreadView#withVoting}).
   *
   * @since 0.2.0
   */
  public static final Part<ThreadNode> VOTES = new Part<>("VOTES", ThreadNode.class);
  /**
   * "Pinned", on the top-level comment of a {@linkplain ThreadNode#isPinned() pinned} thread.
   *
   * @since 0.2.0
   */
  public static final Part<ThreadNode> PINNED = new Part<>("PINNED", ThreadNode.class);
  /**
   * The sort selector: a link to the page in each order the renderer offers ({@link
   * RendererBuilder#sorts}), the current one marked; nothing when fewer than two are offered.
   *
   * @since 0.2.0
   */
  public static final Part<ThreadPage> SORTS = new Part<>("SORTS", ThreadPage.class);

  private static final List<Part<?>> BUILT_IN =
      List.of(THREAD, HEADER, COMMENT, AUTHOR, META, MODERATION_NOTICE, BODY, REPLY_LINK,
          PLACEHOLDER, PAGINATION, REPLY_FORM, PING, VOTES, PINNED, SORTS);
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");

  private final String name;
  private final Class<T> type;

  private Part(String name, Class<T> type) {
    this.name = name;
    this.type = type;
  }

  /**
   * Returns a new part of the application's, showing values of {@code type}. Each call makes a
   * different part, even with the same name: keep it in a constant.
   *
   * @param name a name for messages and {@link #toString()}: a letter, then up to 63 letters,
   *     digits, {@code _}, {@code .} or {@code -}; not the name of a built-in part
   * @param type the class of what the part shows, checked whenever the part is rendered
   * @throws IllegalArgumentException if the name is malformed or a built-in part's
   * @since 0.2.0
   */
  public static <T> Part<T> of(String name, Class<T> type) {
    requireNonNull(name, "name must not be null");
    requireNonNull(type, "type must not be null");
    checkArgument(NAME.matcher(name).matches(),
        "name must be a letter then up to 63 letters, digits, '_', '.' or '-' but was %s", name);
    for (Part<?> builtIn : BUILT_IN) {
      checkArgument(!builtIn.name.equals(name), "%s is the name of a built-in part", name);
    }
    return new Part<>(name, type);
  }

  /**
   * Returns the built-in parts, in the order they are declared above.
   *
   * @since 0.2.0
   */
  public static List<Part<?>> builtIns() {
    return BUILT_IN;
  }

  /**
   * Returns whether this is one of the built-in parts.
   *
   * @since 0.2.0
   */
  public boolean isBuiltIn() {
    return BUILT_IN.contains(this);
  }

  /** Returns the part's name, such as {@code "AUTHOR"}. */
  public String name() {
    return name;
  }

  /**
   * Returns the class of what the part shows.
   *
   * @since 0.2.0
   */
  public Class<T> type() {
    return type;
  }

  @Override
  public String toString() {
    return name;
  }
}
