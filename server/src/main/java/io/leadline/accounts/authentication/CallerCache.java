package io.leadline.accounts.authentication;

import io.leadline.database.AfterCommit;
import io.leadline.web.Caller;
import io.leadline.database.ListeningCache;
import io.leadline.database.NodeNotifications;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Who a credential acts for, kept between requests so that authentication reads nothing (LL-18). Every write that
 * changes an answer (a key revoked or its limit changed, a member's role or deactivation, an office added or moved)
 * calls {@link #changed()} in its transaction; at commit every node, this one included, empties its cache. The cache is
 * used only while this node listens for those notifications (PostgreSQL): on the embedded database, and whenever the
 * listening connection is down, every request reads the database as before. A load that raced with a change is not
 * kept ({@link #generation()}).
 */
@Component
public class CallerCache extends ListeningCache {

    static final String CHANNEL = "leadline_auth_changed";
    /** A bound on anything a lost notification could leave behind. */
    private static final long MAX_AGE_NANOS = Duration.ofMinutes(1).toNanos();
    private static final int MAX_ENTRIES = 100_000;

    /** A credential as authentication needs it: the caller, and what is checked on every use. */
    record Entry(Caller caller, String scheme, @Nullable OffsetDateTime expiresAt, long loadedAtNanos) {

        boolean usableAt(OffsetDateTime now) {
            return expiresAt == null || now.isBefore(expiresAt);
        }
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final NodeNotifications notifications;
    private final Counter hits;
    private final Counter misses;

    CallerCache(NodeNotifications notifications, MeterRegistry metrics) {
        this.notifications = notifications;
        this.hits = metrics.counter("leadline.auth.cache", "result", "hit");
        this.misses = metrics.counter("leadline.auth.cache", "result", "miss");
    }

    @Nullable Entry find(String keyHash) {
        Entry entry = listening() ? entries.get(keyHash) : null;
        if (entry != null && System.nanoTime() - entry.loadedAtNanos() < MAX_AGE_NANOS) {
            hits.increment();
            return entry;
        }
        misses.increment();
        return null;
    }

    /** Taken before loading; {@link #keep} drops the load when a change came in meanwhile. */
    long generation() {
        return generationNow();
    }

    void keep(String keyHash, Entry entry, long generationBeforeLoad) {
        if (listening()) {
            keep(entries, keyHash, entry, generationBeforeLoad, MAX_ENTRIES);
        }
    }

    /** In the writing transaction: every node forgets what it knows once the change commits. */
    public void changed() {
        notifications.send(CHANNEL);
        AfterCommit.run(this::forget);
    }

    @Override
    protected void clear() {
        entries.clear();
    }

    @Override
    public String channel() {
        return CHANNEL;
    }
}
