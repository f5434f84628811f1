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
class SubscriptionRepository {

    private static final String COLUMNS = """
            id, team_id, user_id, list_id, callback_url, batch_limit, permission_mode, paused, secret, previous_secret,
            previous_secret_until, blocked_until, created_at""";

    private final JdbcClient jdbc;

    SubscriptionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Subscription s) {
        jdbc.sql("""
                        INSERT INTO webhook_subscriptions (id, team_id, user_id, list_id, callback_url, batch_limit,
                                                           permission_mode, paused, created_at)
                        VALUES (:id, :teamId, :userId, :listId, :url, :limit, :mode, FALSE, :createdAt)
                        """)
                .param("id", s.id())
                .param("teamId", s.teamId())
                .param("userId", s.userId())
                .param("listId", s.listId())
                .param("url", s.callbackUrl())
                .param("limit", s.limit())
                .param("mode", s.permissionMode())
                .param("createdAt", s.createdAt())
                .update();
    }

    /**
     * Every team's signed subscriptions whose callback URL contains {@code fragment}: the sandbox's receivers are the
     * server's, not a team's, and learn only whether a delivery verified.
     */
    List<Subscription> signedWithUrlContaining(String fragment) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM webhook_subscriptions WHERE secret IS NOT NULL AND callback_url LIKE :pattern")
                .param("pattern", "%" + fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .query(SubscriptionRepository::toSubscription)
                .list();
    }

    Optional<Subscription> find(long teamId, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM webhook_subscriptions WHERE team_id = :teamId AND id = :id")
                .param("teamId", teamId)
                .param("id", id)
                .query(SubscriptionRepository::toSubscription)
                .optional();
    }

    List<Subscription> ofTeam(long teamId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM webhook_subscriptions WHERE team_id = :teamId ORDER BY id")
                .param("teamId", teamId)
                .query(SubscriptionRepository::toSubscription)
                .list();
    }

    List<Listeners.Listener> listening(long teamId, int listId) {
        return jdbc.sql("SELECT id, user_id, permission_mode FROM webhook_subscriptions WHERE team_id = :teamId AND list_id = :listId")
                .param("teamId", teamId)
                .param("listId", listId)
                .query((rs, row) -> new Listeners.Listener(rs.getLong("id"), rs.getLong("user_id"), rs.getInt("permission_mode")))
                .list();
    }

    long count(long teamId, int listId) {
        return jdbc.sql("SELECT COUNT(*) FROM webhook_subscriptions WHERE team_id = :teamId AND list_id = :listId")
                .param("teamId", teamId)
                .param("listId", listId)
                .query(Long.class)
                .single();
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM webhook_subscriptions WHERE id = :id").param("id", id).update();
    }

    void setPaused(long id, boolean paused) {
        jdbc.sql("UPDATE webhook_subscriptions SET paused = :paused WHERE id = :id").param("paused", paused).param("id", id).update();
    }

    void rotateSecret(long id, String secret, @Nullable String previous, @Nullable OffsetDateTime previousUntil) {
        jdbc.sql("""
                        UPDATE webhook_subscriptions
                           SET secret = :secret, previous_secret = :previous, previous_secret_until = :until
                         WHERE id = :id
                        """)
                .param("secret", secret)
                .param("previous", previous)
                .param("until", previousUntil)
                .param("id", id)
                .update();
    }

    /**
     * One subscription with something to deliver whose retry time has come (events, or a pending message due: one the
     * sandbox holds back waits for its time), row-locked for this dispatcher; rows other dispatchers hold are skipped.
     * The least recently served goes first.
     */
    Optional<Subscription> claimDue(OffsetDateTime now) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM webhook_subscriptions s
                        WHERE s.paused = FALSE AND (s.blocked_until IS NULL OR s.blocked_until <= :now)
                          AND (EXISTS (SELECT 1 FROM webhook_messages m WHERE m.subscription_id = s.id AND m.status = 'PENDING' AND m.kind = 'EVENTS'
                                              AND (m.next_attempt_at IS NULL OR m.next_attempt_at <= :now))
                               OR EXISTS (SELECT 1 FROM webhook_events e WHERE e.subscription_id = s.id))
                        ORDER BY s.last_dispatch_at NULLS FIRST, s.id
                        FETCH FIRST 1 ROWS ONLY
                        FOR UPDATE SKIP LOCKED
                        """)
                .param("now", now)
                .query(SubscriptionRepository::toSubscription)
                .optional();
    }

    /** Holds the subscription for one delivery: other dispatchers pass it over until the lease ends or is released. */
    void lease(long id, OffsetDateTime until, String token) {
        jdbc.sql("UPDATE webhook_subscriptions SET blocked_until = :until, lease_token = :token WHERE id = :id")
                .param("until", until)
                .param("token", token)
                .param("id", id)
                .update();
    }

    /**
     * Ends the lease if it is still this dispatcher's; false when it ran out and another dispatcher took the
     * subscription over, or the subscription was deleted meanwhile.
     */
    boolean release(long id, String token, @Nullable OffsetDateTime blockedUntil, OffsetDateTime now) {
        return jdbc.sql("""
                        UPDATE webhook_subscriptions SET blocked_until = :blockedUntil, last_dispatch_at = :now, lease_token = NULL
                         WHERE id = :id AND lease_token = :token
                        """)
                .param("blockedUntil", blockedUntil)
                .param("now", now)
                .param("id", id)
                .param("token", token)
                .update() == 1;
    }

    /** In the transaction that subscribes or unsubscribes: every node's kept listeners are out of date at its commit. */
    void countChange() {
        jdbc.sql("UPDATE webhook_subscription_changes SET changes = changes + 1 WHERE id = 1").update();
    }

    /** How many subscribes and unsubscribes have committed, as this transaction sees them. */
    long changesCounted() {
        return jdbc.sql("SELECT changes FROM webhook_subscription_changes WHERE id = 1").query(Long.class).single();
    }

    /** Events waiting for a subscription that is not paused, a message pending, or one being sent. */
    boolean anythingToDeliver() {
        return jdbc.sql("""
                        SELECT CASE WHEN EXISTS (SELECT 1 FROM webhook_subscriptions WHERE lease_token IS NOT NULL)
                                      OR EXISTS (SELECT 1 FROM webhook_messages m JOIN webhook_subscriptions s ON s.id = m.subscription_id
                                                  WHERE m.status = 'PENDING' AND s.paused = FALSE)
                                      OR EXISTS (SELECT 1 FROM webhook_events e JOIN webhook_subscriptions s ON s.id = e.subscription_id
                                                  WHERE s.paused = FALSE)
                                    THEN 1 ELSE 0 END
                        """)
                .query(Integer.class).single() == 1;
    }

    /** Every subscription leased is free again (a lease holds it through blocked_until). */
    void forgetLeases() {
        jdbc.sql("UPDATE webhook_subscriptions SET blocked_until = NULL, lease_token = NULL WHERE lease_token IS NOT NULL").update();
    }

    void dispatched(long id, @Nullable OffsetDateTime blockedUntil, OffsetDateTime now) {
        jdbc.sql("UPDATE webhook_subscriptions SET blocked_until = :blockedUntil, last_dispatch_at = :now WHERE id = :id")
                .param("blockedUntil", blockedUntil)
                .param("now", now)
                .param("id", id)
                .update();
    }

    private static Subscription toSubscription(ResultSet rs, int row) throws SQLException {
        return new Subscription(
                rs.getLong("id"),
                rs.getLong("team_id"),
                rs.getLong("user_id"),
                rs.getInt("list_id"),
                rs.getString("callback_url"),
                rs.getInt("batch_limit"),
                rs.getInt("permission_mode"),
                rs.getBoolean("paused"),
                rs.getString("secret"),
                rs.getString("previous_secret"),
                rs.getObject("previous_secret_until", OffsetDateTime.class),
                rs.getObject("blocked_until", OffsetDateTime.class),
                rs.getObject("created_at", OffsetDateTime.class));
    }
}
