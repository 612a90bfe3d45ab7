package org.fundtrack.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.fundtrack.grant.entity.GrantAgreement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The house's dependency rules, checked on the compiled classes of every module (the WAR's class
 * path holds them all): the modules point down (web → reports → ejb → db), and the business
 * features of ejb depend one way, in the order of {@code docs/style.md}, so none of them forms a
 * cycle with another.
 */
class ArchitectureTest {

  private static JavaClasses classes;

  /**
   * The main classes of every module, from their build directories: the class path would give jars
   * or directories depending on the Maven phase, and a rule over classes it did not import passes
   * without checking anything.
   */
  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .importPaths(
                Stream.of("../db", "../ejb", "../reports", ".")
                    .map(module -> Path.of(module, "target", "classes"))
                    .toList());
    assertThat(classes.contain(GrantAgreement.class)).as("ejb's classes were imported").isTrue();
    assertThat(classes.contain("org.fundtrack.reports.PdfReports")).isTrue();
    assertThat(classes.contain("org.fundtrack.db.DatabaseMigrator")).isTrue();
    assertThat(classes.contain(ArchitectureTest.class)).as("no test classes").isFalse();
  }

  @Test
  void noFeatureOfTheBusinessFormsACycleWithAnother() {
    slices()
        .matching("org.fundtrack.(*)..")
        .should()
        .beFreeOfCycles()
        .because("features depend one way (docs/style.md)")
        .check(classes);
  }

  @Test
  void theModulesPointDown() {
    layeredArchitecture()
        .consideringOnlyDependenciesInAnyPackage("org.fundtrack..")
        .layer("web")
        .definedBy("org.fundtrack.web..")
        .layer("reports")
        .definedBy("org.fundtrack.reports..")
        .layer("db")
        .definedBy("org.fundtrack.db..")
        .layer("business")
        .definedBy(
            "org.fundtrack.shared..",
            "org.fundtrack.reference..",
            "org.fundtrack.security..",
            "org.fundtrack.recipient..",
            "org.fundtrack.audit..",
            "org.fundtrack.budget..",
            "org.fundtrack.indicator..",
            "org.fundtrack.grant..",
            "org.fundtrack.reporting..",
            "org.fundtrack.evaluation..",
            "org.fundtrack.administration..")
        .whereLayer("web")
        .mayNotBeAccessedByAnyLayer()
        .whereLayer("reports")
        .mayOnlyBeAccessedByLayers("web")
        .whereLayer("business")
        .mayOnlyBeAccessedByLayers("web", "reports")
        .whereLayer("db")
        .mayOnlyBeAccessedByLayers("web", "business")
        .check(classes);
  }

  @Test
  void theFeaturesDependInTheHouseOrder() {
    String[] order = {
      "shared",
      "reference",
      "security",
      "recipient",
      "audit",
      "budget",
      "indicator",
      "grant",
      "reporting",
      "evaluation",
      "administration"
    };
    for (int i = 0; i < order.length; i++) {
      for (int later = i + 1; later < order.length; later++) {
        noClasses()
            .that()
            .resideInAPackage("org.fundtrack." + order[i] + "..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.fundtrack." + order[later] + "..")
            .because(order[i] + " comes before " + order[later] + " in docs/style.md")
            .allowEmptyShould(true)
            .check(classes);
      }
    }
  }
}
