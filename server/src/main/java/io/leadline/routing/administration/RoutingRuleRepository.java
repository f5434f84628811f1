package io.leadline.routing.administration;

import io.leadline.database.DatabaseProduct;
import io.leadline.routing.BusinessType;
import io.leadline.routing.decisions.ActiveHours;
import io.leadline.routing.decisions.RoundRobin;
import io.leadline.routing.decisions.RoutingRule;
import io.leadline.routing.decisions.RuleConditions;
import io.leadline.routing.StrategyType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
public class RoutingRuleRepository {

    private static final String COLUMNS = """
            id, team_id, business_type, role_id, scope_key, position, name, enabled, conditions, active_days,
            hours_start, hours_end, strategy_type, pond_id, touch_minutes, updated_at""";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final boolean returning;

    RoutingRuleRepository(JdbcClient jdbc, JsonMapper json, DatabaseProduct database) {
        this.jdbc = jdbc;
        this.json = json;
        this.returning = database.isPostgres();
    }

    void insert(RoutingRule rule) {
        jdbc.sql("""
                        INSERT INTO routing_rules (id, team_id, business_type, role_id, scope_key, position, name, enabled,
                                                   conditions, active_days, hours_start, hours_end, strategy_type,
                                                   pond_id, touch_minutes, round_robin_turn, updated_at)
                        VALUES (:id, :teamId, :businessType, :roleId, :scopeKey, :position, :name, :enabled,
                                :conditions, :activeDays, :hoursStart, :hoursEnd, :strategyType,
                                :pondId, :touchMinutes, 0, :updatedAt)
                        """)
                .params(params(rule))
                .update();
        insertMembers(rule);
    }

    void update(RoutingRule rule) {
        jdbc.sql("""
                        UPDATE routing_rules
                           SET position = :position, name = :name, enabled = :enabled, conditions = :conditions,
                               active_days = :activeDays, hours_start = :hoursStart, hours_end = :hoursEnd,
                               strategy_type = :strategyType, pond_id = :pondId, touch_minutes = :touchMinutes,
                               updated_at = :updatedAt
                         WHERE id = :id AND team_id = :teamId
                        """)
                .params(params(rule))
                .update();
        jdbc.sql("DELETE FROM routing_rule_members WHERE rule_id = :id").param("id", rule.id()).update();
        insertMembers(rule);
    }

    private Map<String, Object> params(RoutingRule rule) {
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("id", rule.id());
        params.put("teamId", rule.teamId());
        params.put("businessType", rule.businessType().code);
        params.put("roleId", rule.roleId());
        params.put("scopeKey", rule.scopeKey());
        params.put("position", rule.position());
        params.put("name", rule.name());
        params.put("enabled", rule.enabled());
        params.put("conditions", json.writeValueAsString(rule.conditions()));
        params.put("activeDays", rule.activeHours().daysText());
        params.put("hoursStart", rule.activeHours().hoursStart());
        params.put("hoursEnd", rule.activeHours().hoursEnd());
        params.put("strategyType", rule.strategy().code);
        params.put("pondId", rule.pondId());
        params.put("touchMinutes", rule.touchMinutes());
        params.put("updatedAt", rule.updatedAt());
        return params;
    }

    private void insertMembers(RoutingRule rule) {
        for (int i = 0; i < rule.members().size(); i++) {
            RoundRobin.Weighted member = rule.members().get(i);
            jdbc.sql("INSERT INTO routing_rule_members (rule_id, user_id, weight, position) VALUES (:ruleId, :userId, :weight, :position)")
                    .param("ruleId", rule.id())
                    .param("userId", member.userId())
                    .param("weight", member.weight())
                    .param("position", i)
                    .update();
        }
    }

    void delete(long teamId, long ruleId) {
        jdbc.sql("DELETE FROM routing_rules WHERE team_id = :teamId AND id = :id").param("teamId", teamId).param("id", ruleId).update();
    }

    Optional<RoutingRule> find(long teamId, long ruleId) {
        return withMembers(jdbc.sql("SELECT " + COLUMNS + " FROM routing_rules WHERE team_id = :teamId AND id = :id")
                        .param("teamId", teamId)
                        .param("id", ruleId)
                        .query(this::toRule)
                        .list())
                .stream()
                .findFirst();
    }

    /** The rules of one scope in evaluation order. */
    List<RoutingRule> inScope(long teamId, BusinessType type, int roleId, long scopeKey) {
        return withMembers(jdbc.sql("SELECT " + COLUMNS + """
                         FROM routing_rules
                        WHERE team_id = :teamId AND business_type = :type AND role_id = :roleId AND scope_key = :scopeKey
                        ORDER BY position, id
                        """)
                .param("teamId", teamId)
                .param("type", type.code)
                .param("roleId", roleId)
                .param("scopeKey", scopeKey)
                .query(this::toRule)
                .list());
    }

