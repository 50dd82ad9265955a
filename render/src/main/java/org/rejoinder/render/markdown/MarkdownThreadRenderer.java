package org.rejoinder.render.markdown;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.rejoinder.model.Post;
import org.rejoinder.render.BodyRenderer;
import org.rejoinder.render.Messages;
import org.rejoinder.render.Part;
import org.rejoinder.render.PartRendererFactory;
import org.rejoinder.render.ThreadRenderer;
import org.rejoinder.render.ThreadView;
import org.rejoinder.render.internal.MarkdownParts;
import org.rejoinder.render.internal.PartFactories;
import org.rejoinder.thread.ThreadNode;

/**
 * Renders a thread as a Markdown document, readable as plain text and stable for diffs: the
 * heading, then each comment as a bold line with its number and author, its time, and its body;
 * replies nested one block quote level deeper.
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
 * no raw HTML and no link other than the sanitizer's. The reply form and Reply links are not
 * rendered ({@link Part#REPLY_FORM} and {@link Part#REPLY_LINK} are not parts of this renderer).
 *
 * <p>A built renderer is immutable and thread-safe: every call makes a fresh {@link
 * MarkdownContext} and fresh part renderers.
 *
 * @since 0.1.0
 */
public final class MarkdownThreadRenderer implements ThreadRenderer {
  private final PartFactories<MarkdownContext> parts;
  private final Messages messages;
  private final BodyRenderer bodies;
  private final ZoneId zone;

  private MarkdownThreadRenderer(Builder builder) {
    this.parts = builder.parts.withBuiltIns(MarkdownParts.builtIns());
    this.messages = builder.messages;
    this.bodies = builder.bodies != null ? builder.bodies : BodyRenderer.create();
    this.zone = builder.zone;
  }

  /** Returns a builder; see its methods for the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void render(ThreadView view, Appendable output) {
    requireNonNull(view, "view must not be null");
    requireNonNull(output, "output must not be null");
    new Context(new MarkdownWriter(output), view.thread().post()).render(Part.THREAD, view);
  }

  @Override
  public String render(ThreadView view) {
    StringBuilder markdown = new StringBuilder();
    render(view, markdown);
    return markdown.toString();
  }

  /** The context of one render call. */
  private final class Context implements MarkdownContext {
    private final MarkdownWriter writer;
    private final Post post;
    private final PartFactories.Renderers renderers;

    Context(MarkdownWriter writer, Post post) {
      this.writer = writer;
      this.post = post;
      this.renderers = parts.create(this);
    }

    @Override
    public MarkdownWriter writer() {
      return writer;
    }

    @Override
    public <T> void render(Part<T> part, T input) {
      renderers.render(part, input);
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

    @Override
    public Post post() {
      return post;
    }

    @Override
    public Messages messages() {
      return messages;
    }

    @Override
    public BodyRenderer bodies() {
      return bodies;
    }

    @Override
    public String formatTime(Instant time) {
      return messages.dateTime(time.atZone(zone));
    }
  }

  /**
   * Configures a {@link MarkdownThreadRenderer}. Not thread-safe; the renderer it builds is.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private final PartFactories<MarkdownContext> parts =
        new PartFactories<>(MarkdownParts.SUPPORTED);
    private Messages messages = Messages.english();
    private @Nullable BodyRenderer bodies;
    private ZoneId zone = ZoneOffset.UTC;

    private Builder() {}

    /**
     * Renders {@code part} with the application's renderer instead of the built-in one.
     *
     * @throws IllegalArgumentException for {@link Part#REPLY_LINK} and {@link Part#REPLY_FORM},
     *     which Markdown output does not have
     * @throws IllegalStateException if the part was given a renderer already
     */
    public <T> Builder part(Part<T> part, PartRendererFactory<MarkdownContext, T> factory) {
      parts.add(part, factory);
      return this;
    }

    /** The words shown. Default {@link Messages#english()}. */
    public Builder messages(Messages messages) {
      this.messages = requireNonNull(messages, "messages must not be null");
      return this;
    }

    /**
     * The body renderer, whose cache may be shared with other renderers. Default a new {@link
     * BodyRenderer#create()}.
     */
    public Builder bodies(BodyRenderer bodies) {
      this.bodies = requireNonNull(bodies, "bodies must not be null");
      return this;
    }

    /** The time zone times are shown in. Default UTC. */
    public Builder zone(ZoneId zone) {
      this.zone = requireNonNull(zone, "zone must not be null");
      return this;
    }

    /** Returns the configured renderer. */
    public MarkdownThreadRenderer build() {
      return new MarkdownThreadRenderer(this);
    }
  }
}
