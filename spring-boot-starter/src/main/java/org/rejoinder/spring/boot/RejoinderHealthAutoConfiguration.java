package org.rejoinder.spring.boot;

import org.rejoinder.store.CommentStore;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * A health indicator for Rejoinder's store ({@link RejoinderHealthIndicator}), named {@code
 * rejoinder}, when Spring Boot's health support is present; {@code
 * management.health.rejoinder.enabled=false} turns it off.
 *
 * @since 0.2.0
 */
@AutoConfiguration(after = RejoinderAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(CommentStore.class)
@ConditionalOnEnabledHealthIndicator("rejoinder")
public class RejoinderHealthAutoConfiguration {

  /** Creates the auto-configuration; Spring Boot does. */
  public RejoinderHealthAutoConfiguration() {}

  /**
   * The indicator.
   *
   * @param store the store
   * @return the indicator
   */
  @Bean
  @ConditionalOnMissingBean(name = "rejoinderHealthIndicator")
  public HealthIndicator rejoinderHealthIndicator(CommentStore store) {
    return new RejoinderHealthIndicator(store);
  }
}
