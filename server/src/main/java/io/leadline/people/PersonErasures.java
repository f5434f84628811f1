package io.leadline.people;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The record of each erasure ({@code person_erasures}): what was erased and by whom, never the person's data. */
@Repository
class PersonErasures {

    private static final TypeReference<List<Long>> IDS = new TypeReference<>() {};
    private static final TypeReference<Map<String, Integer>> COUNTS = new TypeReference<>() {};

    /** Who asked: a member through a credential, or the operator's offline command (no member, no credential). */
    record ErasedBy(@Nullable Long userId, @Nullable Long credentialId, String credentialName) {}

    /** One erasure, as its response and its record show it. */
    record Erasure(long erasureId, String namedBy, List<Long> leads, Map<String, Integer> rowsErased,
            @Nullable Long userId, String credentialName, OffsetDateTime erasedAt) {}

    private final JdbcClient jdbc;
    private final JsonMapper json;

    PersonErasures(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(long teamId, Erasure erasure, ErasedBy by) {
        jdbc.sql("""
                        INSERT INTO person_erasures (id, team_id, named_by, lead_ids, rows_erased, user_id, credential_id,
                                                     credential_name, erased_at)
                        VALUES (:id, :teamId, :namedBy, :leadIds, :rowsErased, :userId, :credentialId, :credentialName,
                                :erasedAt)""")
                .param("id", erasure.erasureId())
                .param("teamId", teamId)
                .param("namedBy", erasure.namedBy())
                .param("leadIds", json.writeValueAsString(erasure.leads()))
                .param("rowsErased", json.writeValueAsString(erasure.rowsErased()))
                .param("userId", by.userId())
                .param("credentialId", by.credentialId())
                .param("credentialName", by.credentialName())
                .param("erasedAt", erasure.erasedAt())
                .update();
    }

    /** The team's erasures, newest first, at most {@code limit} after the one with id {@code before} (all: null). */
    List<Erasure> ofTeam(long teamId, @Nullable Long before, int limit) {
        return jdbc.sql("""
                        SELECT id, named_by, lead_ids, rows_erased, user_id, credential_name, erased_at
                        FROM person_erasures
                        WHERE team_id = :teamId AND id < :before
                        ORDER BY id DESC FETCH FIRST :limit ROWS ONLY""")
                .param("teamId", teamId)
                .param("before", before == null ? Long.MAX_VALUE : before)
                .param("limit", limit)
                .query((rs, row) -> new Erasure(rs.getLong("id"), rs.getString("named_by"),
                        json.readValue(rs.getString("lead_ids"), IDS), json.readValue(rs.getString("rows_erased"), COUNTS),
                        rs.getObject("user_id", Long.class), rs.getString("credential_name"),
                        rs.getObject("erased_at", OffsetDateTime.class)))
                .list();
    }
}
