package io.leadline.sandbox.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

class FixtureFilesTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aYamlFileDescribesTheSameFixturesAsItsJson(@TempDir Path dir) throws Exception {
        Path json = Path.of("examples/sandbox-fixtures.json");
        JsonNode fromJson = FixtureFiles.read(json, JSON);
        Path yaml = dir.resolve("fixtures.yaml");
        Files.writeString(yaml, YAMLMapper.builder().build().writeValueAsString(fromJson));

        assertThat(FixtureFiles.read(yaml, JSON)).isEqualTo(fromJson);
        assertThat(fromJson.path("teams").get(0).path("name").asString()).isEqualTo("Acme Realty");
    }

    @Test
    void aFileThatIsNotFixturesSaysWhichFile(@TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"teams\": [");
        assertThatThrownBy(() -> FixtureFiles.read(broken, JSON)).hasMessageContaining("broken.json");
        assertThatThrownBy(() -> FixtureFiles.read(dir.resolve("missing.yml"), JSON)).hasMessageContaining("missing.yml");
    }
}
