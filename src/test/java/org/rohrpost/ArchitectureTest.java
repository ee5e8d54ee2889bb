package org.rohrpost;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.MessageListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The package rules of STYLE.md (boundary–control–entity). */
@AnalyzeClasses(
    packages = "org.rohrpost",
    importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class ArchitectureTest {

  /**
   * Features depend one way (docs/design.md, "The package map"): no feature reaches, through
   * others, back to itself.
   */
  @ArchTest
  static final ArchRule featuresDependOneWay =
      slices().matching("org.rohrpost.(*)..").namingSlices("$1").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule controlsAndEntitiesDoNotUseBoundaries =
      noClasses()
          .that()
          .resideInAnyPackage("..control..", "..entity..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..boundary..");

  @ArchTest
  static final ArchRule entitiesUseNoControlsButTheDomainExceptionsAndRules =
      noClasses()
          .that()
          .resideInAPackage("..entity..")
          .should()
          .dependOnClassesThat(
              resideInAPackage("..control..")
                  .and(
                      not(
                          resideInAnyPackage(
                              "org.rohrpost.problem.control", "org.rohrpost.validation.control"))));

  @ArchTest
  static final ArchRule noImplOrManagerNames =
      noClasses()
          .should()
          .haveSimpleNameEndingWith("Impl")
          .orShould()
          .haveSimpleNameEndingWith("Manager");

  @ArchTest
  static final ArchRule noCatchAllPackages =
      noClasses().should().resideInAnyPackage("..util..", "..common..", "..dto..", "..impl..");

  /**
   * A message listener's steps commit one by one (each message's result before the next goes), so
   * it must not run in a container transaction: {@code NOT_SUPPORTED} on the class that declares
   * {@code onMessage}, since a class's transaction attribute covers only the methods it declares.
   */
  @ArchTest
  static final ArchRule messageListenersRunWithoutAContainerTransaction =
      methods()
          .that()
          .haveName("onMessage")
          .and()
          .areDeclaredInClassesThat()
          .implement(MessageListener.class)
          .should(
              new ArchCondition<JavaMethod>("be declared in a class marked NOT_SUPPORTED") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                  boolean notSupported =
                      method
                          .getOwner()
                          .tryGetAnnotationOfType(TransactionAttribute.class)
                          .map(a -> a.value() == TransactionAttributeType.NOT_SUPPORTED)
                          .orElse(false);
                  if (!notSupported) {
                    events.add(
                        SimpleConditionEvent.violated(
                            method, method.getFullName() + " runs in a container transaction"));
                  }
                }
              });

  @Test
  void everyPackageHasAPackageInfo() throws IOException {
    Path sources = Path.of("src", "main", "java");
    assertThat(sources).isDirectory();
    List<Path> packages;
    try (Stream<Path> dirs = Files.walk(sources)) {
      packages = dirs.filter(Files::isDirectory).filter(ArchitectureTest::hasJavaFiles).toList();
    }
    assertThat(packages).isNotEmpty();
    assertThat(packages)
        .filteredOn(dir -> !Files.exists(dir.resolve("package-info.java")))
        .as("packages without package-info.java")
        .isEmpty();
  }

  private static boolean hasJavaFiles(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(f -> f.toString().endsWith(".java"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
