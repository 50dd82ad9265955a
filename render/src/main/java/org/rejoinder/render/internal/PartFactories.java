package org.rejoinder.render.internal;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.rejoinder.render.Part;
import org.rejoinder.render.PartRenderer;
import org.rejoinder.render.PartRendererFactory;

/**
 * The part renderer factories of a renderer: the application's, then the built-in ones for the
 * parts it left alone. A builder collects the application's; {@link #withBuiltIns} makes the
 * immutable set a renderer keeps. Not part of the API.
 *
 * @param <C> the context type
 */
public final class PartFactories<C> {
  private final Map<Part<?>, PartRendererFactory<C, ?>> factories;
  private final Set<Part<?>> supported;

  /** Creates an empty set for a renderer that renders {@code supported} parts. */
  public PartFactories(Set<Part<?>> supported) {
    this(new IdentityHashMap<>(), supported);
  }

  private PartFactories(Map<Part<?>, PartRendererFactory<C, ?>> factories, Set<Part<?>> supported) {
    this.factories = factories;
    this.supported = supported;
  }

  /**
   * Adds the application's factory for a part.
   *
   * @throws IllegalArgumentException if this renderer does not render the part
   * @throws IllegalStateException if the part already has a factory
   */
  public <T> void add(Part<T> part, PartRendererFactory<C, T> factory) {
    requireNonNull(part, "part must not be null");
    requireNonNull(factory, "factory must not be null");
    if (!supported.contains(part)) {
      throw new IllegalArgumentException("This renderer has no part " + part);
    }
    if (factories.containsKey(part)) {
      throw new IllegalStateException("Part " + part + " already has a renderer");
    }
    factories.put(part, factory);
  }

  /**
   * Returns an immutable copy with the built-in factories added last, for the parts that have
   * none: the application's factory for a part wins.
   */
  public PartFactories<C> withBuiltIns(Map<Part<?>, PartRendererFactory<C, ?>> builtIns) {
    Map<Part<?>, PartRendererFactory<C, ?>> all = new IdentityHashMap<>(factories);
    builtIns.forEach(all::putIfAbsent);
    return new PartFactories<>(Collections.unmodifiableMap(all), supported);
  }

  /** Creates every part's renderer for one call. */
  public Renderers create(C context) {
    Map<Part<?>, PartRenderer<?>> renderers = new IdentityHashMap<>();
    factories.forEach((part, factory) -> renderers.put(part, factory.create(context)));
    return new Renderers(renderers);
  }

  /** The renderers of one call, by part. */
  public static final class Renderers {
    private final Map<Part<?>, PartRenderer<?>> renderers;

    Renderers(Map<Part<?>, PartRenderer<?>> renderers) {
      this.renderers = renderers;
    }

    /** Renders {@code input} with the part's renderer. */
    @SuppressWarnings("unchecked") // each part's renderer was registered with its part's type
    public <T> void render(Part<T> part, T input) {
      PartRenderer<T> renderer = (PartRenderer<T>) renderers.get(part);
      if (renderer == null) {
        throw new IllegalArgumentException("This renderer has no part " + part);
      }
      renderer.render(requireNonNull(input, "input must not be null"));
    }
  }
}
