package io.leadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module map: every top-level package of {@code io.leadline} is a module that may use only the modules its
 * {@code package-info.java} allows, and only their top-level types (sub-packages are internal). The generated
 * diagrams and canvases in {@code docs/modules/} must match the code; {@code -Dleadline.write-module-docs=true}
 * rewrites them.
 */
class ModuleMapTests {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);
    private static final Path CHECKED_IN = Path.of("docs/modules");

    @Test
    void everyModuleUsesOnlyTheModulesItDeclaresAndOnlyTheirPublicDoor() {
        MODULES.verify();
    }

    @Test
    void theModuleDocumentationInDocsIsTheCodes(@TempDir Path generated) throws IOException {
        Path target = Boolean.getBoolean("leadline.write-module-docs") ? CHECKED_IN : generated;
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(target.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();

        assertThat(filesIn(CHECKED_IN))
                .as("docs/modules/ differs from the code: run ./mvnw test -pl server -Dtest=ModuleMapTests -Dleadline.write-module-docs=true")
                .isEqualTo(filesIn(target));
    }

    /** Each file's lines in order: the documenter writes a diagram's relations in no fixed order. */
    private static Map<String, List<String>> filesIn(Path folder) throws IOException {
        Map<String, List<String>> files = new TreeMap<>();
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path path : paths.toList()) {
                files.put(path.getFileName().toString(), Files.readAllLines(path).stream().sorted().toList());
            }
        }
        return files;
    }
}
