package com.cloudvista.payfast;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import org.junit.jupiter.api.Test;

/**
 * The package structure, checked on the compiled main classes (inline fully-qualified names
 * included, since ArchUnit reads byte code): no cycles between any two packages, arrows point down
 * inside each bounded context, platform knows no context, and only the composition root {@code app}
 * sees everything.
 *
 * <p>Bottom to top inside platform: {@code web.edge} and {@code db.password} (self-contained: they
 * are packaged apart, see the Dockerfile and pom.xml) · {@code context} (request id, loggers) ·
 * {@code config} · {@code db}, {@code cache}, {@code storage} · {@code problem} (error vocabulary
 * and mappers; {@code problem.DatabaseFailures} delegates to {@code db.PersistenceFailures}) ·
 * {@code security}, {@code ratelimit}, {@code paging}, {@code json}, {@code idempotency} · {@code
 * web} · {@code health}.
 */
class ArchitectureTest {

  private static final String ROOT = "com.cloudvista.payfast";

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages(ROOT);
  private static final String[] CONTEXTS = {"auth", "ledger", "expense", "audit"};

  private static final ArchRule NO_PACKAGE_CYCLES =
      slices().matching(ROOT + ".(**)").should().beFreeOfCycles();

  private static final ArchRule DOMAIN_DEPENDS_ON_NO_OUTER_LAYER =
      perContext(
          c ->
              noClasses()
                  .that()
                  .resideInAPackage(ROOT + "." + c + ".domain..")
                  .should()
                  .dependOnClassesThat()
                  .resideInAnyPackage(
                      ROOT + "." + c + ".api..",
                      ROOT + "." + c + ".application..",
                      ROOT + "." + c + ".infrastructure..")
                  .as(c + ".domain depends on no api, application or infrastructure"));

  private static final ArchRule APPLICATION_DEPENDS_ON_NO_API =
      perContext(
          c ->
              noClasses()
                  .that()
                  .resideInAPackage(ROOT + "." + c + ".application..")
                  .should()
                  .dependOnClassesThat()
                  .resideInAPackage(ROOT + "." + c + ".api..")
                  .as(c + ".application depends on no api"));

  /**
   * A context may use another's application services, events and domain values (expense reads the
   * ledger; audit implements ledger's {@code LedgerJournal} port), never its api or infrastructure.
   */
  private static final ArchRule CONTEXTS_MEET_ONLY_THROUGH_APPLICATION_AND_DOMAIN =
      perContext(
          c ->
              noClasses()
                  .that()
                  .resideOutsideOfPackages(ROOT + "." + c + "..", ROOT + ".app..")
                  .should()
                  .dependOnClassesThat()
                  .resideInAnyPackage(
                      ROOT + "." + c + ".api..", ROOT + "." + c + ".infrastructure..")
                  .as("only " + c + " itself and app use " + c + ".api and .infrastructure"));

  private static final ArchRule PLATFORM_KNOWS_NO_CONTEXT =
      noClasses()
          .that()
          .resideInAPackage(ROOT + ".platform..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              ROOT + ".auth..",
              ROOT + ".ledger..",
              ROOT + ".expense..",
              ROOT + ".audit..",
              ROOT + ".app..");

  private static final ArchRule NOTHING_DEPENDS_ON_THE_COMPOSITION_ROOT =
      noClasses()
          .that()
          .resideOutsideOfPackage(ROOT + ".app..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage(ROOT + ".app..");

  /** Copied to /config/edge by the Dockerfile and loaded by the server, outside the WAR. */
  private static final ArchRule EDGE_IS_SELF_CONTAINED =
      classes()
          .that()
          .resideInAPackage(ROOT + ".platform.web.edge..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              ROOT + ".platform.web.edge..", "java..", "jakarta.servlet..", "com.ibm.wsspi.http..");

  /** Packaged as its own jar beside the PostgreSQL driver (pom.xml, jdbc-password-plugin). */
  private static final ArchRule PASSWORD_PLUGIN_IS_SELF_CONTAINED =
      classes()
          .that()
          .resideInAPackage(ROOT + ".platform.db.password..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(ROOT + ".platform.db.password..", "java..", "org.postgresql..");

  @Test
  void noPackageCycles() {
    NO_PACKAGE_CYCLES.check(MAIN);
  }

  @Test
  void domainDependsOnNoOuterLayer() {
    DOMAIN_DEPENDS_ON_NO_OUTER_LAYER.check(MAIN);
  }

  @Test
  void applicationDependsOnNoApi() {
    APPLICATION_DEPENDS_ON_NO_API.check(MAIN);
  }

  @Test
  void contextsMeetOnlyThroughApplicationAndDomain() {
    CONTEXTS_MEET_ONLY_THROUGH_APPLICATION_AND_DOMAIN.check(MAIN);
  }

  @Test
  void platformKnowsNoContext() {
    PLATFORM_KNOWS_NO_CONTEXT.check(MAIN);
  }

  @Test
  void nothingDependsOnTheCompositionRoot() {
    NOTHING_DEPENDS_ON_THE_COMPOSITION_ROOT.check(MAIN);
  }

  @Test
  void edgeIsSelfContained() {
    EDGE_IS_SELF_CONTAINED.check(MAIN);
  }

  @Test
  void passwordPluginIsSelfContained() {
    PASSWORD_PLUGIN_IS_SELF_CONTAINED.check(MAIN);
  }

  private static ArchRule perContext(java.util.function.Function<String, ArchRule> rule) {
    CompositeArchRule all = CompositeArchRule.of(rule.apply(CONTEXTS[0]));
    for (int i = 1; i < CONTEXTS.length; i++) {
      all = all.and(rule.apply(CONTEXTS[i]));
    }
    return all;
  }
}
