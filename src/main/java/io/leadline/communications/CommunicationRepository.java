package io.leadline.communications;

import io.leadline.search.Visibility;
import io.leadline.web.Caller;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CommunicationRepository {

    private static final String COLUMNS = """
            c.id, c.team_id, c.lead_id, c.channel, c.direction, c.type, c.agent_id, c.status, c.call_outcome, c.duration_seconds,
            c.lead_address, c.agent_address, c.subject, c.body, c.recording_url, c.provider, c.occurred_at, c.ended_at,
            c.created_at""";

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate batches;

    CommunicationRepository(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    void insert(Communication c) {
        jdbc.sql("""
                        INSERT INTO communications (id, team_id, lead_id, channel, direction, type, agent_id, status, call_outcome,
                            duration_seconds, lead_address, agent_address, subject, body, recording_url, provider, occurred_at,
                            ended_at, created_at)
                        VALUES (:id, :teamId, :leadId, :channel, :direction, :type, :agentId, :status, :callOutcome,
                            :durationSeconds, :leadAddress, :agentAddress, :subject, :body, :recordingUrl, :provider, :occurredAt,
                            :endedAt, :createdAt)
                        """)
                .param("id", c.id())
                .param("teamId", c.teamId())
                .param("leadId", c.leadId())
                .param("channel", c.channel().name())
                .param("direction", c.direction())
                .param("type", c.type())
                .param("agentId", c.agentId())
                .param("status", c.status())
                .param("callOutcome", c.callOutcome())
                .param("durationSeconds", c.durationSeconds())
                .param("leadAddress", c.leadAddress())
                .param("agentAddress", c.agentAddress())
                .param("subject", c.subject())
                .param("body", c.body())
                .param("recordingUrl", c.recordingUrl())
                .param("provider", c.provider())
                .param("occurredAt", c.occurredAt())
                .param("endedAt", c.endedAt())
                .param("createdAt", c.createdAt())
                .update();
    }

    void delete(long teamId, long id) {
        jdbc.sql("DELETE FROM communications WHERE team_id = :teamId AND id = :id").param("teamId", teamId).param("id", id).update();
    }

    /** One communication of a channel whose lead the caller may see (a live lead of the team). */
    Optional<Communication> findVisible(Caller caller, long id, Channel channel) {
        Visibility.SqlFilter visible = Visibility.where(caller);
        return jdbc.sql("SELECT " + COLUMNS + " FROM communications c" + Visibility.joinLiveLead("c.lead_id") + " WHERE c.id = :id"
                        + " AND c.channel = :channel AND c.team_id = :visTeamId AND " + visible.sql())
                .params(visible.params())
                .param("id", id)
                .param("channel", channel.name())
                .query(CommunicationRepository::toCommunication)
                .optional();
    }

    /** A lead's communications of one channel, newest first; after the entry {@code afterId} when given, else from offset. */
    List<Communication> forLead(long teamId, long leadId, Channel channel, @Nullable Communication after, long offset, int limit) {
        String keyset = after == null ? "" : " AND c.occurred_at <= :afterTime AND (c.occurred_at, c.id) < (:afterTime, :afterId)";
        return jdbc.sql("SELECT " + COLUMNS + " FROM communications c WHERE c.team_id = :teamId AND c.lead_id = :leadId"
                        + " AND c.channel = :channel" + keyset
                        + " ORDER BY c.lead_id DESC, c.channel DESC, c.occurred_at DESC, c.id DESC OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
                .param("teamId", teamId)
                .param("leadId", leadId)
                .param("channel", channel.name())
                .param("afterTime", after == null ? null : after.occurredAt())
                .param("afterId", after == null ? null : after.id())
                .param("offset", offset)
                .param("limit", limit)
                .query(CommunicationRepository::toCommunication)
                .list();
    }

    long countForLead(long teamId, long leadId, Channel channel) {
        return jdbc.sql("SELECT COUNT(*) FROM communications WHERE team_id = :teamId AND lead_id = :leadId AND channel = :channel")
                .param("teamId", teamId)
                .param("leadId", leadId)
                .param("channel", channel.name())
                .query(Long.class)
                .single();
    }

    Optional<Communication> findOnLead(long teamId, long leadId, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM communications c WHERE c.team_id = :teamId AND c.lead_id = :leadId AND c.id = :id")
                .param("teamId", teamId)
                .param("leadId", leadId)
                .param("id", id)
                .query(CommunicationRepository::toCommunication)
                .optional();
    }

    /**
     * The agent searches: communications of the channels in [from, to) on live leads, the caller's own (agentId) unless
     * {@code teamView}, then those on leads the caller may see; newest first, after the keyset when given.
     */
    List<Communication> search(Caller caller, List<Channel> channels, OffsetDateTime from, OffsetDateTime to, boolean teamView,
            @Nullable OffsetDateTime afterTime, @Nullable Long afterId, long offset, int limit) {
        Visibility.SqlFilter visible = Visibility.where(caller);
        Map<String, Object> params = new HashMap<>(visible.params());
        String who = teamView ? visible.sql() : "c.agent_id = :me AND l.team_id = :visTeamId";
        params.put("me", caller.userId());
        String keyset = afterTime == null ? "" : " AND c.occurred_at <= :afterTime AND (c.occurred_at, c.id) < (:afterTime, :afterId)";
        params.put("afterTime", afterTime);
        params.put("afterId", afterId);
        params.put("channels", channels.stream().map(Enum::name).toList());
        params.put("from", from);
        params.put("to", to);
        params.put("offset", offset);
        params.put("limit", limit);
        return jdbc.sql("SELECT " + COLUMNS + " FROM communications c" + Visibility.joinLiveLead("c.lead_id")
                        + " WHERE c.team_id = :visTeamId AND c.channel IN (:channels) AND c.occurred_at >= :from AND c.occurred_at < :to"
                        + " AND " + who + keyset + " ORDER BY c.occurred_at DESC, c.id DESC OFFSET :offset ROWS FETCH NEXT :limit ROWS ONLY")
                .params(params)
                .query(CommunicationRepository::toCommunication)
                .list();
    }

    long countSearch(Caller caller, List<Channel> channels, OffsetDateTime from, OffsetDateTime to, boolean teamView) {
        Visibility.SqlFilter visible = Visibility.where(caller);
        return jdbc.sql("SELECT COUNT(*) FROM communications c" + Visibility.joinLiveLead("c.lead_id")
                        + " WHERE c.team_id = :visTeamId AND c.channel IN (:channels) AND c.occurred_at >= :from AND c.occurred_at < :to AND "
                        + (teamView ? visible.sql() : "c.agent_id = :me AND l.team_id = :visTeamId"))
                .params(visible.params())
                .param("me", caller.userId())
                .param("channels", channels.stream().map(Enum::name).toList())
                .param("from", from)
                .param("to", to)
                .query(Long.class)
                .single();
    }

    /** A sent message and how its delivery stands. */
    record OutboxEntry(Communication message, int attempts, @Nullable String lastError, @Nullable OffsetDateTime nextAttemptAt,
            @Nullable OffsetDateTime sentAt, @Nullable String providerMessageId) {}

    /** Messages sent through Leadline (any carrier), newest first. */
    List<OutboxEntry> outbox(long teamId, @Nullable Long leadId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + ", c.attempts, c.last_error, c.next_attempt_at, c.sent_at, c.provider_message_id"
                        + " FROM communications c WHERE c.team_id = :teamId AND c.provider IS NOT NULL"
                        + (leadId == null ? "" : " AND c.lead_id = :leadId") + " ORDER BY c.created_at DESC, c.id DESC FETCH FIRST :limit ROWS ONLY")
                .param("teamId", teamId)
                .param("leadId", leadId)
                .param("limit", limit)
                .query((rs, n) -> new OutboxEntry(toCommunication(rs, n), rs.getInt("attempts"), rs.getString("last_error"),
                        rs.getObject("next_attempt_at", OffsetDateTime.class), rs.getObject("sent_at", OffsetDateTime.class),
                        rs.getString("provider_message_id")))
                .list();
    }

    /** Puts a recorded message in the outbox, due now. */
    void queue(long id, OffsetDateTime at) {
        jdbc.sql("UPDATE communications SET next_attempt_at = :at WHERE id = :id").param("at", at).param("id", id).update();
    }

    /** A message this node holds, with the attempts made so far (this one included). */
    record Claimed(Communication message, int attempts) {}

    /**
     * Takes up to {@code limit} due messages for this node: row locks other nodes skip, then a lease (token and end)
     * that keeps them this node's while it sends outside any transaction. A message whose lease ran out (its node died
     * or hung) is due again.
     */
    List<Claimed> claimDue(OffsetDateTime now, OffsetDateTime leasedUntil, String token, int limit) {
        List<Long> ids = jdbc.sql("""
                        SELECT id FROM communications
                        WHERE next_attempt_at <= :now AND (leased_until IS NULL OR leased_until < :now)
                        ORDER BY next_attempt_at FETCH FIRST :limit ROWS ONLY FOR UPDATE SKIP LOCKED
                        """)
                .param("now", now)
                .param("limit", limit)
                .query(Long.class)
                .list();
        if (ids.isEmpty()) {
            return List.of();
        }
        jdbc.sql("UPDATE communications SET lease_token = :token, leased_until = :until, attempts = attempts + 1 WHERE id IN (:ids)")
                .param("token", token)
                .param("until", leasedUntil)
                .param("ids", ids)
                .update();
        return jdbc.sql("SELECT " + COLUMNS + ", c.attempts FROM communications c WHERE c.lease_token = :token AND c.id IN (:ids)")
                .param("token", token)
                .param("ids", ids)
                .query((rs, n) -> new Claimed(toCommunication(rs, n), rs.getInt("attempts")))
                .list();
    }

    /** A delivery's outcome, to be written while the lease is still this node's. */
    record Outcome(long id, String status, @Nullable OffsetDateTime nextAttemptAt, @Nullable String providerId,
            @Nullable String error, @Nullable OffsetDateTime sentAt) {}

    /**
     * Records outcomes in one JDBC batch, each only while the message's lease is still {@code token} (a node whose
     * lease ran out and was taken over writes nothing).
     */
    void finish(String token, List<Outcome> outcomes) {
        batches.batchUpdate("""
                        UPDATE communications SET status = ?, next_attempt_at = ?, provider_message_id = COALESCE(?, provider_message_id),
                            last_error = ?, sent_at = ?, lease_token = NULL, leased_until = NULL
                        WHERE id = ? AND lease_token = ?
                        """, outcomes, outcomes.size(), (statement, o) -> {
                    statement.setString(1, o.status());
                    statement.setObject(2, o.nextAttemptAt());
                    statement.setString(3, o.providerId());
                    statement.setString(4, o.error() == null ? null : o.error().length() > 2000 ? o.error().substring(0, 2000) : o.error());
                    statement.setObject(5, o.sentAt());
                    statement.setLong(6, o.id());
                    statement.setString(7, token);
                });
    }

    private static Communication toCommunication(ResultSet rs, int row) throws SQLException {
        return new Communication(
                rs.getLong("id"), rs.getLong("team_id"), rs.getLong("lead_id"), Channel.valueOf(rs.getString("channel")),
                rs.getString("direction"), rs.getString("type"), rs.getObject("agent_id", Long.class), rs.getString("status"),
                rs.getString("call_outcome"), rs.getObject("duration_seconds", Integer.class), rs.getString("lead_address"),
                rs.getString("agent_address"), rs.getString("subject"), rs.getString("body"), rs.getString("recording_url"),
                rs.getString("provider"), rs.getObject("occurred_at", OffsetDateTime.class),
                rs.getObject("ended_at", OffsetDateTime.class), rs.getObject("created_at", OffsetDateTime.class));
    }
}
