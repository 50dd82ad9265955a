package org.rejoinder.render;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.rejoinder.thread.CommentOrder;

/**
 * What a {@link RendererBuilder} was given, fixed when the renderer is built: the renderers of
 * each part, in the order they wrap each other, and the settings every format shares. A renderer
 * keeps its settings and gives them to the {@link AbstractPartContext} of each call. Immutable
 * and thread-safe.
 *
 * @param <C> the context type of the format's part renderers
 * @since 0.2.0
 */
public final class RendererSettings<C extends PartContext> {
  private final Map<Part<?>, List<PartRendererFactory<C, ?>>> chains;
  private final Messages messages;
  private final Links links;
  private final BodyRenderer bodies;
  private final ZoneId zone;
  private final Clock clock;
  private final List<CommentOrder> sorts;
  private final boolean showPings;

  RendererSettings(Map<Part<?>, List<PartRendererFactory<C, ?>>> chains, Messages messages,
      Links links, BodyRenderer bodies, ZoneId zone, Clock clock, List<CommentOrder> sorts,
      boolean showPings) {
    Map<Part<?>, List<PartRendererFactory<C, ?>>> copy = new IdentityHashMap<>();
    chains.forEach((part, chain) -> copy.put(part, List.copyOf(chain)));
    this.chains = Collections.unmodifiableMap(copy);
    this.messages = messages;
    this.links = links;
    this.bodies = bodies;
    this.zone = zone;
    this.clock = clock;
    this.sorts = List.copyOf(sorts);
    this.showPings = showPings;
  }

  /**
   * Returns whether pingbacks and trackbacks are shown.
   *
   * @since 0.2.0
   */
  public boolean showPings() {
    return showPings;
  }

  /**
   * Makes the renderer of a part for one call: the first factory's, then each later factory's
   * wrapping the one before.
   *
   * @throws IllegalArgumentException if no renderer was registered for the part
   */
  @SuppressWarnings("unchecked") // each factory was registered with its part's type
  <T> PartRenderer<T> create(Part<T> part, C context) {
    List<PartRendererFactory<C, ?>> chain = chains.get(part);
    if (chain == null) {
      throw new IllegalArgumentException("This renderer has no part " + part);
    }
    PartRenderer<T> renderer = PartRenderer.nothing();
    for (PartRendererFactory<C, ?> factory : chain) {
      renderer = requireNonNull(((PartRendererFactory<C, T>) factory).create(context, renderer),
          () -> "A renderer factory of part " + part + " returned null");
    }
    return renderer;
  }

  /** Returns the messages. */
  public Messages messages() {
    return messages;
  }

  /** Returns the URL scheme. */
  public Links links() {
    return links;
  }

  /** Returns the body renderer. */
  public BodyRenderer bodies() {
    return bodies;
  }

  /** Returns the time zone times are shown in. */
  public ZoneId zone() {
    return zone;
  }

  /** Returns the clock that says whether a post still takes comments. */
  public Clock clock() {
    return clock;
  }

  /**
   * Returns the orders the sort selector offers, in the order shown.
   *
   * @since 0.2.0
   */
  public List<CommentOrder> sorts() {
    return sorts;
  }

  @Override
  public String toString() {
    return "RendererSettings[parts=" + chains.keySet() + ", zone=" + zone + "]";
  }
}