    /** Every rule of the team, each scope's in evaluation order. */
    public List<RoutingRule> all(long teamId) {
        return withMembers(jdbc.sql("SELECT " + COLUMNS + " FROM routing_rules WHERE team_id = :teamId ORDER BY scope_key, position, id")
                .param("teamId", teamId)
                .query(this::toRule)
                .list());
    }

    /** Every rule of a business type and role, company rules first, then by office and position. */
    List<RoutingRule> ofType(long teamId, BusinessType type, int roleId) {
        return withMembers(jdbc.sql("SELECT " + COLUMNS + """
                         FROM routing_rules
                        WHERE team_id = :teamId AND business_type = :type AND role_id = :roleId
                        ORDER BY scope_key, position, id
                        """)
                .param("teamId", teamId)
                .param("type", type.code)
                .param("roleId", roleId)
                .query(this::toRule)
                .list());
    }

    /** Locks the scope's rules against concurrent reordering (rows are locked in position order by every writer). */
    void lockScope(long teamId, BusinessType type, int roleId, long scopeKey) {
        jdbc.sql("""
                        SELECT id FROM routing_rules
                         WHERE team_id = :teamId AND business_type = :type AND role_id = :roleId AND scope_key = :scopeKey
                         ORDER BY id FOR UPDATE
                        """)
                .param("teamId", teamId)
                .param("type", type.code)
                .param("roleId", roleId)
                .param("scopeKey", scopeKey)
                .query(Long.class)
                .list();
    }

    void setPosition(long ruleId, int position) {
        jdbc.sql("UPDATE routing_rules SET position = :position WHERE id = :id").param("position", position).param("id", ruleId).update();
    }

    /**
     * Takes the rule's next round-robin turn. The UPDATE row-locks the rule until the lead's transaction ends, so
     * concurrent creates on any node take consecutive turns and the split stays exact.
     */
    public Optional<Long> takeTurn(long ruleId) {
        if (returning) {
            return jdbc.sql("UPDATE routing_rules SET round_robin_turn = round_robin_turn + 1 WHERE id = :id RETURNING round_robin_turn - 1")
                    .param("id", ruleId)
                    .query(Long.class)
                    .optional();
        }
        if (jdbc.sql("UPDATE routing_rules SET round_robin_turn = round_robin_turn + 1 WHERE id = :id").param("id", ruleId).update() == 0) {
            return Optional.empty();
        }
        return peekTurn(ruleId).map(next -> next - 1);
    }

    /** Empty when the rule was deleted after the cached setup was read. */
    public Optional<Long> peekTurn(long ruleId) {
        return jdbc.sql("SELECT round_robin_turn FROM routing_rules WHERE id = :id").param("id", ruleId).query(Long.class).optional();
    }

    boolean pondInUse(long pondId) {
        return jdbc.sql("SELECT COUNT(*) FROM routing_rules WHERE pond_id = :pondId").param("pondId", pondId).query(Long.class).single() > 0;
    }

    private List<RoutingRule> withMembers(List<RoutingRule> rules) {
        if (rules.isEmpty()) {
            return rules;
        }
        Map<Long, List<RoundRobin.Weighted>> members = new LinkedHashMap<>();
        jdbc.sql("SELECT rule_id, user_id, weight FROM routing_rule_members WHERE rule_id IN (:ids) ORDER BY rule_id, position")
                .param("ids", rules.stream().map(RoutingRule::id).toList())
                .query(rs -> {
                    members.computeIfAbsent(rs.getLong("rule_id"), id -> new ArrayList<>())
                            .add(new RoundRobin.Weighted(rs.getLong("user_id"), rs.getInt("weight")));
                });
        return rules.stream()
                .map(rule -> new RoutingRule(
                        rule.id(), rule.teamId(), rule.businessType(), rule.roleId(), rule.scopeKey(), rule.position(),
                        rule.name(), rule.enabled(), rule.conditions(), rule.activeHours(), rule.strategy(), rule.pondId(),
                        rule.touchMinutes(), List.copyOf(members.getOrDefault(rule.id(), List.of())), rule.updatedAt()))
                .toList();
    }

    private RoutingRule toRule(ResultSet rs, int row) throws SQLException {
        int touch = rs.getInt("touch_minutes");
        Integer touchMinutes = rs.wasNull() ? null : touch;
        long pond = rs.getLong("pond_id");
        Long pondId = rs.wasNull() ? null : pond;
        return new RoutingRule(
                rs.getLong("id"),
                rs.getLong("team_id"),
                BusinessType.of("businessType", rs.getInt("business_type")),
                rs.getInt("role_id"),
                rs.getLong("scope_key"),
                rs.getInt("position"),
                rs.getString("name"),
                rs.getBoolean("enabled"),
                json.readValue(rs.getString("conditions"), RuleConditions.class),
                ActiveHours.fromText(rs.getString("active_days"), rs.getInt("hours_start"), rs.getInt("hours_end")),
                StrategyType.of("strategyType", rs.getInt("strategy_type")),
                pondId,
                touchMinutes,
                List.of(),
                rs.getObject("updated_at", OffsetDateTime.class));
    }
}
