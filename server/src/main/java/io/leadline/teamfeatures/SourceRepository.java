package io.leadline.teamfeatures;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SourceRepository {

    private final JdbcClient jdbc;

    SourceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Integer> findId(long teamId, String name) {
        return jdbc.sql("SELECT id FROM sources WHERE team_id = :teamId AND name = :name")
                .param("teamId", teamId)
                .param("name", name)
                .query(Integer.class)
                .optional();
    }

    List<String> allNames(long teamId) {
        return jdbc.sql("SELECT name FROM sources WHERE team_id = :teamId ORDER BY name").param("teamId", teamId)
                .query(String.class).list();
    }

    /** Inserts the name unless a concurrent writer got there first; the unique key decides. */
    void insertIfAbsent(long teamId, String name, OffsetDateTime now) {
        jdbc.sql("""
                        INSERT INTO sources (id, team_id, name, created_at)
                        VALUES (nextval('source_ids'), :teamId, :name, :now)
                        ON CONFLICT DO NOTHING
                        """)
                .param("teamId", teamId)
                .param("name", name)
                .param("now", now)
                .update();
    }

    Map<Integer, String> names(long teamId, Collection<Integer> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT id, name FROM sources WHERE team_id = :teamId AND id IN (:ids)")
                .param("teamId", teamId)
                .param("ids", ids)
                .query((rs, row) -> Map.entry(rs.getInt("id"), rs.getString("name")))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
