package org.accord;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;

/** Features reach each other only through their public services and events; views never reach repositories. */
class ModuleBoundariesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.accord");

    @Test
    void modulesRespectTheirBoundaries() {
        ApplicationModules.of(AccordApplication.class).verify();
    }

    @Test
    void viewsNeverTouchRepositories() {
        noClasses().that().resideInAPackage("org.accord.portal..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(CLASSES);
    }

    @Test
    void domainKnowsNothingOfVaadinOrThePortal() {
        noClasses().that().resideInAPackage("org.accord..").and().resideOutsideOfPackage("org.accord.portal..")
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "org.accord.portal..", "jakarta.servlet..")
                .check(CLASSES);
    }

    @Test
    void viewsNeverReadTasksPastTheirAccessChecks() {
        noClasses().that().resideInAPackage("org.accord.portal.ui..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.accord.task.TaskReads")
                .check(CLASSES);
    }

    @Test
    void viewsDoNotManageTransactionsOrPersistence() {
        noClasses().that().resideInAPackage("org.accord.portal.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.springframework.transaction..")
                .check(CLASSES);
    }
}
