package org.sectordesk;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layers depend one way only (see STYLE: domain and analytics pure, faces on top). */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void load() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.sectordesk");
  }

  @Test
  void domainDependsOnNothingOfOurs() {
    noClasses().that().resideInAPackage("org.sectordesk.domain..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.sectordesk.analytics..", "org.sectordesk.store..", "org.sectordesk.ingest..",
            "org.sectordesk.report..", "org.sectordesk.desk..", "org.sectordesk.cli..", "org.sectordesk.web..",
            "org.sectordesk.workspace..", "org.sectordesk.ratings..", "org.sectordesk.estimates..", "org.sectordesk.news..")
        .check(classes);
  }

  @Test
  void pureLayersDoNoIo() {
    noClasses().that().resideInAnyPackage("org.sectordesk.domain..", "org.sectordesk.analytics..",
            "org.sectordesk.ratings..", "org.sectordesk.estimates..")
        .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "java.nio.file..", "java.io..",
            "org.duckdb..", "picocli..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void analyticsUseOnlyDomainAndCalendar() {
    noClasses().that().resideInAPackage("org.sectordesk.analytics..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.sectordesk.store..", "org.sectordesk.ingest..", "org.sectordesk.report..",
            "org.sectordesk.desk..", "org.sectordesk.cli..", "org.sectordesk.workspace..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void storeAndIngestDoNotReachUp() {
    noClasses().that().resideInAnyPackage("org.sectordesk.store..", "org.sectordesk.ingest..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.sectordesk.analytics..", "org.sectordesk.report..", "org.sectordesk.desk..", "org.sectordesk.cli..")
        .check(classes);
  }

  @Test
  void reportIsOnlyPresentation() {
    noClasses().that().resideInAPackage("org.sectordesk.report..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.sectordesk.store..", "org.sectordesk.ingest..", "org.sectordesk.desk..", "org.sectordesk.cli..",
            "org.sectordesk.workspace..", "java.sql..", "org.duckdb..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void facesUseTheDeskNotTheStore() {
    noClasses().that().resideInAnyPackage("org.sectordesk.cli..", "org.sectordesk.web..")
        .should().dependOnClassesThat().resideInAnyPackage("org.sectordesk.store..", "java.sql..", "org.duckdb..")
        .check(classes);
  }

  @Test
  void noCycles() {
    slices().matching("org.sectordesk.(*)..").should().beFreeOfCycles().check(classes);
  }
}
