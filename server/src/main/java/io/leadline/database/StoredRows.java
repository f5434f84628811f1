package io.leadline.database;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A table's rows for one owner id, as stored, for a feature answering "everything held about this lead": column names
 * as keys, numbers and booleans as they are, times as ISO-8601 text, everything else (JSON, text) as text.
 */
@Component
public class StoredRows {

    private static final Pattern NAME = Pattern.compile("[a-z_]+");

    private final JdbcClient jdbc;

    StoredRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The rows of {@code table} whose {@code column} is {@code id}, ordered by their first column. The id is a lead's or
     * another object's, already found in the caller's team (not every such table carries the team).
     */
    public List<Map<String, Object>> of(String table, String column, long id) {
        if (!NAME.matcher(table).matches() || !NAME.matcher(column).matches()) {
            throw new IllegalArgumentException("not a table and column name: " + table + "." + column);
        }
        return jdbc.sql("SELECT * FROM " + table + " WHERE " + column + " = :id ORDER BY 1")
                .param("id", id)
                .query((rs, row) -> row(rs))
                .list();
    }

    /** {@link #of} for each table, by table name in the given order. */
    public Map<String, List<Map<String, Object>>> ofEach(List<String> tables, String column, long id) {
        Map<String, List<Map<String, Object>>> byTable = new LinkedHashMap<>();
        tables.forEach(table -> byTable.put(table, of(table, column, id)));
        return byTable;
    }

    private static Map<String, Object> row(ResultSet rs) throws SQLException {
        ResultSetMetaData columns = rs.getMetaData();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= columns.getColumnCount(); i++) {
            row.put(columns.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT), value(rs, i, type(columns, i)));
        }
        return row;
    }

    /** PostgreSQL's driver calls a time with a zone {@code TIMESTAMP}; its type name tells them apart. */
    private static int type(ResultSetMetaData columns, int column) throws SQLException {
        String name = columns.getColumnTypeName(column).toLowerCase(java.util.Locale.ROOT);
        return name.equals("timestamptz") || name.contains("with time zone") ? Types.TIMESTAMP_WITH_TIMEZONE
                : columns.getColumnType(column);
    }

    private static @Nullable Object value(ResultSet rs, int column, int type) throws SQLException {
        Object value = switch (type) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> rs.getLong(column);
            case Types.NUMERIC, Types.DECIMAL, Types.DOUBLE, Types.REAL, Types.FLOAT -> rs.getBigDecimal(column);
            case Types.BOOLEAN, Types.BIT -> rs.getBoolean(column);
            case Types.TIMESTAMP_WITH_TIMEZONE -> String.valueOf(rs.getObject(column, OffsetDateTime.class));
            case Types.TIMESTAMP -> String.valueOf(rs.getObject(column, LocalDateTime.class));
            case Types.DATE -> String.valueOf(rs.getObject(column, LocalDate.class));
            default -> rs.getString(column);
        };
        return rs.wasNull() ? null : value;
    }
}
