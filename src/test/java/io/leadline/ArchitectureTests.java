package io.leadline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

/** Package-by-feature, enforced: see DESIGN.md "Layout" and STYLE.md rules 1-4. */
class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.leadline");

    @Test
    void featuresDoNotDependOnEachOtherInCycles() {
        slices().matching("io.leadline.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void repositoriesAndControllersAreNotPublic() {
        classes().that().areAnnotatedWith(Repository.class)
                .should().notHaveModifier(JavaModifier.PUBLIC)
                .check(CLASSES);
        classes().that().areAnnotatedWith(RestController.class)
                .should().notHaveModifier(JavaModifier.PUBLIC)
                .check(CLASSES);
    }

    @Test
    void lowerFeaturesNeverReachUpIntoLeads() {
        noClasses().that().resideInAnyPackage(
                        "io.leadline.accounts..", "io.leadline.teamfeatures..", "io.leadline.idempotency..",
                        "io.leadline.ratelimits..", "io.leadline.ids..", "io.leadline.routing..", "io.leadline.webhooks..",
                        "io.leadline.search..")
                .should().dependOnClassesThat().resideInAPackage("io.leadline.leads..")
                .check(CLASSES);
    }

    @Test
    void leadsKnowNothingOfTheirSubResources() {
        noClasses().that().resideInAPackage("io.leadline.leads..")
                .should().dependOnClassesThat().resideInAnyPackage("io.leadline.notes..", "io.leadline.transactions..")
                .check(CLASSES);
    }

    @Test
    void webhooksKnowOnlyTheEventsTheyAreGiven() {
        noClasses().that().resideInAPackage("io.leadline.webhooks..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.leadline.leads..", "io.leadline.routing..", "io.leadline.notes..", "io.leadline.transactions..")
                .check(CLASSES);
    }

    @Test
    void theSharedWebPackageKnowsNoFeature() {
        noClasses().that().resideInAPackage("io.leadline.web..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.leadline.accounts..", "io.leadline.leads..", "io.leadline.teamfeatures..", "io.leadline.notes..",
                        "io.leadline.transactions..", "io.leadline.idempotency..", "io.leadline.ratelimits..",
                        "io.leadline.routing..", "io.leadline.webhooks..", "io.leadline.search..")
                .check(CLASSES);
    }
}
