package org.rejoinder.spring.boot;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Rejoinder's Micrometer meters ({@link RejoinderMetrics}), when the application has a {@link
 * MeterRegistry} (Spring Boot's actuator makes one).
 *
 * @since 0.2.0
 */
@AutoConfiguration(afterName = {
  "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
  "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration"
})
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean(MeterRegistry.class)
public class RejoinderMetricsAutoConfiguration {

  /** Creates the auto-configuration; Spring Boot does. */
  public RejoinderMetricsAutoConfiguration() {}

  /**
   * The meters, in the application's registry.
   *
   * @param registry the registry
   * @return the meters
   */
  @Bean
  @ConditionalOnMissingBean
  public RejoinderMetrics rejoinderMetrics(MeterRegistry registry) {
    return new RejoinderMetrics(registry);
  }
}
