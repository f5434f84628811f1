package io.leadline.sandbox.state;

import io.leadline.database.DataReplaced;
import io.leadline.sandbox.Sandboxed;
import io.leadline.search.LeadIndex;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Named copies of every application table, kept in the database beside them ({@code sbx<n>_<table>}), and the
 * restore that puts one back in one transaction, the whole database or one team's rows. Only the rows written since
 * the snapshot ({@link ChangeLog}) are put back: on H2 deleted and copied back with foreign keys unchecked meanwhile,
 * on PostgreSQL deleted where the snapshot did not have them and inserted or updated in place where it did, with the
 * foreign keys checked at commit (the result is the snapshot, which satisfied them). Without a change log every table
 * is copied back, children deleted first and parents copied back first. The search totals' compactor is held off
 * meanwhile (a fold across a restore would count deltas twice); other background work (deliveries, reminders) may
 * land on either side of it. Sequences are not copied, so ids keep increasing across restores and a stale id never
 * finds a new object. Copies left by an earlier run are dropped at start.
 */
@Component
@Sandboxed
class DatabaseSnapshots {

    static final String FIXTURES = "fixtures";
    private static final String PREFIX = "sbx";
    /** Where a restore's statement takes the team condition, when it restores one team. */
    private static final String TEAM_CONDITION = " /*team*/";

    /** {@code changesAt}: the change log's position when it was saved (0 without a log). */
    record Snapshot(String name, int number, Instant savedAt, long changesAt) {}

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final ChangeLog changes;
    private final LeadIndex index;
    private final Clock clock;
    private final Map<String, Snapshot> byName = new LinkedHashMap<>();
    private @Nullable TableGraph graph;
    private int nextNumber = 1;

    DatabaseSnapshots(DataSource dataSource, JdbcClient jdbc, JdbcTemplate batches, TransactionTemplate transactions,
            ApplicationEventPublisher events, ChangeLog changes, LeadIndex index, Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.batches = batches;
        this.transactions = transactions;
        this.events = events;
        this.changes = changes;
        this.index = index;
        this.clock = clock;
    }

    synchronized List<Snapshot> all() {
        return List.copyOf(byName.values());
    }

    /**
     * Copies every table under the name, replacing what the name held. The copies are made one after the other on a
     * connection of their own while a transaction holds the totals' compactor off: a fold between copying the totals
     * and copying their deltas would save a lead counted twice (or not at all).
     */
    synchronized Snapshot save(String name) {
        TableGraph tables = graph();
        Snapshot existing = byName.get(name);
        int number = existing == null || sharedByAnother(existing) ? nextNumber++ : existing.number();
        Snapshot snapshot = transactions.execute(status -> {
            index.holdCompaction();
            long changesAt = changes.installed() ? changes.position() : 0;
            copyAll(tables, number);
            return new Snapshot(name, number, clock.instant(), changesAt);
        });
        byName.put(name, java.util.Objects.requireNonNull(snapshot));
        return snapshot;
    }

