package io.leadline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the module map ({@link ModuleMapTests}) does not say: a feature's storage and endpoints are never part of its
 * door. Controllers stay package-private; a repository is public only inside a module's internal sub-package (where
 * the sub-packages of one module share it and the module map keeps every other module out). Which module may use
 * which is declared in each package-info.java and verified there.
 */
class ArchitectureTests {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.leadline");

    @Test
    void repositoriesAndControllersAreNotPublic() {
        classes().that().areAnnotatedWith(Repository.class).and().haveModifier(JavaModifier.PUBLIC)
                .should().resideInAPackage("io.leadline.*.*..")
                .check(CLASSES);
        classes().that().areAnnotatedWith(RestController.class)
                .should().notHaveModifier(JavaModifier.PUBLIC)
                .check(CLASSES);
    }
}
