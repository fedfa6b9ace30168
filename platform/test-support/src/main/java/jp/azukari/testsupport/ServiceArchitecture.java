package jp.azukari.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;

/**
 * Architecture rules every service checks on itself: a service depends on the contracts and the
 * platform plumbing, never on another service's code.
 */
public final class ServiceArchitecture {

  /** Root packages of the deployables. */
  public static final List<String> SERVICES =
      List.of(
          "jp.azukari.gateway",
          "jp.azukari.member",
          "jp.azukari.item",
          "jp.azukari.workflow",
          "jp.azukari.notification",
          "jp.azukari.audit",
          "jp.azukari.inquiry",
          "jp.azukari.auctionstandin");

  private ServiceArchitecture() {}

  public static void checkServiceIsIndependent(String servicePackage) {
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(servicePackage);
    String[] others =
        SERVICES.stream()
            .filter(other -> !other.equals(servicePackage))
            .map(other -> other + "..")
            .toArray(String[]::new);
    noClasses()
        .that()
        .resideInAPackage(servicePackage + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(others)
        .because("services share only the event contracts and the platform plumbing")
        .check(classes);
  }

  public static void checkContractsAreDependencyFree() {
    noClasses()
        .that()
        .resideInAPackage("jp.azukari.contracts..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages(
            "jp.azukari.contracts..", "java..", "com.fasterxml.jackson.annotation..")
        .because("the contracts are records and Jackson annotations only")
        .check(
            new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("jp.azukari.contracts"));
  }
}
