package io.leadline.sandbox.state;

import io.leadline.database.DatabaseProduct;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Outside sandbox mode, on a database a sandbox once ran on: its change-log triggers would go on noting every write in
 * a table nobody reads, so they are removed at start, with the log and the snapshot copies. Finding none costs one
 * query. The foreign keys a sandbox on PostgreSQL made deferrable stay so; they are checked at once all the same.
 */
@Component
@ConditionalOnBooleanProperty(name = "leadline.sandbox.enabled", havingValue = false, matchIfMissing = true)
public class SandboxLeftovers {

    private static final Logger log = LoggerFactory.getLogger(SandboxLeftovers.class);

    private final DatabaseProduct database;
    private final JdbcClient jdbc;

    SandboxLeftovers(DatabaseProduct database, JdbcClient jdbc) {
        this.database = database;
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void remove() {
        boolean postgres = database.isPostgres();
        List<String> triggers = postgres
                ? jdbc.sql("SELECT DISTINCT event_object_table FROM information_schema.triggers"
                        + " WHERE trigger_name = 'sbx_note' AND trigger_schema = current_schema()").query(String.class).list()
                : jdbc.sql("SELECT TRIGGER_NAME FROM INFORMATION_SCHEMA.TRIGGERS WHERE LOWER(TRIGGER_NAME) LIKE 'sbx\\_note\\_%'")
                        .query(String.class).list();
        List<String> tables = jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                        + " AND (LOWER(table_name) = '" + ChangeLog.TABLE + "' OR LOWER(table_name) LIKE 'sbx%\\_%')")
                .query(String.class).list().stream()
                .map(name -> name.toLowerCase(Locale.ROOT))
                .filter(name -> name.equals(ChangeLog.TABLE) || name.matches("sbx\\d+_.+"))
                .toList();
        if (triggers.isEmpty() && tables.isEmpty()) {
            return;
        }
        for (String trigger : triggers) {
            jdbc.sql(postgres ? "DROP TRIGGER IF EXISTS sbx_note ON " + trigger : "DROP TRIGGER IF EXISTS " + trigger).update();
        }
        if (postgres) {
            jdbc.sql("DROP FUNCTION IF EXISTS sbx_note()").update();
        }
        tables.forEach(table -> jdbc.sql("DROP TABLE IF EXISTS " + table).update());
        log.warn("This database once ran a sandbox: removed its change-log triggers from {} tables and {} tables of its own",
                triggers.size(), tables.size());
    }
}
