package io.leadline.idempotency;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class IdempotencyKeyRepository {

    private final JdbcClient jdbc;

    IdempotencyKeyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record StoredKey(String requestHash, String resourceKind, long resourceId) {}

    Optional<StoredKey> findSince(long credentialId, String key, OffsetDateTime cutoff) {
        return jdbc.sql("""
                        SELECT request_hash, resource_kind, resource_id FROM idempotency_keys
                        WHERE credential_id = :credentialId AND idempotency_key = :key AND created_at > :cutoff
                        """)
                .param("credentialId", credentialId)
                .param("key", key)
                .param("cutoff", cutoff)
                .query((rs, row) -> new StoredKey(
                        rs.getString("request_hash"), rs.getString("resource_kind"), rs.getLong("resource_id")))
                .optional();
    }

    /**
     * Takes the key before the create runs. A second claim of the same key waits on the primary key until the first
     * transaction ends, then fails on it: that is how concurrent retries are told apart.
     */
    void claim(long credentialId, String key, String requestHash, String kind, OffsetDateTime now, OffsetDateTime cutoff) {
        deleteBefore(credentialId, key, cutoff);
        jdbc.sql("""
                        INSERT INTO idempotency_keys (credential_id, idempotency_key, request_hash, resource_kind,
                                                      resource_id, created_at)
                        VALUES (:credentialId, :key, :requestHash, :kind, 0, :now)
                        """)
                .param("credentialId", credentialId)
                .param("key", key)
                .param("requestHash", requestHash)
                .param("kind", kind)
                .param("now", now)
                .update();
    }

    void complete(long credentialId, String key, long resourceId) {
        jdbc.sql("""
                        UPDATE idempotency_keys SET resource_id = :resourceId
                        WHERE credential_id = :credentialId AND idempotency_key = :key
                        """)
                .param("resourceId", resourceId)
                .param("credentialId", credentialId)
                .param("key", key)
                .update();
    }

    int forget(String kind, java.util.Collection<Long> resourceIds) {
        if (resourceIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("DELETE FROM idempotency_keys WHERE resource_kind = :kind AND resource_id IN (:ids)")
                .param("kind", kind)
                .param("ids", resourceIds)
                .update();
    }

    private void deleteBefore(long credentialId, String key, OffsetDateTime cutoff) {
        jdbc.sql("""
                        DELETE FROM idempotency_keys
                        WHERE credential_id = :credentialId AND idempotency_key = :key AND created_at <= :cutoff
                        """)
                .param("credentialId", credentialId)
                .param("key", key)
                .param("cutoff", cutoff)
                .update();
    }

    int purgeBefore(OffsetDateTime cutoff) {
        return jdbc.sql("DELETE FROM idempotency_keys WHERE created_at <= :cutoff").param("cutoff", cutoff).update();
    }
}
