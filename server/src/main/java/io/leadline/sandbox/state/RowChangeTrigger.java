package io.leadline.sandbox.state;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.h2.api.Trigger;
import org.jspecify.annotations.Nullable;

/**
 * On H2, in sandbox mode, every row written to an application table is noted in {@code sbx_changes} by its primary
 * key, in the writer's own transaction: a restore then puts back only the rows written since the snapshot instead of
 * copying whole tables. H2 instantiates it by name ({@link ChangeLog} installs it); it is not a Spring bean.
 */
public final class RowChangeTrigger implements Trigger {

    private String table = "";
    private int[] keyColumns = new int[0];

    @Override
    public void init(Connection connection, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        this.table = table.toLowerCase(Locale.ROOT);
        List<String> keys = new ArrayList<>();
        try (ResultSet primaryKey = connection.getMetaData().getPrimaryKeys(null, schema, table)) {
            while (primaryKey.next()) {
                keys.add(primaryKey.getString("COLUMN_NAME"));
            }
        }
        keyColumns = new int[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            try (ResultSet column = connection.getMetaData().getColumns(null, schema, table, keys.get(i))) {
                column.next();
                keyColumns[i] = column.getInt("ORDINAL_POSITION") - 1;
            }
        }
    }

    @Override
    public void fire(Connection connection, Object @Nullable [] oldRow, Object @Nullable [] newRow) throws SQLException {
        try (PreparedStatement note = connection.prepareStatement(
                "INSERT INTO " + ChangeLog.TABLE + " (table_name, k1, k2, k3, k4) VALUES (?, ?, ?, ?, ?)")) {
            if (oldRow != null) {
                noteRow(note, oldRow);
            }
            if (newRow != null && (oldRow == null || !sameKey(oldRow, newRow))) {
                noteRow(note, newRow);
            }
            note.executeBatch();
        }
    }

    private void noteRow(PreparedStatement note, Object[] row) throws SQLException {
        note.setString(1, table);
        for (int i = 0; i < ChangeLog.MAX_KEY_COLUMNS; i++) {
            note.setString(i + 2, i < keyColumns.length && row[keyColumns[i]] != null ? row[keyColumns[i]].toString() : null);
        }
        note.addBatch();
    }

    private boolean sameKey(Object[] oldRow, Object[] newRow) {
        for (int column : keyColumns) {
            if (!java.util.Objects.equals(oldRow[column], newRow[column])) {
                return false;
            }
        }
        return true;
    }
}
