package org.rejoinder.spring.boot;

import static java.util.Objects.requireNonNull;

import org.rejoinder.error.StorageException;
import org.rejoinder.model.PostId;
import org.rejoinder.store.CommentStore;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The health of Rejoinder's store: up when it answers a read (looking up a post), down with the
 * failure when it cannot. Its name in the health endpoint is {@code rejoinder}.
 *
 * @since 0.2.0
 */
public final class RejoinderHealthIndicator extends AbstractHealthIndicator {
  private static final PostId PROBE = PostId.of("rejoinder-health-check");

  private final CommentStore store;

  /** Creates an indicator of {@code store}'s health. */
  public RejoinderHealthIndicator(CommentStore store) {
    super("Rejoinder's store is not answering");
    this.store = requireNonNull(store, "store must not be null");
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    builder.withDetail("store", store.getClass().getSimpleName());
    try {
      store.findPost(PROBE);
      builder.up();
    } catch (StorageException e) {
      builder.down().withDetail("error", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
          .withDetail("outcome", e.outcome().name());
    }
  }
}
