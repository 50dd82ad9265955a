package org.rejoinder.render;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.rejoinder.thread.CommentOrder;

/**
 * What the builders of every thread renderer share: the part renderers and the settings all
 * formats have. {@link org.rejoinder.render.html.HtmlThreadRenderer.Builder} and {@link
 * org.rejoinder.render.markdown.MarkdownThreadRenderer.Builder} extend it, and so can the builder
 * of another format, with {@link AbstractPartContext} for its contexts.
 *
 * <p>Settings replace: a setting given twice keeps the later value. Adders add: {@link #part}
 * given twice for one part keeps both, the later wrapping the earlier. Not thread-safe; the
 * renderer it builds is.
 *
 * @param <C> the context type of the format's part renderers
 * @param <B> the builder's own type, returned by every setting
 * @since 0.2.0
 */
public abstract class RendererBuilder<C extends PartContext, B extends RendererBuilder<C, B>> {
  private final Map<Part<?>, PartRendererFactory<C, ?>> builtIns = new IdentityHashMap<>();
  private final Map<Part<?>, List<PartRendererFactory<C, ?>>> overrides = new IdentityHashMap<>();
  private Messages messages = Messages.english();
  private Links links = Links.defaults();
  private @Nullable BodyRenderer bodies;
  private ZoneId zone = ZoneOffset.UTC;
  private Clock clock = Clock.systemUTC();
  private List<CommentOrder> sorts = List.of();
  private boolean showPings = true;

  /** Creates a builder with no parts; the format's constructor adds its built-in ones. */
  protected RendererBuilder() {}

  /** Returns this builder, as its own type. */
  protected abstract B self();

  /**
   * Sets the format's own renderer of a part: the one the application's renderers for the part
   * wrap. Parts without one can be rendered only if they are the application's and it registers
   * a renderer for them.
   */
  protected final <T> void builtIn(Part<T> part, PartRendererFactory<C, T> factory) {
    builtIns.put(requireNonNull(part, "part must not be null"),
        requireNonNull(factory, "factory must not be null"));
  }

  /**
   * Adds the application's renderer of {@code part}: it replaces, delegates to or decorates the
   * renderer registered before it, which it receives as {@code next} (the built-in one for the
   * first renderer of a built-in part). Given twice for one part, both are kept and the later
   * wraps the earlier. The factory is called at most once per render call, with that call's
   * context.
   *
   * <pre>{@code
   * builder.part(Part.AUTHOR, (context, next) -> node -> {
   *   next.render(node);                                  // the built-in author line,
   *   context.writer().element("span", "✓", "class", "verified");  // then a mark
   * });
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code part} is a built-in part this format does not
   *     render (the Markdown renderer has no {@link Part#REPLY_FORM})
   */
  public final <T> B part(Part<T> part, PartRendererFactory<C, T> factory) {
    requireNonNull(part, "part must not be null");
    requireNonNull(factory, "factory must not be null");
    checkArgument(!part.isBuiltIn() || builtIns.containsKey(part),
        "This renderer has no part %s", part);
    overrides.computeIfAbsent(part, p -> new ArrayList<>(2)).add(factory);
    return self();
  }

  /**
   * Returns how many renderers the application has added for {@code part} with {@link #part} so
   * far: 0 where the format's built-in renderer is the part's only one. The last one added is the
   * outermost, which the others run inside, if at all.
   *
   * @since 0.2.0
   */
  protected final int addedRenderers(Part<?> part) {
    List<PartRendererFactory<C, ?>> added = overrides.get(requireNonNull(part, "part must not be null"));
    return added == null ? 0 : added.size();
  }

  /** The words shown. Default {@link Messages#english()}. */
  public final B messages(Messages messages) {
    this.messages = requireNonNull(messages, "messages must not be null");
    return self();
  }

  /** The URLs of pages, permalinks and reply links. Default {@link Links#defaults()}. */
  public final B links(Links links) {
    this.links = requireNonNull(links, "links must not be null");
    return self();
  }

  /**
   * The body renderer, whose cache may be shared with other renderers. Default a new {@link
   * BodyRenderer#create()} for each renderer built.
   */
  public final B bodies(BodyRenderer bodies) {
    this.bodies = requireNonNull(bodies, "bodies must not be null");
    return self();
  }

  /** The time zone times are shown in. Default UTC. */
  public final B zone(ZoneId zone) {
    this.zone = requireNonNull(zone, "zone must not be null");
    return self();
  }

  /**
   * The clock that says whether a post still takes comments: where it does not, no Reply link
   * is shown and the form says "Comments are closed.". Default the UTC system clock.
   */
  public final B clock(Clock clock) {
    this.clock = requireNonNull(clock, "clock must not be null");
    return self();
  }

  /**
   * The orders the sort selector ({@link Part#SORTS}) offers readers, in the order shown: a link
   * to the page in each ({@link Links#sort}), the thread's current order marked. Default: none,
   * and no selector. {@code CommentOrder.builtIns()} offers all six built-in orders.
   *
   * @throws IllegalArgumentException if an order is given twice
   * @since 0.2.0
   */
  public final B sorts(List<CommentOrder> offered) {
    List<CommentOrder> copy = List.copyOf(requireNonNull(offered, "offered must not be null"));
    checkArgument(new LinkedHashSet<>(copy).size() == copy.size(),
        "sorts must not offer an order twice but were %s", copy);
    this.sorts = copy;
    return self();
  }

  /**
   * Whether pingbacks and trackbacks are shown, each as a {@link Part#PING} line in WordPress's
   * style. Default {@code true}. Hidden ones still count in "N responses" and take their numbers;
   * one with shown replies is shown all the same, so that its replies keep their place.
   *
   * @since 0.2.0
   */
  public final B showPings(boolean show) {
    this.showPings = show;
    return self();
  }

  /** Returns the settings so far, immutable, for the renderer being built. */
  protected final RendererSettings<C> settings() {
    Map<Part<?>, List<PartRendererFactory<C, ?>>> chains = new IdentityHashMap<>();
    builtIns.forEach((part, factory) -> chains.put(part, new ArrayList<>(List.of(factory))));
    overrides.forEach((part, added) ->
        chains.computeIfAbsent(part, p -> new ArrayList<>()).addAll(added));
    return new RendererSettings<>(chains, messages, links,
        bodies != null ? bodies : BodyRenderer.create(), zone, clock, sorts, showPings);
  }
}
