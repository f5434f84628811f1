package io.leadline.database;

import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** PostgreSQL settings for the current transaction only ({@code SET LOCAL}); H2 has neither, and is left alone. */
@Component
public class TransactionSettings {

    private final JdbcClient jdbc;
    private final DatabaseProduct product;

    TransactionSettings(JdbcClient jdbc, DatabaseProduct product) {
        this.jdbc = jdbc;
        this.product = product;
    }

    /**
     * Lets PostgreSQL acknowledge the commit before its log reaches the disk (or a synchronous standby). Only for a
     * transaction whose loss in a database crash is repaired by doing it again: an import batch, which commits with
     * the checkpoint that counts it, so a batch lost with its checkpoint is read and written again when the job
     * resumes; nothing is ever half there. A crash of the server alone loses nothing: PostgreSQL writes the log out
     * within a fraction of a second by itself.
     */
    public void unflushedCommit() {
        set("synchronous_commit TO OFF");
    }

    /** A statement waiting longer than this for a lock fails, instead of waiting for a transaction that waits on it. */
    public void lockWaitsAtMost(Duration wait) {
        set("lock_timeout = '" + wait.toMillis() + "ms'");
    }

    private void set(String setting) {
        if (product.isPostgres()) {
            jdbc.sql("SET LOCAL " + setting).update();
        }
    }
}
