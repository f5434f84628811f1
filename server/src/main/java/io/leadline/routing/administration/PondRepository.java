package io.leadline.routing.administration;

import io.leadline.routing.LeadPond;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class PondRepository {

    private final JdbcClient jdbc;

    PondRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long teamId, LeadPond pond, OffsetDateTime now) {
        jdbc.sql("INSERT INTO lead_ponds (id, team_id, name, owner_user_id, created_at) VALUES (:id, :teamId, :name, :owner, :now)")
                .param("id", pond.id())
                .param("teamId", teamId)
                .param("name", pond.pondName())
                .param("owner", pond.pondOwnerId())
                .param("now", now)
                .update();
        insertMembers(pond);
    }

    void update(long teamId, LeadPond pond) {
        jdbc.sql("UPDATE lead_ponds SET name = :name, owner_user_id = :owner WHERE id = :id AND team_id = :teamId")
                .param("id", pond.id())
                .param("teamId", teamId)
                .param("name", pond.pondName())
                .param("owner", pond.pondOwnerId())
                .update();
        jdbc.sql("DELETE FROM lead_pond_members WHERE pond_id = :id").param("id", pond.id()).update();
        insertMembers(pond);
    }

    private void insertMembers(LeadPond pond) {
        for (long agentId : pond.agentIds()) {
            jdbc.sql("INSERT INTO lead_pond_members (pond_id, user_id) VALUES (:pondId, :userId)")
                    .param("pondId", pond.id())
                    .param("userId", agentId)
                    .update();
        }
    }

    void delete(long teamId, long pondId) {
        jdbc.sql("DELETE FROM lead_ponds WHERE id = :id AND team_id = :teamId").param("id", pondId).param("teamId", teamId).update();
    }

    boolean nameTaken(long teamId, String name, long exceptId) {
        return jdbc.sql("SELECT COUNT(*) FROM lead_ponds WHERE team_id = :teamId AND name = :name AND id <> :id")
                .param("teamId", teamId)
                .param("name", name)
                .param("id", exceptId)
                .query(Long.class)
                .single() > 0;
    }

    public Optional<LeadPond> find(long teamId, long pondId) {
        return withMembers(teamId, "AND p.id = :id", Map.of("id", pondId)).stream().findFirst();
    }

    public List<LeadPond> all(long teamId) {
        return withMembers(teamId, "", Map.of());
    }

    private List<LeadPond> withMembers(long teamId, String filter, Map<String, Object> params) {
        Map<Long, LeadPond> ponds = new java.util.LinkedHashMap<>();
        Map<Long, List<Long>> members = new HashMap<>();
        jdbc.sql("""
                        SELECT p.id, p.name, p.owner_user_id, m.user_id
                          FROM lead_ponds p LEFT JOIN lead_pond_members m ON m.pond_id = p.id
                         WHERE p.team_id = :teamId\s""" + filter + " ORDER BY p.id, m.user_id")
                .param("teamId", teamId)
                .params(params)
                .query(rs -> {
                    long id = rs.getLong("id");
                    ponds.putIfAbsent(id, new LeadPond(id, rs.getString("name"), rs.getLong("owner_user_id"), List.of()));
                    long member = rs.getLong("user_id");
                    if (!rs.wasNull()) {
                        members.computeIfAbsent(id, key -> new ArrayList<>()).add(member);
                    }
                });
        return ponds.values().stream()
                .map(p -> new LeadPond(p.id(), p.pondName(), p.pondOwnerId(), List.copyOf(members.getOrDefault(p.id(), List.of()))))
                .toList();
    }
}
