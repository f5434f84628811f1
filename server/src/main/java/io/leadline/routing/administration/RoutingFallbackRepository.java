package io.leadline.routing.administration;

import io.leadline.routing.BusinessType;
import io.leadline.routing.decisions.RoutingFallback;
import io.leadline.routing.StrategyType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class RoutingFallbackRepository {

    private static final String COLUMNS =
            "team_id, business_type, role_id, scope_key, strategy_type, touch_minutes, assignee_user_id, pond_id, updated_at";

    private final JdbcClient jdbc;

    RoutingFallbackRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<RoutingFallback> find(long teamId, BusinessType type, int roleId, long scopeKey) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM routing_fallbacks
                        WHERE team_id = :teamId AND business_type = :type AND role_id = :roleId AND scope_key = :scopeKey
                        """)
                .param("teamId", teamId)
                .param("type", type.code)
                .param("roleId", roleId)
                .param("scopeKey", scopeKey)
                .query(RoutingFallbackRepository::toFallback)
                .optional();
    }

    public List<RoutingFallback> all(long teamId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM routing_fallbacks WHERE team_id = :teamId ORDER BY business_type, role_id, scope_key")
                .param("teamId", teamId)
                .query(RoutingFallbackRepository::toFallback)
                .list();
    }

    /** Replaces the scope's fallback: delete then insert, so concurrent writers serialise on the primary key. */
    void put(RoutingFallback fallback) {
        delete(fallback.teamId(), fallback.businessType(), fallback.roleId(), fallback.scopeKey());
        jdbc.sql("""
                        INSERT INTO routing_fallbacks (team_id, business_type, role_id, scope_key, strategy_type,
                                                       touch_minutes, assignee_user_id, pond_id, updated_at)
                        VALUES (:teamId, :type, :roleId, :scopeKey, :strategy, :touchMinutes, :assigneeUserId, :pondId, :updatedAt)
                        """)
                .param("teamId", fallback.teamId())
                .param("type", fallback.businessType().code)
                .param("roleId", fallback.roleId())
                .param("scopeKey", fallback.scopeKey())
                .param("strategy", fallback.strategy().code)
                .param("touchMinutes", fallback.touchMinutes())
                .param("assigneeUserId", fallback.assigneeUserId())
                .param("pondId", fallback.pondId())
                .param("updatedAt", fallback.updatedAt())
                .update();
    }

    boolean delete(long teamId, BusinessType type, int roleId, long scopeKey) {
        return jdbc.sql("""
                        DELETE FROM routing_fallbacks
                         WHERE team_id = :teamId AND business_type = :type AND role_id = :roleId AND scope_key = :scopeKey
                        """)
                .param("teamId", teamId)
                .param("type", type.code)
                .param("roleId", roleId)
                .param("scopeKey", scopeKey)
                .update() > 0;
    }

    boolean pondInUse(long pondId) {
        return jdbc.sql("SELECT COUNT(*) FROM routing_fallbacks WHERE pond_id = :pondId").param("pondId", pondId).query(Long.class).single() > 0;
    }

    private static RoutingFallback toFallback(ResultSet rs, int row) throws SQLException {
        return new RoutingFallback(
                rs.getLong("team_id"),
                BusinessType.of("businessType", rs.getInt("business_type")),
                rs.getInt("role_id"),
                rs.getLong("scope_key"),
                StrategyType.of("strategyType", rs.getInt("strategy_type")),
                rs.getObject("touch_minutes", Integer.class),
                rs.getObject("assignee_user_id", Long.class),
                rs.getObject("pond_id", Long.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }
}
