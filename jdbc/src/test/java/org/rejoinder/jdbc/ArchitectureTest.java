package org.rejoinder.jdbc;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.rejoinder.testing.ArchitectureRules;

/** The JDBC store's packages depend on each other one way only, and the store on core alone. */
class ArchitectureTest {
  private static final JavaClasses JDBC = ArchitectureRules.mainClasses();

  @Test
  void jdbcPackages_haveNoCycles() {
    ArchitectureRules.assertNoPackageCycles(JDBC);
  }

  @Test
  void jdbc_usesOnlyItsOwnInternalPackage() {
    ArchitectureRules.assertNoForeignInternals(JDBC, "org.rejoinder.jdbc.internal");
  }

  @Test
  void jdbc_dependsOnCoreAlone() {
    ArchitectureRules.assertIndependentOf(JDBC,
        "org.rejoinder.render..", "org.rejoinder.interop..", "org.rejoinder.web..",
        "org.rejoinder.cli..", "org.rejoinder.servlet..", "org.rejoinder.spring..",
        "org.rejoinder.examples..", "org.rejoinder.bench..");
  }
}
