package io.leadline.teamfeatures;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CustomFieldRepository {

    private final JdbcClient jdbc;

    CustomFieldRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long teamId, CustomField field, OffsetDateTime now) {
        jdbc.sql("""
                        INSERT INTO custom_fields (id, team_id, name, type, params, created_at)
                        VALUES (:id, :teamId, :name, :type, :params, :now)
                        """)
                .param("id", field.id())
                .param("teamId", teamId)
                .param("name", field.name())
                .param("type", field.type())
                .param("params", field.params())
                .param("now", now)
                .update();
    }

    /** Rows come back as raw definitions; the service parses their select options. */
    <T> List<T> findAll(long teamId, Function<RawField, T> parse) {
        return jdbc.sql("SELECT id, name, type, params FROM custom_fields WHERE team_id = :teamId ORDER BY created_at, id")
                .param("teamId", teamId)
                .query((rs, row) -> new RawField(
                        rs.getLong("id"), rs.getString("name"), rs.getString("type"), rs.getString("params")))
                .list()
                .stream()
                .map(parse)
                .toList();
    }

    record RawField(long id, String name, String type, String params) {}
}
