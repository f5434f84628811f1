package io.leadline.sandbox.state;

import io.leadline.database.DataReplaced;
import io.leadline.sandbox.Sandboxed;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Named copies of every application table, kept in the database beside them ({@code sbx<n>_<table>}), and the
 * restore that puts one back: in one transaction, each table's rows deleted children first and copied back parents
 * first, the whole database or one team's rows. Sequences are not copied, so ids keep increasing across restores and
 * a stale id never finds a new object. Copies left by an earlier run are dropped at start.
 */
@Component
@Sandboxed
class DatabaseSnapshots {

    static final String FIXTURES = "fixtures";
    private static final String PREFIX = "sbx";

    record Snapshot(String name, int number, Instant savedAt) {}

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Map<String, Snapshot> byName = new LinkedHashMap<>();
    private @Nullable TableGraph graph;
    private int nextNumber = 1;

    DatabaseSnapshots(DataSource dataSource, JdbcClient jdbc, TransactionTemplate transactions, ApplicationEventPublisher events,
            Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    synchronized List<Snapshot> all() {
        return List.copyOf(byName.values());
    }

    synchronized Optional<Snapshot> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Copies every table under the name, replacing what the name held. */
    synchronized Snapshot save(String name) {
        TableGraph tables = graph();
        Snapshot existing = byName.get(name);
        Snapshot snapshot = new Snapshot(name, existing == null ? nextNumber++ : existing.number(), clock.instant());
        for (TableGraph.Table table : tables.tables()) {
            String copy = copyName(snapshot.number(), table.name());
            jdbc.sql("DROP TABLE IF EXISTS " + copy).update();
            jdbc.sql("CREATE TABLE " + copy + " AS SELECT * FROM " + table.name()).update();
        }
        byName.put(name, snapshot);
        return snapshot;
    }

    /** Puts the snapshot back, everything or one team's rows; false when no snapshot has the name. */
    synchronized boolean restore(String name, @Nullable Long teamId) {
        Snapshot snapshot = byName.get(name);
        if (snapshot == null) {
            return false;
        }
        TableGraph tables = graph();
        transactions.executeWithoutResult(status -> {
            List<TableGraph.Table> childrenFirst = new ArrayList<>(tables.tables()).reversed();
            for (TableGraph.Table table : childrenFirst) {
                delete(tables, table, teamId);
            }
            for (TableGraph.Table table : tables.tables()) {
                copyBack(tables, table, snapshot.number(), teamId);
            }
        });
        events.publishEvent(new DataReplaced());
        return true;
    }

    synchronized boolean drop(String name) {
        Snapshot snapshot = byName.remove(name);
        if (snapshot == null) {
            return false;
        }
        for (TableGraph.Table table : graph().tables()) {
            jdbc.sql("DROP TABLE IF EXISTS " + copyName(snapshot.number(), table.name())).update();
        }
        return true;
    }

    private void delete(TableGraph tables, TableGraph.Table table, @Nullable Long teamId) {
        if (teamId == null) {
            jdbc.sql("DELETE FROM " + table.name()).update();
            return;
        }
        String condition = tables.teamCondition(table, live -> live);
        if (condition != null) {
            jdbc.sql("DELETE FROM " + table.name() + " WHERE " + condition).param("teamId", teamId).update();
        }
    }

    private void copyBack(TableGraph tables, TableGraph.Table table, int number, @Nullable Long teamId) {
        String copy = copyName(number, table.name());
        // a table referring to itself (offices under offices) takes its rows parents first: ids grow with creation
        String order = table.primaryKey() != null && table.parents().stream().anyMatch(fk -> fk.parent().equals(table.name()))
                ? " ORDER BY " + table.primaryKey()
                : "";
        if (teamId == null) {
            jdbc.sql("INSERT INTO " + table.name() + " SELECT * FROM " + copy + order).update();
            return;
        }
        String condition = tables.teamCondition(table, name -> copyName(number, name));
        if (condition != null) {
            jdbc.sql("INSERT INTO " + table.name() + " SELECT * FROM " + copy + " WHERE " + condition + order)
                    .param("teamId", teamId).update();
        }
    }

    private static String copyName(int number, String table) {
        return PREFIX + number + "_" + table;
    }

    /** Read on first use, after the migrations ran; earlier runs' copies are dropped then. */
    private TableGraph graph() {
        if (graph == null) {
            try (Connection connection = dataSource.getConnection()) {
                dropLeftovers(connection);
                graph = TableGraph.read(connection, PREFIX);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the database's tables", e);
            }
        }
        return graph;
    }

    private void dropLeftovers(Connection connection) throws SQLException {
        List<String> leftovers = new ArrayList<>();
        try (var tables = connection.getMetaData().getTables(null, connection.getSchema(), PREFIX + "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                String name = tables.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT);
                if (name.matches(PREFIX + "\\d+_.*")) {
                    leftovers.add(name);
                }
            }
        }
        leftovers.forEach(name -> jdbc.sql("DROP TABLE IF EXISTS " + name).update());
    }
}
