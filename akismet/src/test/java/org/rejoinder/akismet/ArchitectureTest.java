package org.rejoinder.akismet;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.rejoinder.testing.ArchitectureRules;

/** The Akismet module depends on core alone. */
class ArchitectureTest {
  private static final JavaClasses AKISMET = ArchitectureRules.mainClasses();

  @Test
  void akismetPackages_haveNoCycles() {
    ArchitectureRules.assertNoPackageCycles(AKISMET);
  }

  @Test
  void akismet_usesNoInternalPackage() {
    ArchitectureRules.assertNoForeignInternals(AKISMET, "org.rejoinder.akismet.internal");
  }

  @Test
  void akismet_dependsOnCoreAlone() {
    ArchitectureRules.assertIndependentOf(AKISMET,
        "org.rejoinder.render..", "org.rejoinder.jdbc..", "org.rejoinder.interop..",
        "org.rejoinder.web..", "org.rejoinder.notify..", "org.rejoinder.feed..",
        "org.rejoinder.cli..", "org.rejoinder.examples..", "org.rejoinder.bench..");
  }
}
