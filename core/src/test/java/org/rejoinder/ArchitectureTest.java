package org.rejoinder;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;
import org.rejoinder.testing.ArchitectureRules;

/** Core's packages depend on each other one way only, and core on no other module. */
class ArchitectureTest {
  private static final JavaClasses CORE = ArchitectureRules.mainClasses();

  @Test
  void corePackages_haveNoCycles() {
    ArchitectureRules.assertNoPackageCycles(CORE);
  }

  @Test
  void theExceptionsPackage_dependsOnNoOtherPackageOfRejoinder() {
    noClasses().that().resideInAPackage("org.rejoinder.error")
        .should().dependOnClassesThat(
            resideInAPackage("org.rejoinder..").and(not(resideInAPackage("org.rejoinder.error"))))
        .check(CORE);
  }

  @Test
  void noCorePackage_usesTheFacadePackage() {
    noClasses().that().resideOutsideOfPackage("org.rejoinder")
        .should().dependOnClassesThat().resideInAPackage("org.rejoinder")
        .check(CORE);
  }

  @Test
  void core_usesOnlyItsOwnInternalPackage() {
    ArchitectureRules.assertNoForeignInternals(CORE, "org.rejoinder.internal");
  }

  @Test
  void core_dependsOnNoOtherModule() {
    ArchitectureRules.assertIndependentOf(CORE,
        "org.rejoinder.render..", "org.rejoinder.jdbc..", "org.rejoinder.interop..",
        "org.rejoinder.web..", "org.rejoinder.cli..", "org.rejoinder.servlet..",
        "org.rejoinder.spring..", "org.rejoinder.examples..", "org.rejoinder.bench..");
  }
}
