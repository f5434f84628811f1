package io.leadline.sandbox.state;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The application's tables as the database describes them, parents before children (by their foreign keys), with
 * how each one's rows belong to a team: its own {@code team_id}, the team row itself, or through a foreign key to a
 * table that belongs to one. Read once, from the live schema, so a migration that adds a table needs nothing here.
 */
record TableGraph(List<Table> tables) {

    /** Kept out of snapshots: the migrations' record, and the server's own signing keys (scroll ids stay valid). */
    static final Set<String> NOT_SNAPSHOTTED = Set.of("flyway_schema_history", "server_secrets");

    record ForeignKey(String column, String parent, String parentColumn) {}

    /** A primary key column and its SQL type, as the database names it. */
    record KeyColumn(String name, String type) {}

    record Table(String name, boolean hasTeamId, List<ForeignKey> parents, List<KeyColumn> key, List<String> columns) {

        /** The single-column primary key, to insert a self-referencing table's rows parents first; null otherwise. */
        @Nullable String primaryKey() {
            return key.size() == 1 ? key.getFirst().name() : null;
        }
    }

    static TableGraph read(Connection connection, String snapshotPrefix) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        Map<String, Table> byName = new LinkedHashMap<>();
        try (ResultSet tables = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                String name = tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!NOT_SNAPSHOTTED.contains(name) && !name.startsWith(snapshotPrefix)) {
                    byName.put(name, null);
                }
            }
        }
        for (String name : List.copyOf(byName.keySet())) {
            byName.put(name, new Table(name, hasColumn(meta, schema, name, "team_id"), parents(meta, schema, name),
                    key(meta, schema, name), columns(meta, schema, name)));
        }
        return new TableGraph(parentsFirst(byName));
    }

    private static boolean hasColumn(DatabaseMetaData meta, String schema, String table, String column) throws SQLException {
        try (ResultSet columns = meta.getColumns(null, schema, table, column)) {
            return columns.next();
        }
    }

    private static List<String> columns(DatabaseMetaData meta, String schema, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet column = meta.getColumns(null, schema, table, "%")) {
            while (column.next()) {
                columns.add(column.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return columns;
    }

    private static List<ForeignKey> parents(DatabaseMetaData meta, String schema, String table) throws SQLException {
        List<ForeignKey> keys = new ArrayList<>();
        try (ResultSet imported = meta.getImportedKeys(null, schema, table)) {
            while (imported.next()) {
                keys.add(new ForeignKey(imported.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT),
                        imported.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT),
                        imported.getString("PKCOLUMN_NAME").toLowerCase(Locale.ROOT)));
            }
        }
        return keys;
    }

    /** The primary key's columns in key order (empty when the table has none). */
    private static List<KeyColumn> key(DatabaseMetaData meta, String schema, String table) throws SQLException {
        java.util.SortedMap<Integer, String> names = new java.util.TreeMap<>();
        try (ResultSet keys = meta.getPrimaryKeys(null, schema, table)) {
            while (keys.next()) {
                names.put(keys.getInt("KEY_SEQ"), keys.getString("COLUMN_NAME"));
            }
        }
        List<KeyColumn> columns = new ArrayList<>();
        for (String name : names.values()) {
            try (ResultSet column = meta.getColumns(null, schema, table, name)) {
                column.next();
                columns.add(new KeyColumn(name.toLowerCase(Locale.ROOT), column.getString("TYPE_NAME").toUpperCase(Locale.ROOT)));
            }
        }
        return columns;
    }

    private static List<Table> parentsFirst(Map<String, Table> byName) {
        List<Table> ordered = new ArrayList<>();
        Set<String> placed = new java.util.HashSet<>();
        while (ordered.size() < byName.size()) {
            int before = ordered.size();
            for (Table table : byName.values()) {
                if (!placed.contains(table.name()) && table.parents().stream()
                        .allMatch(fk -> fk.parent().equals(table.name()) || placed.contains(fk.parent()) || !byName.containsKey(fk.parent()))) {
                    ordered.add(table);
                    placed.add(table.name());
                }
            }
            if (ordered.size() == before) {
                throw new IllegalStateException("foreign keys form a cycle among " + byName.keySet().stream().filter(t -> !placed.contains(t)).toList());
            }
        }
        return ordered;
    }

    /**
     * The condition selecting a team's rows of {@code table} in the copy named by {@code copyOf} (a table name to
     * the table actually read, live or snapshot), or null when the table's rows belong to no team (idempotency keys,
     * rate-limit windows: server-wide, kept by a team's reset).
     */
    @Nullable String teamCondition(Table table, java.util.function.UnaryOperator<String> copyOf) {
        if (table.name().equals("teams")) {
            return "id = :teamId";
        }
        if (table.hasTeamId()) {
            return "team_id = :teamId";
        }
        for (ForeignKey fk : table.parents()) {
            Table parent = tables.stream().filter(t -> t.name().equals(fk.parent())).findFirst().orElse(null);
            if (parent != null && !parent.name().equals(table.name())) {
                String parentCondition = teamCondition(parent, copyOf);
                if (parentCondition != null) {
                    return fk.column() + " IN (SELECT " + fk.parentColumn() + " FROM " + copyOf.apply(parent.name())
                            + " WHERE " + parentCondition + ")";
                }
            }
        }
        return null;
    }
}
