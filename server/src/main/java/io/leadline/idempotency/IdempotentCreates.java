package io.leadline.idempotency;

import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.ErrorCode;
import io.leadline.web.Times;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a create at most once per (credential, Idempotency-Key) within 24 hours. The key row is claimed first and
 * completed with the resource id in the same transaction as the resource, so either both exist or neither does: a
 * crash can never leave a created lead whose retry creates another. A concurrent request with the same key waits on
 * the claimed primary key, fails on it once the first commits, and answers with the first one's resource.
 */
@Service
public class IdempotentCreates {

    static final Duration RETENTION = Duration.ofHours(24);
    static final int KEY_MAX = 255;
    private static final Logger log = LoggerFactory.getLogger(IdempotentCreates.class);

    private final IdempotencyKeyRepository keys;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final Clock clock;

    IdempotentCreates(IdempotencyKeyRepository keys, TransactionTemplate transactions, JsonMapper json, Clock clock) {
        this.keys = keys;
        this.transactions = transactions;
        this.json = json;
        this.clock = clock;
    }

    /**
     * The id of the resource {@code create} makes, or of the one an earlier request with this key made. The same key
     * with a different request (another body, path or kind of resource) is refused with 422.
     *
     * @param scope what besides the body identifies the request, such as the lead id in the path
     */
    public long run(Caller caller, @Nullable String key, String kind, String scope, Object request, LongSupplier create) {
        if (key == null) {
            return create.getAsLong();
        }
        if (key.isBlank() || key.length() > KEY_MAX) {
            throw ApiException.invalidField("Idempotency-Key", "must be 1 to " + KEY_MAX + " characters");
        }
        String hash = hash(kind + "\n" + scope + "\n" + json.writeValueAsString(request));
        try {
            Long id = transactions.execute(status -> earlier(caller, key, kind, hash).orElseGet(() -> {
                OffsetDateTime now = Times.now(clock);
                keys.claim(caller.credentialId(), key, hash, kind, now, now.minus(RETENTION));
                long created = create.getAsLong();
                keys.complete(caller.credentialId(), key, created);
                return created;
            }));
            return java.util.Objects.requireNonNull(id);
        } catch (DuplicateKeyException concurrentRetry) {
            return transactions.execute(status -> earlier(caller, key, kind, hash)).orElseThrow(() -> concurrentRetry);
        }
    }

    private Optional<Long> earlier(Caller caller, String key, String kind, String hash) {
        return keys.findSince(caller.credentialId(), key, Times.now(clock).minus(RETENTION)).map(stored -> {
            if (!stored.requestHash().equals(hash) || !stored.resourceKind().equals(kind)) {
                throw new ApiException(ErrorCode.IDEMPOTENCY_KEY_REUSED, "Idempotency-Key '" + key
                        + "' was already used with a different request in the last 24 hours");
            }
            return stored.resourceId();
        });
    }

    /**
     * Forgets the requests that created these resources (an erasure: the stored hash was taken of a body holding the
     * person's data). A retry with such a key creates anew. Answers how many keys were forgotten.
     */
    public int forget(String kind, java.util.Collection<Long> resourceIds) {
        return keys.forget(kind, resourceIds);
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    void purgeExpired() {
        int purged = keys.purgeBefore(Times.now(clock).minus(RETENTION));
        if (purged > 0) {
            log.info("Purged {} idempotency keys older than {}", purged, RETENTION);
        }
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
