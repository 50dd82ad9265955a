package org.rejoinder.render;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.rejoinder.testing.ArchitectureRules;

/** Render's packages depend on each other one way only, and render on core alone. */
class ArchitectureTest {
  private static final JavaClasses RENDER = ArchitectureRules.mainClasses();

  @Test
  void renderPackages_haveNoCycles() {
    ArchitectureRules.assertNoPackageCycles(RENDER);
  }

  @Test
  void render_usesOnlyItsOwnInternalPackage() {
    ArchitectureRules.assertNoForeignInternals(RENDER, "org.rejoinder.render.internal");
  }

  @Test
  void render_dependsOnCoreAlone() {
    ArchitectureRules.assertIndependentOf(RENDER,
        "org.rejoinder.jdbc..", "org.rejoinder.interop..", "org.rejoinder.web..",
        "org.rejoinder.cli..", "org.rejoinder.servlet..", "org.rejoinder.spring..",
        "org.rejoinder.examples..", "org.rejoinder.bench..");
  }
}
