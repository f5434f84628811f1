package io.leadline.routing.decisions;

import io.leadline.routing.BusinessType;
import io.leadline.routing.RoutingDecision;
import io.leadline.routing.RoutingService;
import io.leadline.routing.StrategyType;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class DecisionRepository {

    private final JdbcClient jdbc;

    DecisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long id, long teamId, long leadId, OffsetDateTime at, RoutingDecision d) {
        jdbc.sql("""
                        INSERT INTO routing_decisions (id, team_id, lead_id, decided_at, business_type, role_id, scope,
                                                       rule_id, rule_name, strategy, outcome, assignee_user_id, pond_id, detail)
                        VALUES (:id, :teamId, :leadId, :at, :type, :roleId, :scope, :ruleId, :ruleName, :strategy,
                                :outcome, :assignee, :pondId, :detail)
                        """)
                .param("id", id)
                .param("teamId", teamId)
                .param("leadId", leadId)
                .param("at", at)
                .param("type", d.businessType().code)
                .param("roleId", d.roleId())
                .param("scope", d.scope())
                .param("ruleId", d.ruleId())
                .param("ruleName", d.ruleName())
                .param("strategy", d.strategy() == null ? null : d.strategy().name())
                .param("outcome", d.outcome().name())
                .param("assignee", d.assigneeUserId())
                .param("pondId", d.pondId())
                .param("detail", truncated(d.detail()))
                .update();
    }

    private static String truncated(String detail) {
        return detail.length() <= 1000 ? detail : detail.substring(0, 1000);
    }

    public List<RoutingService.LoggedDecision> forLead(long teamId, long leadId) {
        return jdbc.sql("""
                        SELECT id, lead_id, decided_at, business_type, role_id, scope, rule_id, rule_name, strategy, outcome,
                               assignee_user_id, pond_id, detail
                          FROM routing_decisions
                         WHERE team_id = :teamId AND lead_id = :leadId
                         ORDER BY decided_at, id
                        """)
                .param("teamId", teamId)
                .param("leadId", leadId)
                .query(DecisionRepository::logged)
                .list();
    }

    /**
     * The team's decisions, newest first, those before {@code beforeId} when given (ids grow with time); a filter left
     * null matches every decision.
     */
    public List<RoutingService.LoggedDecision> recent(long teamId, RoutingService.LogFilter filter, int limit) {
        return jdbc.sql("""
                        SELECT id, lead_id, decided_at, business_type, role_id, scope, rule_id, rule_name, strategy, outcome,
                               assignee_user_id, pond_id, detail
                          FROM routing_decisions
                         WHERE team_id = :teamId
                           AND (CAST(:beforeId AS BIGINT) IS NULL OR id < :beforeId)
                           AND (CAST(:ruleId AS BIGINT) IS NULL OR rule_id = :ruleId)
                           AND (CAST(:memberId AS BIGINT) IS NULL OR assignee_user_id = :memberId)
                           AND (CAST(:outcome AS VARCHAR(20)) IS NULL OR outcome = :outcome)
                         ORDER BY id DESC
                         LIMIT :limit
                        """)
                .param("teamId", teamId)
                .param("beforeId", filter.beforeId())
                .param("ruleId", filter.ruleId())
                .param("memberId", filter.memberId())
                .param("outcome", filter.outcome() == null ? null : filter.outcome().name())
                .param("limit", limit)
                .query(DecisionRepository::logged)
                .list();
    }

    private static RoutingService.LoggedDecision logged(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new RoutingService.LoggedDecision(
                rs.getLong("id"),
                rs.getLong("lead_id"),
                rs.getObject("decided_at", OffsetDateTime.class),
                new RoutingDecision(
                        RoutingDecision.Outcome.valueOf(rs.getString("outcome")),
                        BusinessType.of("businessType", rs.getInt("business_type")),
                        rs.getInt("role_id"),
                        rs.getString("scope"),
                        rs.getObject("rule_id", Long.class),
                        rs.getString("rule_name"),
                        strategy(rs.getString("strategy")),
                        rs.getObject("assignee_user_id", Long.class),
                        rs.getObject("pond_id", Long.class),
                        List.of(),
                        rs.getString("detail")));
    }

    private static @Nullable StrategyType strategy(@Nullable String name) {
        return name == null ? null : StrategyType.valueOf(name);
    }
}
