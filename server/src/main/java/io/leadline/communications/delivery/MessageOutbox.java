package io.leadline.communications.delivery;

import io.leadline.communications.records.Communication;
import io.leadline.communications.records.CommunicationRepository;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The messages Leadline sends, as an outbox on their communication rows: queued, claimed with a lease, finished. */
@Repository
public class MessageOutbox {

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    MessageOutbox(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** A sent message and how its delivery stands. */
    public record OutboxEntry(Communication message, int attempts, @Nullable String lastError, @Nullable OffsetDateTime nextAttemptAt,
            @Nullable OffsetDateTime sentAt, @Nullable String providerMessageId) {}

    /** Messages sent through Leadline (any carrier), newest first. */
    public List<OutboxEntry> outbox(long teamId, @Nullable Long leadId, int limit) {
        return jdbc.sql("SELECT " + CommunicationRepository.COLUMNS + ", c.attempts, c.last_error, c.next_attempt_at, c.sent_at, c.provider_message_id"
                        + " FROM communications c WHERE c.team_id = :teamId AND c.provider IS NOT NULL"
                        + (leadId == null ? "" : " AND c.lead_id = :leadId") + " ORDER BY c.created_at DESC, c.id DESC FETCH FIRST :limit ROWS ONLY")
                .param("teamId", teamId)
                .param("leadId", leadId)
                .param("limit", limit)
                .query((rs, n) -> new OutboxEntry(CommunicationRepository.toCommunication(rs, n), rs.getInt("attempts"), rs.getString("last_error"),
                        rs.getObject("next_attempt_at", OffsetDateTime.class), rs.getObject("sent_at", OffsetDateTime.class),
                        rs.getString("provider_message_id")))
                .list();
    }

    /**
     * Messages the capture carrier "sent", newest first, of every team unless one is named: the sandbox's view, which
     * is the server's, not a team's. {@code recipient} is the lead's address the message went to.
     */
    public List<OutboxEntry> captured(@Nullable Long teamId, @Nullable Long leadId, @Nullable String recipient, int limit) {
        return jdbc.sql("SELECT " + CommunicationRepository.COLUMNS + ", c.attempts, c.last_error, c.next_attempt_at, c.sent_at, c.provider_message_id"
                        + " FROM communications c WHERE c.provider = 'capture'"
                        + (teamId == null ? "" : " AND c.team_id = :teamId") + (leadId == null ? "" : " AND c.lead_id = :leadId")
                        + (recipient == null ? "" : " AND LOWER(c.lead_address) = LOWER(:recipient)")
                        + " ORDER BY c.created_at DESC, c.id DESC FETCH FIRST :limit ROWS ONLY")
                .param("teamId", teamId)
                .param("leadId", leadId)
                .param("recipient", recipient)
                .param("limit", limit)
                .query((rs, n) -> new OutboxEntry(CommunicationRepository.toCommunication(rs, n), rs.getInt("attempts"), rs.getString("last_error"),
                        rs.getObject("next_attempt_at", OffsetDateTime.class), rs.getObject("sent_at", OffsetDateTime.class),
                        rs.getString("provider_message_id")))
                .list();
    }

    /** Puts a recorded message in the outbox, due now. */
    public void queue(long id, OffsetDateTime at) {
        jdbc.sql("UPDATE communications SET next_attempt_at = :at WHERE id = :id").param("at", at).param("id", id).update();
    }

    /** A message this node holds, with the attempts made so far (this one included). */
    record Claimed(Communication message, int attempts) {}

    /** Every message leased is free again. */
    void forgetLeases() {
        jdbc.sql("UPDATE communications SET lease_token = NULL, leased_until = NULL WHERE lease_token IS NOT NULL").update();
    }

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
        return jdbc.sql("SELECT " + CommunicationRepository.COLUMNS + ", c.attempts FROM communications c WHERE c.lease_token = :token AND c.id IN (:ids)")
                .param("token", token)
                .param("ids", ids)
                .query((rs, n) -> new Claimed(CommunicationRepository.toCommunication(rs, n), rs.getInt("attempts")))
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
}
