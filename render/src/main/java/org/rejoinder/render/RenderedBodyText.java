package org.rejoinder.render;

import org.rejoinder.model.Body;
import org.rejoinder.moderation.BodyText;

/**
 * The render module's {@link BodyText}: what {@link BodyRenderer#create() the default body
 * renderer} shows of a body, as {@link BodyRenderer#visibleText} gives it. Rejoinder finds it on
 * the module path ({@code provides org.rejoinder.moderation.BodyText}) or the class path ({@code
 * META-INF/services}), so that moderation judges bodies as readers will see them once the render
 * module is present.
 *
 * <p>It renders without a cache, since each new comment is judged once. An application that
 * renders with its own {@link BodyRenderer} can give moderation that renderer's view instead,
 * {@code bodies::visibleText}, whose cache then already holds the HTML of a comment just judged.
 *
 * @since 0.2.0
 */
public final class RenderedBodyText implements BodyText {
  private final BodyRenderer bodies = BodyRenderer.builder().cacheChars(0).build();

  /** Creates the body text of the default body renderer, as {@link java.util.ServiceLoader} does. */
  public RenderedBodyText() {}

  @Override
  public String visibleText(Body body) {
    return bodies.visibleText(body);
  }

  @Override
  public String toString() {
    return "RenderedBodyText";
  }
}
