package org.rejoinder.render;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.rejoinder.model.CommentId;
import org.rejoinder.model.Post;
import org.rejoinder.render.internal.Urls;
import org.rejoinder.thread.CommentOrder;
import org.rejoinder.thread.CommentThread;

/**
 * The part of a render call's context that every format shares: it dispatches {@link
 * #render(Part, Object) render(part, input)} to the part's renderers, made for the call from the
 * {@link RendererSettings} the first time the part renders, and keeps the {@linkplain
 * #position position} of every render in progress. A format's context extends it and adds its
 * writer and its way of nesting replies.
 *
 * <p>Not thread-safe: one context serves one render call.
 *
 * @param <C> the format's context type, which the subclass implements
 * @since 0.2.0
 */
public abstract class AbstractPartContext<C extends PartContext> implements PartContext {
  private final RendererSettings<C> settings;
  private final Post post;
  private final boolean acceptsComments;
  private final @Nullable CommentThread thread;
  private final @Nullable Voting voting;
  private final Map<Part<?>, Slot> slots = new IdentityHashMap<>();
  /** The renders in progress, outermost first; entries above {@link #depth} are spare. */
  private Frame[] frames = new Frame[16];
  private int depth;

  /**
   * Creates the context of one call.
   *
   * @param settings the renderer's settings
   * @param post the post whose thread, comment or form the call renders
   */
  protected AbstractPartContext(RendererSettings<C> settings, Post post) {
    this(settings, post, null, null);
  }

  /**
   * Creates the context of one call that renders a view of a thread.
   *
   * @param settings the renderer's settings
   * @param post the post whose thread the call renders
   * @param thread the thread rendered, which says which comments a body may link to; {@code
   *     null} when one comment renders on its own
   * @param voting how votes show, or {@code null}
   * @since 0.2.0
   */
  protected AbstractPartContext(
      RendererSettings<C> settings, Post post, @Nullable CommentThread thread, @Nullable Voting voting) {
    this.settings = requireNonNull(settings, "settings must not be null");
    this.post = requireNonNull(post, "post must not be null");
    this.acceptsComments = post.acceptsCommentsAt(settings.clock().instant());
    this.thread = thread;
    this.voting = voting;
  }

  /** Returns this context as the format's context type, for the part renderer factories. */
  protected abstract C self();

  @Override
  @SuppressWarnings("unchecked") // a slot's renderer was made for its part, whose type is T
  public final <T> void render(Part<T> part, T input) {
    requireNonNull(part, "part must not be null");
    requireNonNull(input, "input must not be null");
    if (!part.type().isInstance(input)) {
      throw new IllegalArgumentException("Part " + part + " shows " + part.type().getName()
          + ", not " + input.getClass().getName());
    }
    Slot slot = slots.get(part);
    if (slot == null) {
      slot = new Slot(settings.create(part, self()));
      slots.put(part, slot);
    }
    push(part, input, slot);
    try {
      ((PartRenderer<T>) slot.renderer).render(input);
    } finally {
      slot.nesting--;
      frames[--depth].input = null;
    }
  }

  @Override
  public final <T> PartPosition position(Part<T> part, T input) {
    for (int i = depth - 1; i >= 0; i--) {
      Frame frame = frames[i];
      if (frame.part == part && frame.input == input) {
        return new PartPosition(frame.index, frame.nesting, frame.indexAtNesting);
      }
    }
    throw new IllegalStateException(input + " is not being rendered as " + part);
  }

  private void push(Part<?> part, Object input, Slot slot) {
    if (depth == frames.length) {
      frames = Arrays.copyOf(frames, depth * 2);
    }
    Frame frame = frames[depth];
    if (frame == null) {
      frame = new Frame();
      frames[depth] = frame;
    }
    int nesting = slot.nesting;
    if (nesting == slot.countsAtNesting.length) {
      slot.countsAtNesting = Arrays.copyOf(slot.countsAtNesting, nesting * 2);
    }
    frame.part = part;
    frame.input = input;
    frame.index = slot.count++;
    frame.nesting = nesting;
    frame.indexAtNesting = slot.countsAtNesting[nesting]++;
    slot.nesting++;
    depth++;
  }

  @Override
  public final Post post() {
    return post;
  }

  @Override
  public final boolean acceptsComments() {
    return acceptsComments;
  }

  @Override
  public final boolean showPings() {
    return settings.showPings();
  }

  @Override
  public final Messages messages() {
    return settings.messages();
  }

  @Override
  public final Links links() {
    return settings.links();
  }

  @Override
  public final BodyRenderer bodies() {
    return settings.bodies();
  }

  @Override
  public final Clock clock() {
    return settings.clock();
  }

  @Override
  public final String formatTime(Instant time) {
    return settings.messages().dateTime(time.atZone(settings.zone()));
  }

  @Override
  public final Optional<Voting> voting() {
    return Optional.ofNullable(voting);
  }

  /**
   * {@inheritDoc}
   *
   * <p>A format's context may override it to note which comments a render linked to, returning
   * what this method returns.
   */
  @Override
  public Optional<String> commentUrl(CommentId id) {
    requireNonNull(id, "id must not be null");
    if (thread != null && !thread.shows(id)) {
      return Optional.empty();
    }
    String url = settings.links().comment(post, id);
    return Urls.isPageLink(url) ? Optional.of(url) : Optional.empty();
  }

  @Override
  public final List<CommentOrder> sorts() {
    return settings.sorts();
  }

  /** A part's renderer for the call, and the count of its renders so far. */
  private static final class Slot {
    final PartRenderer<?> renderer;
    int count;
    int nesting;
    int[] countsAtNesting = new int[4];

    Slot(PartRenderer<?> renderer) {
      this.renderer = renderer;
    }
  }

  /** One render in progress. */
  private static final class Frame {
    @Nullable Part<?> part;
    @Nullable Object input;
    int index;
    int nesting;
    int indexAtNesting;
  }
}
