package io.leadline.webhooks;

import io.leadline.web.AfterCommit;
import io.leadline.web.ListeningCache;
import io.leadline.web.NodeNotifications;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Who listens to each team's lists, kept in memory: every lead write asks, and most find nobody (LL-18). A listener is
 * what never changes in a subscription (its id, member and permission mode); subscribing or unsubscribing empties every
 * node's lists at its commit (PostgreSQL notifications). While this node does not hear them (the embedded database, or
 * the listening connection down), every write reads the database. A kept listener unsubscribed meanwhile costs nothing:
 * its events are written only while its subscription exists ({@link EventRepository}).
 */
@Component
class Listeners extends ListeningCache {

    static final String CHANNEL = "leadline_webhook_subscriptions";
    private static final int MAX_ENTRIES = 100_000;

    /** The part of a subscription an event's recipients are decided by. */
    record Listener(long subscriptionId, long userId, int permissionMode) {}

    private record TeamList(long teamId, int listId) {}

    private final Map<TeamList, List<Listener>> kept = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final NodeNotifications notifications;

    Listeners(NodeNotifications notifications) {
        this.notifications = notifications;
    }

    /** Call inside a transaction: only what a committed one read is kept. */
    List<Listener> of(long teamId, int listId, Supplier<List<Listener>> load) {
        if (!listening()) {
            return load.get();
        }
        TeamList key = new TeamList(teamId, listId);
        List<Listener> known = kept.get(key);
        if (known != null) {
            return known;
        }
        long generationBeforeLoad = generation.get();
        List<Listener> loaded = List.copyOf(load.get());
        AfterCommit.run(() -> keep(key, loaded, generationBeforeLoad));
        return loaded;
    }

    /** In the transaction that subscribes or unsubscribes. */
    void changed() {
        notifications.send(CHANNEL);
        AfterCommit.run(this::clear);
    }

    private void keep(TeamList key, List<Listener> listeners, long generationBeforeLoad) {
        if (!listening() || generation.get() != generationBeforeLoad) {
            return;
        }
        if (kept.size() >= MAX_ENTRIES) {
            kept.clear();
        }
        kept.put(key, listeners);
        if (generation.get() != generationBeforeLoad) {
            kept.remove(key, listeners);
        }
    }

    @Override
    protected void clear() {
        generation.incrementAndGet();
        kept.clear();
    }

    @Override
    public String channel() {
        return CHANNEL;
    }
}
