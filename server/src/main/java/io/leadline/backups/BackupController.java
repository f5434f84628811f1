package io.leadline.backups;

import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A backup of the embedded database, taken now and streamed to the server administrator who asked: what
 * {@code leadline admin backup FILE} saves. Consistent and online: requests go on being served meanwhile.
 */
@RestController
@Tag(name = "Leadline operations")
class BackupController {

    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(java.time.ZoneOffset.UTC);

    private final EmbeddedBackups backups;
    private final Clock clock;

    BackupController(EmbeddedBackups backups, Clock clock) {
        this.backups = backups;
        this.clock = clock;
    }

    @Operation(summary = "A consistent backup of the embedded database, taken now, as a zip (server administrators;"
            + " on PostgreSQL 409: back it up with PostgreSQL's tools)")
    @GetMapping(value = "/leadline/v1/backup", produces = "application/zip")
    void backup(Caller caller, HttpServletResponse response) throws IOException {
        if (!caller.serverAdmin()) {
            throw ApiException.permissionDenied("only a server administrator takes backups");
        }
        Path scratch = Files.createTempDirectory("leadline-backup");
        Path zip = backups.backupTo(scratch.resolve("leadline.zip"));
        try {
            response.setContentType("application/zip");
            response.setHeader("Content-Disposition",
                    "attachment; filename=\"leadline-" + STAMP.format(clock.instant()) + ".zip\"");
            response.setContentLengthLong(Files.size(zip));
            try (OutputStream out = response.getOutputStream()) {
                Files.copy(zip, out);
            }
        } finally {
            Files.deleteIfExists(zip);
            Files.deleteIfExists(scratch);
        }
    }
}
