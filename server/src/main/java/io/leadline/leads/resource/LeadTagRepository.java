package io.leadline.leads.resource;

import io.leadline.database.HeldInserts;
import io.leadline.search.LeadIndex;
import io.leadline.teamfeatures.Tag;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which tags sit on which lead (table {@code lead_tags}); tag names belong to the team-features catalogue. */
@Repository
class LeadTagRepository {

    private final JdbcClient jdbc;
    private final HeldInserts held;
    private final LeadIndex index;

    LeadTagRepository(JdbcClient jdbc, HeldInserts held, LeadIndex index) {
        this.jdbc = jdbc;
        this.held = held;
        this.index = index;
    }

    record LeadTag(long leadId, long tagId, long creatorUserId, OffsetDateTime createdAt, OffsetDateTime updatedAt) {}

    /** New rows carry the lead's filter columns as they are now; the search index follows later changes. */
    void add(LeadRow lead, Collection<Long> tagIds, long userId, OffsetDateTime now) {
        if (!tagIds.isEmpty()) {
            insert(lead, tagIds, 0, userId, now);
            index.tagsChanged(lead.id);
        }
    }

    /** A lead being created has no other tags, so its rows are written with their mask at once. */
    void addToNewLead(LeadRow lead, Collection<Tag> tags, long userId, OffsetDateTime now) {
        Map<Long, Tag> distinct = new java.util.LinkedHashMap<>();
        tags.forEach(tag -> distinct.putIfAbsent(tag.id(), tag));
        insert(lead, distinct.keySet(), LeadIndex.tagMask(distinct.values().stream().map(Tag::bit).toList()), userId, now);
    }

    /** Leaves the lead exactly these tags; those it keeps keep their rows and time stamps. */
    void replace(LeadRow lead, Collection<Long> tagIds, long userId, OffsetDateTime now) {
        jdbc.sql("DELETE FROM lead_tags WHERE lead_id = :leadId" + (tagIds.isEmpty() ? "" : " AND tag_id NOT IN (:tagIds)"))
                .param("leadId", lead.id)
                .param("tagIds", tagIds)
                .update();
        insert(lead, tagIds, 0, userId, now);
        index.tagsChanged(lead.id);
    }

    /** One batch: a single round trip however many tags the lead gets. */
    private void insert(LeadRow lead, Collection<Long> tagIds, long mask, long userId, OffsetDateTime now) {
        if (tagIds.isEmpty()) {
            return;
        }
        Map<String, Object> columns = lead.indexed().carriedColumns();
        held.insert("""
                        INSERT INTO lead_tags (lead_id, tag_id, team_id, creator_user_id, created_at, updated_at, live,
                                               hidden, assigned_user_id, ownership_scope, ownership_id, stage_id, language,
                                               tag_mask)
                        VALUES (:leadId, :tagId, :teamId, :userId, :now, :now, :live,
                                :hidden, :assignedUserId, :ownershipScope, :ownershipId, :stageId, :language, :mask)
                        ON CONFLICT DO NOTHING
                        """,
                tagIds.stream().map(tagId -> new MapSqlParameterSource(columns).addValue("leadId", lead.id)
                        .addValue("tagId", tagId).addValue("userId", userId).addValue("now", now).addValue("mask", mask))
                        .toArray(SqlParameterSource[]::new));
    }

    void remove(long leadId, Collection<Long> tagIds) {
        if (tagIds.isEmpty()) {
            return;
        }
        jdbc.sql("DELETE FROM lead_tags WHERE lead_id = :leadId AND tag_id IN (:tagIds)")
                .param("leadId", leadId)
                .param("tagIds", tagIds)
                .update();
        index.tagsChanged(leadId);
    }

    void removeAll(long leadId) {
        jdbc.sql("DELETE FROM lead_tags WHERE lead_id = :leadId").param("leadId", leadId).update();
    }

    /** The ids of one lead's tags. */
    java.util.Set<Long> tagIds(long leadId) {
        return findForLeads(List.of(leadId)).stream().map(LeadTag::tagId).collect(java.util.stream.Collectors.toSet());
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
