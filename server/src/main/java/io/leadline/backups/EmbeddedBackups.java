package io.leadline.backups;

import io.leadline.database.DatabaseProduct;
import io.leadline.web.ApiException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Takes an online, consistent copy of the embedded database into a zip file (H2's {@code BACKUP TO}). */
@Service
class EmbeddedBackups {

    private final JdbcClient jdbc;
    private final DatabaseProduct database;
    private final boolean inFiles;

    EmbeddedBackups(JdbcClient jdbc, DatabaseProduct database, @Value("${spring.datasource.url}") String url) {
        this.jdbc = jdbc;
        this.database = database;
        this.inFiles = url.startsWith("jdbc:h2:file:");
    }

    /** An embedded database kept in files (one in memory, as tests run, has nothing to back up). */
    boolean available() {
        return database.isH2() && inFiles;
    }

    /** Writes the backup to {@code target}, which must not exist yet; its directory is made when missing. */
    Path backupTo(Path target) throws IOException {
        if (database.isPostgres()) {
            throw ApiException.conflict("this server keeps its data in PostgreSQL: back it up with PostgreSQL's own tools"
                    + " (pgBackRest or pg_dump; docs/operations.md \"Backups\")");
        }
        if (!available()) {
            throw ApiException.conflict("this server's embedded database lives in memory: there is nothing on disk to back up");
        }
        Path absolute = target.toAbsolutePath().normalize();
        Files.createDirectories(absolute.getParent());
        if (Files.exists(absolute)) {
            throw new IOException(absolute + " exists already");
        }
        jdbc.sql("BACKUP TO '" + absolute.toString().replace("'", "''") + "'").update();
        return absolute;
    }
}
