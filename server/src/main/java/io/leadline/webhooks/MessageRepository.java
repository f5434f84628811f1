package io.leadline.webhooks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MessageRepository {

    private static final String COLUMNS = """
            id, subscription_id, kind, payload, event_count, first_event_at, status, attempts, next_attempt_at, created_at,
            finished_at""";


    private final JdbcClient jdbc;

    MessageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Message m) {
        jdbc.sql("INSERT INTO webhook_messages (" + COLUMNS + """
                        ) VALUES (:id, :sub, :kind, :payload, :count, :firstEventAt, :status, :attempts, :next, :createdAt, :finishedAt)
                        """)
                .param("id", m.id())
                .param("sub", m.subscriptionId())
                .param("kind", m.kind())
                .param("payload", m.payload())
                .param("count", m.eventCount())
                .param("firstEventAt", m.firstEventAt())
                .param("status", m.status())
                .param("attempts", m.attempts())
                .param("next", m.nextAttemptAt())
                .param("createdAt", m.createdAt())
                .param("finishedAt", m.finishedAt())
                .update();
    }

    /** The oldest batch of events still to deliver; pings are sent by the request that makes them, never here. */
    /**
     * The subscription's oldest pending message whose time has come. A retry's or a late message's time is also when
     * its subscription is let go, so only a message held back while later ones go ahead (the sandbox) is passed over.
     */
    Optional<Message> oldestDue(long subscriptionId, OffsetDateTime now) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM webhook_messages WHERE subscription_id = :sub AND status = 'PENDING' AND kind = 'EVENTS'
                          AND (next_attempt_at IS NULL OR next_attempt_at <= :now)
                         ORDER BY id FETCH FIRST 1 ROWS ONLY
                        """)
                .param("sub", subscriptionId)
                .param("now", now)
                .query(MessageRepository::toMessage)
                .optional();
    }

    Optional<Message> find(long subscriptionId, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM webhook_messages WHERE subscription_id = :sub AND id = :id")
                .param("sub", subscriptionId)
                .param("id", id)
                .query(MessageRepository::toMessage)
                .optional();
    }

    List<Message> latest(long subscriptionId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM webhook_messages WHERE subscription_id = :sub ORDER BY id DESC FETCH FIRST :limit ROWS ONLY")
                .param("sub", subscriptionId)
                .param("limit", limit)
                .query(MessageRepository::toMessage)
                .list();
    }

    void settle(long id, String status, int attempts, @Nullable OffsetDateTime nextAttemptAt, @Nullable OffsetDateTime finishedAt) {
        jdbc.sql("""
                        UPDATE webhook_messages SET status = :status, attempts = :attempts, next_attempt_at = :next,
                               finished_at = :finished WHERE id = :id
                        """)
                .param("status", status)
                .param("attempts", attempts)
                .param("next", nextAttemptAt)
                .param("finished", finishedAt)
                .param("id", id)
                .update();
    }

    /** Finished batches of events made since {@code since} go back to pending, to be sent again as they were. */
    int requeueSince(long subscriptionId, OffsetDateTime since) {
        return jdbc.sql("""
                        UPDATE webhook_messages SET status = 'PENDING', next_attempt_at = NULL, finished_at = NULL
                         WHERE subscription_id = :sub AND kind = 'EVENTS' AND status <> 'PENDING' AND created_at >= :since
                        """)
                .param("sub", subscriptionId)
                .param("since", since)
                .update();
    }

    void insertAttempt(Attempt a) {
        jdbc.sql("""
                        INSERT INTO webhook_attempts (id, message_id, attempted_at, http_status, latency_ms, error, response_excerpt)
                        VALUES (:id, :messageId, :at, :httpStatus, :latency, :error, :excerpt)
                        """)
                .param("id", a.id())
                .param("messageId", a.messageId())
                .param("at", a.attemptedAt())
                .param("httpStatus", a.httpStatus())
                .param("latency", a.latencyMs())
                .param("error", a.error())
                .param("excerpt", a.responseExcerpt())
                .update();
    }

    List<Attempt> attempts(List<Long> messageIds) {
        if (messageIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT id, message_id, attempted_at, http_status, latency_ms, error, response_excerpt
                          FROM webhook_attempts WHERE message_id IN (:ids) ORDER BY id
                        """)
                .param("ids", messageIds)
                .query((rs, row) -> new Attempt(rs.getLong("id"), rs.getLong("message_id"),
                        rs.getObject("attempted_at", OffsetDateTime.class), rs.getObject("http_status", Integer.class),
                        rs.getLong("latency_ms"), rs.getString("error"), rs.getString("response_excerpt")))
                .list();
    }

    int deleteFinishedBefore(OffsetDateTime before) {
        return jdbc.sql("DELETE FROM webhook_messages WHERE status <> 'PENDING' AND finished_at < :before")
                .param("before", before)
                .update();
    }

    private static Message toMessage(ResultSet rs, int row) throws SQLException {
        return new Message(
                rs.getLong("id"),
                rs.getLong("subscription_id"),
                rs.getString("kind"),
                rs.getString("payload"),
                rs.getInt("event_count"),
                rs.getObject("first_event_at", OffsetDateTime.class),
                rs.getString("status"),
                rs.getInt("attempts"),
                rs.getObject("next_attempt_at", OffsetDateTime.class),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("finished_at", OffsetDateTime.class));
    }
}
