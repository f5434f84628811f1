package io.leadline.leads.assignment;

import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who holds each custom role of a lead (Lofty's customRoleList); one holder per role. */
@Repository
public class LeadRoleRepository {

    private final JdbcClient jdbc;

    LeadRoleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void put(long leadId, int roleId, long userId, OffsetDateTime now) {
        jdbc.sql("DELETE FROM lead_role_assignees WHERE lead_id = :leadId AND role_id = :roleId")
                .param("leadId", leadId)
                .param("roleId", roleId)
                .update();
        jdbc.sql("INSERT INTO lead_role_assignees (lead_id, role_id, user_id, assigned_at) VALUES (:leadId, :roleId, :userId, :now)")
                .param("leadId", leadId)
                .param("roleId", roleId)
                .param("userId", userId)
                .param("now", now)
                .update();
    }

    public java.util.Optional<Long> holder(long leadId, int roleId) {
        return jdbc.sql("SELECT user_id FROM lead_role_assignees WHERE lead_id = :leadId AND role_id = :roleId")
                .param("leadId", leadId)
                .param("roleId", roleId)
                .query(Long.class)
                .optional();
    }
}
