package io.leadline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the module map ({@link ModuleMapTests}) does not say: a feature's storage and endpoints are never part of its
 * door. Controllers stay package-private; a repository is public only inside a module's internal sub-package (where
 * the sub-packages of one module share it and the module map keeps every other module out). Which module may use
 * which is declared in each package-info.java and verified there. And time is read from the one server clock.
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

    /** Time comes from the one {@code ServerClock}, so the sandbox moving it moves everything. */
    @Test
    void onlyTheServerClockReadsTheMachinesTime() {
        DescribedPredicate<JavaMethodCall> machineTime = DescribedPredicate.describe("read the machine's time", call ->
                call.getTargetOwner().getPackageName().equals("java.time") && call.getName().equals("now")
                        && call.getTarget().getRawParameterTypes().stream().noneMatch(type -> type.isEquivalentTo(Clock.class))
                        || call.getTargetOwner().isEquivalentTo(Clock.class) && call.getName().startsWith("system")
                        || call.getTargetOwner().isEquivalentTo(System.class) && call.getName().equals("currentTimeMillis"));
        noClasses().that().resideOutsideOfPackage("io.leadline.clock..")
                .should().callMethodWhere(machineTime)
                .orShould().callConstructor(java.util.Date.class)
                .check(CLASSES);
    }
}
