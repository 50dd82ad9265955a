package org.rejoinder.feed;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.rejoinder.testing.ArchitectureRules;

/** The feeds module depends on core alone, and on no module's internal package. */
class ArchitectureTest {
  private static final JavaClasses FEEDS = ArchitectureRules.mainClasses();

  @Test
  void feedsPackages_haveNoCycles() {
    ArchitectureRules.assertNoPackageCycles(FEEDS);
  }

  @Test
  void feeds_usesNoInternalPackage() {
    ArchitectureRules.assertNoForeignInternals(FEEDS, "org.rejoinder.feed.internal");
  }

  @Test
  void feeds_dependsOnCoreAlone() {
    ArchitectureRules.assertIndependentOf(FEEDS,
        "org.rejoinder.render..", "org.rejoinder.jdbc..", "org.rejoinder.interop..",
        "org.rejoinder.web..", "org.rejoinder.cli..", "org.rejoinder.examples..",
        "org.rejoinder.bench..");
  }
}
