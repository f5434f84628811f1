package io.leadline.webhooks;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class EventRepository {

    record PendingEvent(long id, String bucket, String item, OffsetDateTime createdAt) {}

    record NewEvent(long id, long subscriptionId, String bucket, String item, OffsetDateTime at) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    EventRepository(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /**
     * Many events in one JDBC batch. A subscription deleted since its listener was kept ({@link Listeners}) gets
     * nothing, instead of failing the writer's transaction on the foreign key.
     */
    void insertAll(List<NewEvent> events) {
        batches.batchUpdate("""
                        INSERT INTO webhook_events (id, subscription_id, bucket, item, created_at)
                        SELECT CAST(? AS BIGINT), id, CAST(? AS VARCHAR(40)), CAST(? AS VARCHAR(4000)),
                               CAST(? AS TIMESTAMP WITH TIME ZONE)
                          FROM webhook_subscriptions WHERE id = ?
                        """,
                events, 500, (statement, event) -> {
                    statement.setLong(1, event.id());
                    statement.setString(2, event.bucket());
                    statement.setString(3, event.item());
                    statement.setObject(4, event.at());
                    statement.setLong(5, event.subscriptionId());
                });
    }

    /** The subscription's oldest undelivered events, in the order they were written. */
    List<PendingEvent> oldest(long subscriptionId, int limit) {
        return jdbc.sql("""
                        SELECT id, bucket, item, created_at FROM webhook_events
                         WHERE subscription_id = :sub ORDER BY id FETCH FIRST :limit ROWS ONLY
                        """)
                .param("sub", subscriptionId)
                .param("limit", limit)
                .query((rs, row) -> new PendingEvent(rs.getLong("id"), rs.getString("bucket"), rs.getString("item"),
                        rs.getObject("created_at", OffsetDateTime.class)))
                .list();
    }

    /**
     * Tells every node's dispatchers, through PostgreSQL, that events await; delivered at commit, and not at all if
     * the transaction rolls back. On H2 there is one node, woken in memory after the commit.
     */
    void delete(List<Long> ids) {
        jdbc.sql("DELETE FROM webhook_events WHERE id IN (:ids)").param("ids", ids).update();
    }

    /** Events waiting per subscription of the team, in one statement (a subscription with none is absent). */
    java.util.Map<Long, Long> pendingOfTeam(long teamId) {
        java.util.Map<Long, Long> waiting = new java.util.HashMap<>();
        jdbc.sql("""
                        SELECT e.subscription_id, COUNT(*) AS waiting FROM webhook_events e
                          JOIN webhook_subscriptions s ON s.id = e.subscription_id
                         WHERE s.team_id = :teamId GROUP BY e.subscription_id
                        """)
                .param("teamId", teamId)
                .query(rs -> {
                    waiting.put(rs.getLong("subscription_id"), rs.getLong("waiting"));
                });
        return waiting;
    }

    long pending(long subscriptionId) {
        return jdbc.sql("SELECT COUNT(*) FROM webhook_events WHERE subscription_id = :sub").param("sub", subscriptionId)
                .query(Long.class).single();
    }
}
