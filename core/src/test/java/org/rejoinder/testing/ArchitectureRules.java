package org.rejoinder.testing;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The layering every module of Rejoinder keeps, checked on its own compiled classes by an
 * {@code ArchitectureTest} in each module: no cycles between packages, no use of another
 * module's {@code internal} packages, and dependencies between modules pointing one way.
 */
public final class ArchitectureRules {
  private static final SliceAssignment EACH_PACKAGE =
      new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
          return SliceIdentifier.of(javaClass.getPackageName());
        }

        @Override
        public String getDescription() {
          return "each package";
        }
      };

  private ArchitectureRules() {}

  /** Returns the module's main classes, as compiled into {@code target/classes}. */
  public static JavaClasses mainClasses() {
    Path classes = Path.of("target", "classes");
    if (!Files.isDirectory(classes)) {
      throw new IllegalStateException("No compiled classes in " + classes.toAbsolutePath());
    }
    return new ClassFileImporter().importPath(classes);
  }

  /** Checks that no two packages depend on each other, directly or through others. */
  public static void assertNoPackageCycles(JavaClasses classes) {
    slices().assignedFrom(EACH_PACKAGE).should().beFreeOfCycles().check(classes);
  }

  /**
   * Checks that these classes use no {@code internal} package but their own module's, {@code
   * ownInternal} (for example {@code "org.rejoinder.render.internal"}), or none at all if it is
   * {@code null}.
   */
  public static void assertNoForeignInternals(JavaClasses classes, @Nullable String ownInternal) {
    var foreignInternal =
        ownInternal == null
            ? resideInAPackage("..internal..")
            : resideInAPackage("..internal..").and(not(resideInAPackage(ownInternal + "..")));
    noClasses().should().dependOnClassesThat(foreignInternal).check(classes);
  }

  /**
   * Checks that these classes depend on none of the given packages, given as patterns such as
   * {@code "org.rejoinder.jdbc.."}.
   */
  public static void assertIndependentOf(JavaClasses classes, String... packages) {
    noClasses().should().dependOnClassesThat(resideInAnyPackage(packages)).check(classes);
  }
}
