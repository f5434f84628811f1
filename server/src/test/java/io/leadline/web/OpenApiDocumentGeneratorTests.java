package io.leadline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build regenerates the API document only when a class it describes changed (LL-26 item 8). */
class OpenApiDocumentGeneratorTests {

    @Test
    void aDocumentNewerThanEveryServerClassIsKept(@TempDir Path classes) throws Exception {
        Path document = classes.resolve("openapi/leadline.json");
        Path serverClass = Files.createDirectories(classes.resolve("io/leadline/leads")).resolve("LeadController.class");
        Files.writeString(serverClass, "");
        assertThat(OpenApiDocumentGenerator.upToDate(document)).as("no document yet").isFalse();

        Files.createDirectories(document.getParent());
        Files.writeString(document, "{}");
        Instant now = Instant.now();
        Files.setLastModifiedTime(serverClass, FileTime.from(now.minusSeconds(60)));
        Files.setLastModifiedTime(document, FileTime.from(now));
        assertThat(OpenApiDocumentGenerator.upToDate(document)).isTrue();

        Files.setLastModifiedTime(serverClass, FileTime.from(now.plusSeconds(1)));
        assertThat(OpenApiDocumentGenerator.upToDate(document)).as("a controller recompiled").isFalse();
    }
}
