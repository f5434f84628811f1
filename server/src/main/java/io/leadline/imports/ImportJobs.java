package io.leadline.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.time.OffsetDateTime;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The import jobs of every team (table {@code import_jobs}), their files ({@code import_file_chunks}), errors and teams' mappings. */
@Repository
class ImportJobs {

    static final int CHUNK_BYTES = 1 << 20;

    private static final String COLUMNS = """
            id, team_id, created_by, format, mapping, duplicates, dry_run, routing, webhooks, webhook_summary, state, file_bytes,
            file_lines, rows_read, created_count, updated_count, skipped_count, failed_count, failure, created_at, started_at,
            finished_at""";

    private final JdbcClient jdbc;

    ImportJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ImportJob job) {
        jdbc.sql("""
                        INSERT INTO import_jobs (id, team_id, created_by, format, mapping, duplicates, dry_run, routing,
                            webhooks, webhook_summary, state, file_bytes, file_lines, rows_read, created_count, updated_count, skipped_count,
                            failed_count, created_at)
                        VALUES (:id, :teamId, :createdBy, :format, :mapping, :duplicates, :dryRun, :routing, :webhooks, :webhookSummary,
                            'queued', 0, 0, 0, 0, 0, 0, 0, :createdAt)
                        """)
                .param("id", job.id()).param("teamId", job.teamId()).param("createdBy", job.createdBy())
                .param("format", job.format()).param("mapping", job.mapping()).param("duplicates", job.duplicates())
                .param("dryRun", job.dryRun()).param("routing", job.routing()).param("webhooks", job.webhooks()).param("webhookSummary", job.webhookSummary())
                .param("createdAt", job.createdAt())
                .update();
    }

    void insertChunk(long importId, int seq, byte[] bytes) {
        jdbc.sql("INSERT INTO import_file_chunks (import_id, seq, bytes) VALUES (:id, :seq, :bytes)")
                .param("id", importId).param("seq", seq).param("bytes", bytes)
                .update();
    }

    void setFileSize(long importId, long bytes, long lines) {
        jdbc.sql("UPDATE import_jobs SET file_bytes = :bytes, file_lines = :lines WHERE id = :id")
                .param("bytes", bytes).param("lines", lines).param("id", importId).update();
    }

    /** The file as uploaded, read a chunk at a time. */
    InputStream file(long importId) {
        List<Integer> seqs = jdbc.sql("SELECT seq FROM import_file_chunks WHERE import_id = :id ORDER BY seq")
                .param("id", importId).query(Integer.class).list();
        Enumeration<InputStream> chunks = java.util.Collections.enumeration(seqs.stream()
                .<InputStream>map(seq -> new LazyChunk(importId, seq)).toList());
        return new SequenceInputStream(chunks);
    }

    Optional<ImportJob> find(long teamId, long importId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM import_jobs WHERE team_id = :teamId AND id = :id")
                .param("teamId", teamId).param("id", importId)
                .query(ImportJobs::toJob).optional();
    }

    List<ImportJob> ofTeam(long teamId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM import_jobs WHERE team_id = :teamId ORDER BY created_at DESC, id DESC"
                        + " FETCH FIRST :limit ROWS ONLY")
                .param("teamId", teamId).param("limit", limit)
                .query(ImportJobs::toJob).list();
    }

    /**
     * Takes a job to run: a queued one, or a running one whose lease ran out (its node died). The lease is the
     * caller's until {@code until}; false when another node took the job first.
     */
    Optional<ImportJob> claimNext(String owner, OffsetDateTime now, OffsetDateTime until) {
        List<Long> candidates = jdbc.sql("""
                        SELECT id FROM import_jobs
                        WHERE state = 'queued' OR (state = 'running' AND (lease_until IS NULL OR lease_until < :now))
                        ORDER BY created_at, id FETCH FIRST 5 ROWS ONLY
                        """)
                .param("now", now).query(Long.class).list();
        for (long id : candidates) {
            int claimed = jdbc.sql("""
                            UPDATE import_jobs SET state = 'running', lease_owner = :owner, lease_until = :until,
                                started_at = COALESCE(started_at, :now)
                            WHERE id = :id AND (state = 'queued' OR (state = 'running'
                                AND (lease_until IS NULL OR lease_until < :now)))
                            """)
                    .param("owner", owner).param("until", until).param("now", now).param("id", id)
                    .update();
            if (claimed == 1) {
                return jdbc.sql("SELECT " + COLUMNS + " FROM import_jobs WHERE id = :id").param("id", id)
                        .query(ImportJobs::toJob).optional();
            }
        }
        return Optional.empty();
    }

    /**
     * Records a batch: the rows it consumed and what became of them, and extends the lease — only while the job is
     * still this node's and running (false: cancelled, or taken over, and the batch must not count).
     */
    boolean checkpoint(long importId, String owner, Progress batch, OffsetDateTime until) {
        return jdbc.sql("""
                        UPDATE import_jobs SET rows_read = rows_read + :rows, created_count = created_count + :created,
                            updated_count = updated_count + :updated, skipped_count = skipped_count + :skipped,
                            failed_count = failed_count + :failed, lease_until = :until
                        WHERE id = :id AND state = 'running' AND lease_owner = :owner
                        """)
                .param("rows", batch.rows()).param("created", batch.created()).param("updated", batch.updated())
                .param("skipped", batch.skipped()).param("failed", batch.failed()).param("until", until)
                .param("id", importId).param("owner", owner)
                .update() == 1;
    }

    /** Ends a job this node runs; false when it was no longer this node's (cancelled meanwhile, or taken over). */
    boolean finish(long importId, String owner, String state, @Nullable String failure, OffsetDateTime now) {
        return jdbc.sql("""
                        UPDATE import_jobs SET state = :state, failure = :failure, finished_at = :now, lease_owner = NULL,
                            lease_until = NULL
                        WHERE id = :id AND state = 'running' AND lease_owner = :owner
                        """)
                .param("state", state).param("failure", failure).param("now", now).param("id", importId)
                .param("owner", owner)
                .update() == 1;
    }

    /** Cancels a job not yet finished; false when it had finished. */
    boolean cancel(long teamId, long importId, OffsetDateTime now) {
        return jdbc.sql("""
                        UPDATE import_jobs SET state = 'cancelled', finished_at = :now, lease_owner = NULL, lease_until = NULL
                        WHERE team_id = :teamId AND id = :id AND state IN ('queued', 'running')
                        """)
                .param("now", now).param("teamId", teamId).param("id", importId)
                .update() == 1;
    }

    /** A finished job's file is not kept. */
    void dropFile(long importId) {
        jdbc.sql("DELETE FROM import_file_chunks WHERE import_id = :id").param("id", importId).update();
    }

    void insertError(long importId, long line, int code, String message) {
        jdbc.sql("INSERT INTO import_row_errors (import_id, line, code, message) VALUES (:id, :line, :code, :message)")
                .param("id", importId).param("line", line).param("code", code)
                .param("message", message.length() > 2000 ? message.substring(0, 2000) : message)
                .update();
    }

    java.util.Optional<String> teamMapping(long teamId, String name) {
        return jdbc.sql("SELECT document FROM import_mappings WHERE team_id = :teamId AND name = :name")
                .param("teamId", teamId).param("name", name).query(String.class).optional();
    }

    void putTeamMapping(long teamId, String name, String document, OffsetDateTime now) {
        int updated = jdbc.sql("UPDATE import_mappings SET document = :document, updated_at = :now"
                        + " WHERE team_id = :teamId AND name = :name")
                .param("document", document).param("now", now).param("teamId", teamId).param("name", name).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO import_mappings (team_id, name, document, updated_at) VALUES (:teamId, :name, :document, :now)")
                    .param("document", document).param("now", now).param("teamId", teamId).param("name", name).update();
        }
    }

    /** A row that failed and the error the API would have answered for it. */
    record RowError(long line, int code, String message) {}

    List<RowError> errors(long importId, long afterLine, int limit) {
        return jdbc.sql("""
                        SELECT line, code, message FROM import_row_errors WHERE import_id = :id AND line > :after
                        ORDER BY line FETCH FIRST :limit ROWS ONLY
                        """)
                .param("id", importId).param("after", afterLine).param("limit", limit)
                .query((rs, row) -> new RowError(rs.getLong("line"), rs.getInt("code"), rs.getString("message")))
                .list();
    }

    /** What one batch did. */
    record Progress(long rows, long created, long updated, long skipped, long failed) {}

    private static ImportJob toJob(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ImportJob(rs.getLong("id"), rs.getLong("team_id"), rs.getLong("created_by"), rs.getString("format"),
                rs.getString("mapping"), rs.getString("duplicates"), rs.getBoolean("dry_run"), rs.getBoolean("routing"),
                rs.getBoolean("webhooks"), rs.getBoolean("webhook_summary"), rs.getString("state"), rs.getLong("file_bytes"), rs.getLong("file_lines"),
                rs.getLong("rows_read"),
                rs.getLong("created_count"), rs.getLong("updated_count"), rs.getLong("skipped_count"),
                rs.getLong("failed_count"), rs.getString("failure"), rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("started_at", OffsetDateTime.class), rs.getObject("finished_at", OffsetDateTime.class));
    }

    /** One chunk, read from the database only when the stream reaches it. */
    private final class LazyChunk extends InputStream {

        private final long importId;
        private final int seq;
        private @Nullable InputStream bytes;

        LazyChunk(long importId, int seq) {
            this.importId = importId;
            this.seq = seq;
        }

        private InputStream bytes() {
            if (bytes == null) {
                bytes = new ByteArrayInputStream(jdbc.sql("SELECT bytes FROM import_file_chunks WHERE import_id = :id AND seq = :seq")
                        .param("id", importId).param("seq", seq).query(byte[].class).single());
            }
            return bytes;
        }

        @Override
        public int read() throws IOException {
            return bytes().read();
        }

        @Override
        public int read(byte[] into, int offset, int length) throws IOException {
            return bytes().read(into, offset, length);
        }

        @Override
        public void close() throws IOException {
            bytes = null;
        }
    }
}
