package io.leadline.database;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lets PostgreSQL acknowledge the current transaction's commit before its log reaches the disk (or a synchronous
 * standby). Only for a transaction whose loss in a database crash is repaired by doing it again: an import batch,
 * which commits with the checkpoint that counts it, so a batch lost with its checkpoint is simply read and written
 * again when the job resumes. Nothing is ever half there. A crash of the server alone loses nothing: PostgreSQL
 * writes the log out within a fraction of a second by itself. H2 has no such setting; this changes nothing there.
 */
@Component
public class UnflushedCommit {

    private final JdbcClient jdbc;
    private final DatabaseProduct product;

    UnflushedCommit(JdbcClient jdbc, DatabaseProduct product) {
        this.jdbc = jdbc;
        this.product = product;
    }

    /** Inside the transaction, before it commits. */
    public void forThisTransaction() {
        if (product.isPostgres()) {
            jdbc.sql("SET LOCAL synchronous_commit TO OFF").update();
        }
    }
}