    private void copyAll(TableGraph tables, int number) {
        try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            for (TableGraph.Table table : tables.tables()) {
                String copy = copyName(number, table.name());
                statement.execute("DROP TABLE IF EXISTS " + copy);
                statement.execute("CREATE TABLE " + copy + " AS SELECT * FROM " + table.name());
                if (changes.installed() && !table.key().isEmpty()) {
                    statement.execute("CREATE INDEX " + copy + "_key ON " + copy + " ("
                            + String.join(", ", table.key().stream().map(TableGraph.KeyColumn::name).toList()) + ")");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot copy the tables for a snapshot: " + e.getMessage(), e);
        }
    }

    /**
     * Saves under the name what another name holds, without copying: the two share the copies until one of them is
     * saved again (then it gets copies of its own) or dropped. False when no snapshot has the other name.
     */
    synchronized boolean saveSameAs(String name, String other) {
        Snapshot same = byName.get(other);
        if (same == null) {
            return false;
        }
        drop(name);
        byName.put(name, new Snapshot(name, same.number(), same.savedAt(), same.changesAt()));
        return true;
    }

    private boolean sharedByAnother(Snapshot snapshot) {
        return byName.values().stream()
                .anyMatch(other -> other.number() == snapshot.number() && !other.name().equals(snapshot.name()));
    }

    /** Puts the snapshot back, everything or one team's rows; false when no snapshot has the name. */
    synchronized boolean restore(String name, @Nullable Long teamId) {
        Snapshot snapshot = byName.get(name);
        if (snapshot == null) {
            return false;
        }
        TableGraph tables = graph();
        if (changes.installed()) {
            restoreWritten(tables, snapshot, teamId);
        } else {
            restoreWhole(tables, snapshot, teamId);
        }
        events.publishEvent(new DataReplaced());
        return true;
    }

    synchronized boolean drop(String name) {
        Snapshot snapshot = byName.get(name);
        if (snapshot == null) {
            return false;
        }
        if (!sharedByAnother(snapshot)) {
            dropCopies(snapshot.number());
        }
        byName.remove(name);
        return true;
    }

    private void dropCopies(int number) {
        for (TableGraph.Table table : graph().tables()) {
            jdbc.sql("DROP TABLE IF EXISTS " + copyName(number, table.name())).update();
        }
    }

    private void restoreWhole(TableGraph tables, Snapshot snapshot, @Nullable Long teamId) {
        transactions.executeWithoutResult(status -> {
            index.holdCompaction();
            for (TableGraph.Table table : new ArrayList<>(tables.tables()).reversed()) {
                deleteAll(tables, table, teamId);
            }
            for (TableGraph.Table table : tables.tables()) {
                copyAllBack(tables, table, snapshot.number(), teamId);
            }
        });
    }

    /**
     * Only the rows written since the snapshot, children first, then parents first. On H2, with foreign keys unchecked
     * meanwhile, they are deleted and copied back where the snapshot had them. On PostgreSQL, with the foreign keys
     * checked at commit, the rows the snapshot did not have are deleted, then the ones it had inserted or updated in
     * place: deleting and inserting would let a cascading foreign key take unwritten children along.
     */
    private void restoreWritten(TableGraph tables, Snapshot snapshot, @Nullable Long teamId) {
        int number = snapshot.number();
        boolean inPlace = changes.onPostgres();
        Runnable restore = () -> transactions.executeWithoutResult(status -> {
            if (inPlace) {
                jdbc.sql("SET CONSTRAINTS ALL DEFERRED").update();
            }
            // Read after the compactor is held: a fold finishing between the read and the hold would go unrestored.
            index.holdCompaction();
            Map<String, List<List<String>>> written = changes.writtenSince(snapshot.changesAt());
            List<TableGraph.Table> touched = tables.tables().stream().filter(table -> written.containsKey(table.name())).toList();
            for (TableGraph.Table table : new ArrayList<>(touched).reversed()) {
                if (table.key().isEmpty()) {
                    deleteAll(tables, table, teamId);
                } else {
                    String delete = inPlace ? deleteUnsaved(table, number) : "DELETE FROM " + table.name() + " WHERE " + byKey(table) + TEAM_CONDITION;
                    batch(tables, table, teamId, written.get(table.name()), delete, false, number);
                }
            }
            for (TableGraph.Table table : touched) {
                if (table.key().isEmpty()) {
                    copyAllBack(tables, table, number, teamId);
                } else {
                    String copyBack = inPlace ? upsertSaved(table, number)
                            : "INSERT INTO " + table.name() + " SELECT * FROM " + copyName(number, table.name()) + " WHERE " + byKey(table)
                                    + TEAM_CONDITION;
                    batch(tables, table, teamId, written.get(table.name()), copyBack, true, number);
                }
            }
        });
        if (inPlace) {
            restore.run();
            return;
        }
        jdbc.sql("SET REFERENTIAL_INTEGRITY FALSE").update();
        try {
            restore.run();
        } finally {
            jdbc.sql("SET REFERENTIAL_INTEGRITY TRUE").update();
        }
    }

    /** The live row with the key, when the snapshot has no row with it. */
    private static String deleteUnsaved(TableGraph.Table table, int number) {
        String copy = copyName(number, table.name());
        String sameKey = String.join(" AND ", table.key().stream()
                .map(column -> copy + "." + column.name() + " = " + table.name() + "." + column.name()).toList());
        return "DELETE FROM " + table.name() + " WHERE " + byKey(table)
                + " AND NOT EXISTS (SELECT 1 FROM " + copy + " WHERE " + sameKey + ")" + TEAM_CONDITION;
    }

    /** The snapshot's row with the key, inserted, or written over the live row with that key. */
    private static String upsertSaved(TableGraph.Table table, int number) {
        String keyColumns = String.join(", ", table.key().stream().map(TableGraph.KeyColumn::name).toList());
        List<String> others = table.columns().stream()
                .filter(column -> table.key().stream().noneMatch(key -> key.name().equals(column))).toList();
        String onConflict = others.isEmpty() ? " DO NOTHING"
                : " DO UPDATE SET " + String.join(", ", others.stream().map(column -> column + " = EXCLUDED." + column).toList());
        return "INSERT INTO " + table.name() + " SELECT * FROM " + copyName(number, table.name()) + " WHERE " + byKey(table)
                + TEAM_CONDITION + " ON CONFLICT (" + keyColumns + ")" + onConflict;
    }

    private static String byKey(TableGraph.Table table) {
        return String.join(" AND ", table.key().stream().map(column -> column.name() + " = ?").toList());
    }

    /** Runs the statement once per key, with the team condition in its place, in one batch. */
    private void batch(TableGraph tables, TableGraph.Table table, @Nullable Long teamId, List<List<String>> keys, String statement,
            boolean fromSnapshot, int number) {
        String team = teamId == null ? null
                : fromSnapshot ? tables.teamCondition(table, name -> copyName(number, name)) : tables.teamCondition(table, live -> live);
        if (teamId != null && team == null) {
            return;
        }
        String sql = statement.replace(TEAM_CONDITION, positional(team));
        List<Object[]> arguments = keys.stream().map(key -> arguments(table, key, team, teamId)).toList();
        batches.batchUpdate(sql, arguments);
    }

    /**
     * The key's values (on PostgreSQL as untyped text, which it reads as the column's type; on H2 in the columns'
     * types), then the team id once for each place the team condition names it.
     */
    private Object[] arguments(TableGraph.Table table, List<String> key, @Nullable String teamCondition, @Nullable Long teamId) {
        List<Object> arguments = new ArrayList<>();
        for (int i = 0; i < table.key().size(); i++) {
            String value = key.get(i);
            String type = table.key().get(i).type();
            arguments.add(changes.onPostgres() ? new SqlParameterValue(Types.OTHER, value) : value == null ? null
                    : type.contains("BIGINT") ? (Object) Long.valueOf(value) : type.contains("INT") ? (Object) Integer.valueOf(value) : value);
        }
        if (teamCondition != null) {
            int places = teamCondition.split(":teamId", -1).length - 1;
            for (int i = 0; i < places; i++) {
                arguments.add(teamId);
            }
        }
        return arguments.toArray();
    }

    private static String positional(@Nullable String teamCondition) {
        return teamCondition == null ? "" : " AND " + teamCondition.replace(":teamId", "?");
    }

    private void deleteAll(TableGraph tables, TableGraph.Table table, @Nullable Long teamId) {
        if (teamId == null) {
            jdbc.sql("DELETE FROM " + table.name()).update();
            return;
        }
        String condition = tables.teamCondition(table, live -> live);
        if (condition != null) {
            jdbc.sql("DELETE FROM " + table.name() + " WHERE " + condition).param("teamId", teamId).update();
        }
    }

    private void copyAllBack(TableGraph tables, TableGraph.Table table, int number, @Nullable Long teamId) {
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

    /** Read on first use, after the migrations ran; earlier runs' copies are dropped and the change log installed then. */
    private TableGraph graph() {
        if (graph == null) {
            try (Connection connection = dataSource.getConnection()) {
                dropLeftovers(connection);
                graph = TableGraph.read(connection, PREFIX);
                changes.install(graph);
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
