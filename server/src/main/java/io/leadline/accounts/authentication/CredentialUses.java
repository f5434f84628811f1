package io.leadline.accounts.authentication;

import io.leadline.web.Times;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Keeps each credential's last use, to the minute: a node writes it at most once a minute per key, so a key sending
 * hundreds of requests a second costs one small update a minute, not one per request. A failed write is not the
 * request's failure (the use is recorded by a later request).
 */
@Component
class CredentialUses {

    private static final Logger log = LoggerFactory.getLogger(CredentialUses.class);
    private static final int KEPT = 10_000;

    private final CredentialRepository credentials;
    private final Clock clock;
    private final Map<Long, OffsetDateTime> recordedMinute = new ConcurrentHashMap<>();

    CredentialUses(CredentialRepository credentials, Clock clock) {
        this.credentials = credentials;
        this.clock = clock;
    }

    void record(long credentialId) {
        OffsetDateTime minute = Times.now(clock).truncatedTo(ChronoUnit.MINUTES);
        OffsetDateTime recorded = recordedMinute.get(credentialId);
        if (recorded != null && !recorded.isBefore(minute)) {
            return;
        }
        if (recordedMinute.size() >= KEPT) {
            recordedMinute.clear();
        }
        recordedMinute.put(credentialId, minute);
        try {
            credentials.recordUse(credentialId, minute);
        } catch (DataAccessException e) {
            recordedMinute.remove(credentialId);
            log.debug("Last use of credential {} not recorded: {}", credentialId, e.getMessage());
        }
    }
}
