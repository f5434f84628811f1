package io.leadline.communications.records;

import io.leadline.communications.Channel;
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
public class CommunicationRepository {

    public static final String COLUMNS = """
            c.id, c.team_id, c.lead_id, c.channel, c.direction, c.type, c.agent_id, c.status, c.call_outcome, c.duration_seconds,
            c.lead_address, c.agent_address, c.subject, c.body, c.recording_url, c.provider, c.occurred_at, c.ended_at,
            c.created_at""";

    private final JdbcClient jdbc;

    CommunicationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Communication c) {
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

    public void delete(long teamId, long id) {
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

    /** Reads the row a query selected {@link #COLUMNS} of. */
    public static Communication toCommunication(ResultSet rs, int row) throws SQLException {
        return new Communication(
                rs.getLong("id"), rs.getLong("team_id"), rs.getLong("lead_id"), Channel.valueOf(rs.getString("channel")),
                rs.getString("direction"), rs.getString("type"), rs.getObject("agent_id", Long.class), rs.getString("status"),
                rs.getString("call_outcome"), rs.getObject("duration_seconds", Integer.class), rs.getString("lead_address"),
                rs.getString("agent_address"), rs.getString("subject"), rs.getString("body"), rs.getString("recording_url"),
                rs.getString("provider"), rs.getObject("occurred_at", OffsetDateTime.class),
                rs.getObject("ended_at", OffsetDateTime.class), rs.getObject("created_at", OffsetDateTime.class));
    }
}
