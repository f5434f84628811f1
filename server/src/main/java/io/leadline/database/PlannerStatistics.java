package io.leadline.database;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Brings PostgreSQL's planner statistics up to date after a bulk write. A table an import grows from a few rows to a
 * million keeps the statistics of its few rows until autovacuum analyzes it — late, or never where autovacuum is off —
 * and meanwhile the planner reads it whole where an index finds one row (measured: an import's duplicate lookups slowed
 * from milliseconds to seconds each). Analyzing samples a bounded number of rows per table, and blocks no reader or
 * writer. H2 plans by its indexes alone and needs none of this.
 */
@Component
public class PlannerStatistics {

    private final JdbcClient jdbc;
    private final DatabaseProduct product;

    PlannerStatistics(JdbcClient jdbc, DatabaseProduct product) {
        this.jdbc = jdbc;
        this.product = product;
    }

    /** Outside a transaction's long work: it takes a few hundred milliseconds at a million leads. */
    public void refresh() {
        if (product.isPostgres()) {
            jdbc.sql("ANALYZE").update();
        }
    }
}
