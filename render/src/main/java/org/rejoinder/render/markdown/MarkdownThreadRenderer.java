package org.rejoinder.render.markdown;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.rejoinder.model.Post;
import org.rejoinder.render.AbstractPartContext;
import org.rejoinder.render.Part;
import org.rejoinder.render.RendererBuilder;
import org.rejoinder.render.RendererSettings;
import org.rejoinder.render.ThreadRenderer;
import org.rejoinder.render.ThreadView;
import org.rejoinder.render.Voting;
import org.rejoinder.render.internal.Nodes;
import org.rejoinder.thread.CommentThread;
import org.rejoinder.thread.ThreadNode;

/**
 * Renders a thread as a Markdown document, readable as plain text and stable for diffs: the
 * heading, then each comment as a bold line with its number and author, its time (and, where
 * it applies, "Pinned" and its score), and its body; replies nested one block quote level
 * deeper.
 *
 * <pre>{@code
 * # 2 responses to “Hello world”
 *
 * **1. Ann** · March 1, 2024 at 10:00 am
 *
 * What does *threaded* mean?
 *
 * > **2. Ada** (Post author) · March 1, 2024 at 10:05 am
 * >
 * > Replies nest under the comment they answer.
 * }</pre>
 *
 * <p>Bodies are written from their sanitized HTML with all text escaped, so the document holds
 * no raw HTML and no link other than the sanitizer's. A document has no reply form ({@link
 * Part#REPLY_FORM} is not a part of this renderer), and its {@link Part#REPLY_LINK} renders
 * nothing unless the application gives it a renderer.
 *
 * <p>Each part can be rendered the application's way with {@link Builder#part}, which may
 * replace, delegate to or decorate the built-in renderer ({@link MarkdownParts}); applications
 * add parts of their own the same way. A built renderer is immutable and thread-safe: every call
 * makes a fresh {@link MarkdownContext} and fresh part renderers.
 *
 * @since 0.1.0
 */
public final class MarkdownThreadRenderer implements ThreadRenderer {
  private final RendererSettings<MarkdownContext> settings;

  private MarkdownThreadRenderer(Builder builder, RendererSettings<MarkdownContext> settings) {
    this.settings = settings;
  }

  /** Returns a builder; see its methods for the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void render(ThreadView view, Appendable output) {
    requireNonNull(view, "view must not be null");
    requireNonNull(output, "output must not be null");
    new Context(new MarkdownWriter(output), view.thread().post(), view.thread(), view.voting())
        .render(Part.THREAD, view);
  }

  @Override
  public String render(ThreadView view) {
    StringBuilder markdown = new StringBuilder();
    render(view, markdown);
    return markdown.toString();
  }

  /**
   * Renders one comment on its own, through {@link Part#COMMENT}: the same lines as in the
   * thread, with its replies quoted under it if it has any.
   *
   * @since 0.2.0
   */
  @Override
  public void renderComment(ThreadNode node, Post post, Appendable output) {
    Nodes.checkCommentOf(node, post);
    requireNonNull(output, "output must not be null");
    MarkdownWriter writer = new MarkdownWriter(output);
    new Context(writer, post, null, null).render(Part.COMMENT, node);
    writer.endLine();
  }

  /** The context of one render call. */
  private final class Context extends AbstractPartContext<MarkdownContext>
      implements MarkdownContext {
    private final MarkdownWriter writer;

    Context(
        MarkdownWriter writer, Post post, @Nullable CommentThread thread, @Nullable Voting voting) {
      super(settings, post, thread, voting);
      this.writer = writer;
    }

    @Override
    protected MarkdownContext self() {
      return this;
    }

    @Override
    public MarkdownWriter writer() {
      return writer;
    }

    @Override
    public void renderReplies(ThreadNode node) {
      if (node.children().isEmpty()) {
        return;
      }
      writer.beginQuote();
      for (ThreadNode child : node.children()) {
        render(Part.COMMENT, child);
      }
      writer.endQuote();
    }
  }

  /**
   * Configures a {@link MarkdownThreadRenderer}: the settings of {@link RendererBuilder} (parts,
   * messages, links, bodies, zone, clock).
   *
   * <p>Settings replace: a setting given twice keeps the later value. Adders add: {@link #part}
   * given twice for one part keeps both, the later wrapping the earlier. Not thread-safe; the
   * renderer it builds is.
   *
   * @since 0.1.0
   */
  public static final class Builder extends RendererBuilder<MarkdownContext, Builder> {
    private Builder() {
      builtIn(Part.THREAD, (context, next) -> MarkdownParts.thread(context));
      builtIn(Part.HEADER, (context, next) -> MarkdownParts.header(context));
      builtIn(Part.COMMENT, (context, next) -> MarkdownParts.comment(context));
      builtIn(Part.AUTHOR, (context, next) -> MarkdownParts.author(context));
      builtIn(Part.META, (context, next) -> MarkdownParts.meta(context));
      builtIn(Part.MODERATION_NOTICE,
          (context, next) -> MarkdownParts.moderationNotice(context));
      builtIn(Part.BODY, (context, next) -> MarkdownParts.body(context));
      builtIn(Part.REPLY_LINK, (context, next) -> MarkdownParts.replyLink(context));
      builtIn(Part.PLACEHOLDER, (context, next) -> MarkdownParts.placeholder(context));
      builtIn(Part.PING, (context, next) -> MarkdownParts.ping(context));
      builtIn(Part.PAGINATION, (context, next) -> MarkdownParts.pagination(context));
      builtIn(Part.VOTES, (context, next) -> MarkdownParts.votes(context));
      builtIn(Part.PINNED, (context, next) -> MarkdownParts.pinned(context));
      builtIn(Part.SORTS, (context, next) -> MarkdownParts.sorts(context));
    }

    @Override
    protected Builder self() {
      return this;
    }

    /** Returns the configured renderer. */
    public MarkdownThreadRenderer build() {
      return new MarkdownThreadRenderer(this, settings());
    }
  }
}
