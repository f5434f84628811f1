package io.leadline.routing.decisions;

import io.leadline.routing.BusinessType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class OfferRepository {

    public record Offer(long leadId, long teamId, long ruleId, BusinessType businessType, int roleId, long scopeKey,
                 OffsetDateTime offeredAt, OffsetDateTime expiresAt) {}

    private static final String COLUMNS = "lead_id, team_id, rule_id, business_type, role_id, scope_key, offered_at, expires_at";

    private final JdbcClient jdbc;

    OfferRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Offer offer, List<Long> memberIds) {
        jdbc.sql("INSERT INTO routing_offers (" + COLUMNS + """
                        ) VALUES (:leadId, :teamId, :ruleId, :type, :roleId, :scopeKey, :offeredAt, :expiresAt)
                        """)
                .param("leadId", offer.leadId())
                .param("teamId", offer.teamId())
                .param("ruleId", offer.ruleId())
                .param("type", offer.businessType().code)
                .param("roleId", offer.roleId())
                .param("scopeKey", offer.scopeKey())
                .param("offeredAt", offer.offeredAt())
                .param("expiresAt", offer.expiresAt())
                .update();
        for (long memberId : memberIds) {
            jdbc.sql("INSERT INTO routing_offer_members (lead_id, user_id) VALUES (:leadId, :userId)")
                    .param("leadId", offer.leadId())
                    .param("userId", memberId)
                    .update();
        }
    }

    /** The lead's open offer, row-locked: a claim and an expiry of the same offer cannot both win. */
    public Optional<Offer> lock(long teamId, long leadId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM routing_offers WHERE team_id = :teamId AND lead_id = :leadId FOR UPDATE")
                .param("teamId", teamId)
                .param("leadId", leadId)
                .query(OfferRepository::toOffer)
                .optional();
    }

    public List<Long> members(long leadId) {
        return jdbc.sql("SELECT user_id FROM routing_offer_members WHERE lead_id = :leadId ORDER BY user_id")
                .param("leadId", leadId)
                .query(Long.class)
                .list();
    }

    public void delete(long leadId) {
        jdbc.sql("DELETE FROM routing_offers WHERE lead_id = :leadId").param("leadId", leadId).update();
    }

    /** A lead offered to a member, and until when. */
    public record Waiting(long leadId, OffsetDateTime expiresAt) {}

    /** The leads offered to the member that are still open, soonest to run out first. */
    public List<Waiting> offeredTo(long teamId, long userId, OffsetDateTime now) {
        return jdbc.sql("""
                        SELECT o.lead_id, o.expires_at FROM routing_offers o
                        JOIN routing_offer_members m ON m.lead_id = o.lead_id AND m.user_id = :userId
                        WHERE o.team_id = :teamId AND o.expires_at > :now
                        ORDER BY o.expires_at, o.lead_id
                        """)
                .param("teamId", teamId)
                .param("userId", userId)
                .param("now", now)
                .query((rs, row) -> new Waiting(rs.getLong("lead_id"), rs.getObject("expires_at", OffsetDateTime.class)))
                .list();
    }

    public record Due(long teamId, long leadId) {}

    public List<Due> due(OffsetDateTime now, int limit) {
        return jdbc.sql("SELECT team_id, lead_id FROM routing_offers WHERE expires_at <= :now ORDER BY expires_at LIMIT :limit")
                .param("now", now)
                .param("limit", limit)
                .query((rs, row) -> new Due(rs.getLong("team_id"), rs.getLong("lead_id")))
                .list();
    }

    private static Offer toOffer(ResultSet rs, int row) throws SQLException {
        return new Offer(
                rs.getLong("lead_id"),
                rs.getLong("team_id"),
                rs.getLong("rule_id"),
                BusinessType.of("businessType", rs.getInt("business_type")),
                rs.getInt("role_id"),
                rs.getLong("scope_key"),
                rs.getObject("offered_at", OffsetDateTime.class),
                rs.getObject("expires_at", OffsetDateTime.class));
    }
}
