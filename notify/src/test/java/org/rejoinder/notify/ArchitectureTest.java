package org.rejoinder.notify;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.rejoinder.testing.ArchitectureRules;

/** The notify module depends on core alone, and on no module's internal package. */
class ArchitectureTest {
  private static final JavaClasses NOTIFY = ArchitectureRules.mainClasses();

  @Test
  void notifyPackages_haveNoCycles() {
    ArchitectureRules.assertNoPackageCycles(NOTIFY);
  }

  @Test
  void notify_usesNoInternalPackage() {
    ArchitectureRules.assertNoForeignInternals(NOTIFY, "org.rejoinder.notify.internal");
  }

  @Test
  void notify_dependsOnCoreAlone() {
    ArchitectureRules.assertIndependentOf(NOTIFY,
        "org.rejoinder.render..", "org.rejoinder.jdbc..", "org.rejoinder.interop..",
        "org.rejoinder.web..", "org.rejoinder.cli..", "org.rejoinder.examples..",
        "org.rejoinder.bench..");
  }
}
