package io.leadline.leads;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which tags sit on which lead (table {@code lead_tags}); tag names belong to the team-features catalogue. */
@Repository
class LeadTagRepository {

    private final JdbcClient jdbc;

    LeadTagRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record LeadTag(long leadId, long tagId, long creatorUserId, OffsetDateTime createdAt, OffsetDateTime updatedAt) {}

    void add(long teamId, long leadId, Collection<Long> tagIds, long userId, OffsetDateTime now) {
        for (long tagId : tagIds) {
            jdbc.sql("""
                            INSERT INTO lead_tags (lead_id, tag_id, team_id, creator_user_id, created_at, updated_at)
                            VALUES (:leadId, :tagId, :teamId, :userId, :now, :now)
                            ON CONFLICT DO NOTHING
                            """)
                    .param("leadId", leadId)
                    .param("tagId", tagId)
                    .param("teamId", teamId)
                    .param("userId", userId)
                    .param("now", now)
                    .update();
        }
    }

    void remove(long leadId, Collection<Long> tagIds) {
        if (tagIds.isEmpty()) {
            return;
        }
        jdbc.sql("DELETE FROM lead_tags WHERE lead_id = :leadId AND tag_id IN (:tagIds)")
                .param("leadId", leadId)
                .param("tagIds", tagIds)
                .update();
    }

    void removeAll(long leadId) {
        jdbc.sql("DELETE FROM lead_tags WHERE lead_id = :leadId").param("leadId", leadId).update();
    }

    List<LeadTag> findForLeads(Collection<Long> leadIds) {
        if (leadIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT lead_id, tag_id, creator_user_id, created_at, updated_at FROM lead_tags
                        WHERE lead_id IN (:leadIds) ORDER BY lead_id, created_at, tag_id
                        """)
                .param("leadIds", leadIds)
                .query(LeadTagRepository::toLeadTag)
                .list();
    }

    private static LeadTag toLeadTag(ResultSet rs, int row) throws SQLException {
        return new LeadTag(
                rs.getLong("lead_id"),
                rs.getLong("tag_id"),
                rs.getLong("creator_user_id"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("updated_at", OffsetDateTime.class));
    }
}
