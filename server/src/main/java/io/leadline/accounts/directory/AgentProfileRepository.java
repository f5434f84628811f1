package io.leadline.accounts.directory;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AgentProfileRepository {

    private final JdbcClient jdbc;

    AgentProfileRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record StoredProfile(long userId, UserResponse.AgentInfo agentInfo, String profile) {}

    void insert(long teamId, StoredProfile stored, OffsetDateTime at) {
        UserResponse.AgentInfo info = stored.agentInfo();
        jdbc.sql("""
                        INSERT INTO agent_profiles (user_id, team_id, license_id, position, company_name, company_address,
                                                    agent_pid, profile, created_at)
                        VALUES (:userId, :teamId, :licenseId, :position, :companyName, :companyAddress, :agentPid, :profile, :at)
                        """)
                .param("userId", stored.userId())
                .param("teamId", teamId)
                .param("licenseId", info.licenseId())
                .param("position", info.position())
                .param("companyName", info.companyName())
                .param("companyAddress", info.companyAddress())
                .param("agentPid", info.agentPid())
                .param("profile", stored.profile())
                .param("at", at)
                .update();
    }

    Map<Long, StoredProfile> find(long teamId, Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        List<StoredProfile> found = jdbc.sql("""
                        SELECT user_id, license_id, position, company_name, company_address, agent_pid, profile
                        FROM agent_profiles WHERE team_id = :teamId AND user_id IN (:userIds)
                        """)
                .param("teamId", teamId)
                .param("userIds", userIds)
                .query((rs, n) -> new StoredProfile(
                        rs.getLong("user_id"),
                        new UserResponse.AgentInfo(rs.getString("license_id"), rs.getString("position"),
                                rs.getString("company_name"), rs.getString("company_address"), null, rs.getString("agent_pid")),
                        rs.getString("profile")))
                .list();
        return found.stream().collect(Collectors.toMap(StoredProfile::userId, Function.identity()));
    }
}
