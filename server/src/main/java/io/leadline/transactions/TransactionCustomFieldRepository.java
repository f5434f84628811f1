package io.leadline.transactions;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TransactionCustomFieldRepository {

    private final JdbcClient jdbc;

    TransactionCustomFieldRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Stored(long id, String name, String type, @Nullable String params) {}

    void insert(long teamId, Stored field, OffsetDateTime at) {
        jdbc.sql("""
                        INSERT INTO transaction_custom_fields (id, team_id, name, type, params, created_at)
                        VALUES (:id, :teamId, :name, :type, :params, :at)
                        """)
                .param("id", field.id())
                .param("teamId", teamId)
                .param("name", field.name())
                .param("type", field.type())
                .param("params", field.params())
                .param("at", at)
                .update();
    }

    boolean delete(long teamId, long id) {
        return jdbc.sql("DELETE FROM transaction_custom_fields WHERE team_id = :teamId AND id = :id")
                .param("teamId", teamId)
                .param("id", id)
                .update() > 0;
    }

    /** Oldest first; {@code parse} turns the stored row into the definition with its options. */
    List<TransactionCustomField> findAll(long teamId, Function<Stored, TransactionCustomField> parse) {
        return jdbc.sql("SELECT id, name, type, params FROM transaction_custom_fields WHERE team_id = :teamId ORDER BY created_at, id")
                .param("teamId", teamId)
                .query((rs, n) -> new Stored(rs.getLong("id"), rs.getString("name"), rs.getString("type"), rs.getString("params")))
                .list()
                .stream()
                .map(parse)
                .toList();
    }
}
