package org.rejoinder.web;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.rejoinder.testing.ArchitectureRules;

/** The web module's packages depend on each other one way, and the module on core, render and feeds alone. */
class ArchitectureTest {
  private static final JavaClasses WEB = ArchitectureRules.mainClasses();

  @Test
  void webPackages_haveNoCycles() {
    ArchitectureRules.assertNoPackageCycles(WEB);
  }

  @Test
  void web_usesOnlyItsOwnInternalPackage() {
    ArchitectureRules.assertNoForeignInternals(WEB, "org.rejoinder.web.internal");
  }

  @Test
  void web_dependsOnCoreRenderAndFeedsAlone() {
    ArchitectureRules.assertIndependentOf(WEB,
        "org.rejoinder.jdbc..", "org.rejoinder.interop..", "org.rejoinder.notify..", "org.rejoinder.cli..",
        "org.rejoinder.servlet..", "org.rejoinder.spring..", "org.rejoinder.examples..",
        "org.rejoinder.bench..");
  }
}
