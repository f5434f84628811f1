package io.leadline.sandbox.state;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** A fixture file as a tree: YAML when its name ends in .yaml or .yml, JSON otherwise; both describe the same tree. */
final class FixtureFiles {

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private FixtureFiles() {}

    static JsonNode read(Path file, JsonMapper json) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            String text = Files.readString(file);
            return name.endsWith(".yaml") || name.endsWith(".yml") ? YAML.readTree(text) : json.readTree(text);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot read the fixture file " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }
}
