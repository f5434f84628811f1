package io.leadline.ratelimits;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
class RateLimitWindowRepository {

    private final JdbcClient jdbc;

    RateLimitWindowRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Lease(int granted, int usedAfter) {}

    /**
     * Takes up to {@code wanted} admissions from the window, never past {@code limit}. The row lock serialises the
     * nodes; the transaction is its own and short, and runs once per lease, not once per request.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Lease lease(long credentialId, long windowStart, int wanted, int limit) {
        jdbc.sql("""
                        INSERT INTO rate_limit_windows (credential_id, window_start, used)
                        VALUES (:credentialId, :windowStart, 0)
                        ON CONFLICT DO NOTHING
                        """)
                .param("credentialId", credentialId)
                .param("windowStart", windowStart)
                .update();
        int used = jdbc.sql("""
                        SELECT used FROM rate_limit_windows
                        WHERE credential_id = :credentialId AND window_start = :windowStart FOR UPDATE
                        """)
                .param("credentialId", credentialId)
                .param("windowStart", windowStart)
                .query(Integer.class)
                .single();
        int granted = Math.max(0, Math.min(wanted, limit - used));
        if (granted > 0) {
            jdbc.sql("""
                            UPDATE rate_limit_windows SET used = used + :granted
                            WHERE credential_id = :credentialId AND window_start = :windowStart
                            """)
                    .param("granted", granted)
                    .param("credentialId", credentialId)
                    .param("windowStart", windowStart)
                    .update();
        }
        return new Lease(granted, used + granted);
    }

    @Transactional
    public int purgeBefore(long windowStart) {
        return jdbc.sql("DELETE FROM rate_limit_windows WHERE window_start < :windowStart")
                .param("windowStart", windowStart)
                .update();
    }
}
