package io.leadline.database;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * Inserts of a new lead's rows, sent at once or, while a bulk writer holds them ({@link #holding}), kept and sent as
 * one batch per statement: an import creating hundreds of leads in a transaction pays a few round trips instead of a
 * dozen per lead; on PostgreSQL a batch goes as {@code COPY} where it can ({@link CopyRows}). Only rows nothing reads
 * back before the batch is sent may be held. Statements go out in the order each was first held, so the lead's own
 * row, held first, precedes the rows that refer to it. Holding is per thread: requests on other threads send theirs
 * at once.
 */
@Component
public class HeldInserts {

    /**
     * Rows per statement when the holder pauses between statements: a statement running in the database cannot give
     * way, so it is kept short (about 5 ms for a lead's 100 rows with their indexes here).
     */
    static final int ROWS_PER_PAUSED_STATEMENT = 100;

    private final NamedParameterJdbcTemplate jdbc;
    private final boolean copyable;
    private final ThreadLocal<@Nullable Map<String, List<SqlParameterSource>>> held = new ThreadLocal<>();

    HeldInserts(NamedParameterJdbcTemplate jdbc, DatabaseProduct product) {
        this.jdbc = jdbc;
        this.copyable = product.isPostgres();
    }

    /** Sends the insert now, or holds it while this thread holds inserts. */
    public void insert(String sql, SqlParameterSource... rows) {
        Map<String, List<SqlParameterSource>> open = held.get();
        if (open != null) {
            open.computeIfAbsent(sql, statement -> new ArrayList<>()).addAll(Arrays.asList(rows));
        } else if (rows.length == 1) {
            jdbc.update(sql, rows[0]);
        } else if (rows.length > 1) {
            jdbc.batchUpdate(sql, rows);
        }
    }

    /** Runs the work holding this thread's inserts, then sends them, in the caller's transaction. */
    public <T> T holding(Supplier<T> work) {
        return holding(work, Integer.MAX_VALUE, () -> {});
    }

    /**
     * The same, sending them in statements of at most {@value #ROWS_PER_PAUSED_STATEMENT} rows with {@code pause}
     * run before each: a bulk writer that gives way to other work between its steps.
     */
    public <T> T holding(Supplier<T> work, Runnable pause) {
        return holding(work, ROWS_PER_PAUSED_STATEMENT, pause);
    }

    private <T> T holding(Supplier<T> work, int rowsPerStatement, Runnable pause) {
        if (held.get() != null) {
            return work.get();
        }
        held.set(new LinkedHashMap<>());
        try {
            T result = work.get();
            send(rowsPerStatement, pause);
            return result;
        } finally {
            held.remove();
        }
    }

    /** Sends what is held, then runs the work with its inserts sent at once (it reads rows written before it). */
    public void sendingAtOnce(Runnable work) {
        Map<String, List<SqlParameterSource>> open = held.get();
        if (open == null) {
            work.run();
            return;
        }
        send(Integer.MAX_VALUE, () -> {});
        held.remove();
        try {
            work.run();
        } finally {
            held.set(open);
        }
    }

    private void send(int rowsPerStatement, Runnable pause) {
        Map<String, List<SqlParameterSource>> open = held.get();
        if (open == null) {
            return;
        }
        open.forEach((sql, all) -> {
            for (int from = 0; from < all.size(); from += rowsPerStatement) {
                List<SqlParameterSource> rows = all.subList(from, from + Math.min(all.size() - from, rowsPerStatement));
                pause.run();
                Optional<CopyRows.Copy> copy = copyable ? CopyRows.of(sql, rows) : Optional.empty();
                if (copy.isPresent()) {
                    copyIn(copy.get());
                } else {
                    jdbc.batchUpdate(sql, rows.toArray(SqlParameterSource[]::new));
                }
            }
        });
        open.clear();
    }

    private void copyIn(CopyRows.Copy copy) {
        jdbc.getJdbcTemplate().execute((ConnectionCallback<Long>) connection -> {
            try {
                return connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn(copy.statement(), new ByteArrayInputStream(copy.text()));
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable); // cannot happen: the rows are in memory
            }
        });
    }
}
