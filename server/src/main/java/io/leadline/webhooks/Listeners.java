package io.leadline.webhooks;

import io.leadline.database.AfterCommit;
import io.leadline.database.ListeningCache;
import io.leadline.database.NodeNotifications;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Who listens to each team's lists, kept in memory: every lead write asks, and most find nobody (LL-18). A listener is
 * what never changes in a subscription (its id, member and permission mode); subscribing or unsubscribing empties every
 * node's lists at its commit (PostgreSQL notifications). A notification takes a moment to arrive, so a write also
 * compares the count of subscribes and unsubscribes committed ({@code webhook_subscription_changes}, one row read by
 * key) with the count its lists were kept at: a change another node committed before the write began is followed even
 * if not yet heard. While this node does not hear notifications (the embedded database, or the listening connection
 * down), every write reads the database. A kept listener unsubscribed meanwhile costs nothing: its events are written
 * only while its subscription exists ({@link EventRepository}).
 */
@Component
class Listeners extends ListeningCache {

    static final String CHANNEL = "leadline_webhook_subscriptions";
    private static final int MAX_ENTRIES = 100_000;

    /** The part of a subscription an event's recipients are decided by. */
    record Listener(long subscriptionId, long userId, int permissionMode) {}

    private record TeamList(long teamId, int listId) {}

    private final Map<TeamList, List<Listener>> kept = new ConcurrentHashMap<>();
    private volatile long keptAt = -1;
    private final NodeNotifications notifications;

    Listeners(NodeNotifications notifications) {
        this.notifications = notifications;
    }

    /** Call inside a transaction: only what a committed one read is kept. */
    List<Listener> of(long teamId, int listId, LongSupplier changesCounted, Supplier<List<Listener>> load) {
        if (listening()) {
            follow(changesCounted.getAsLong());
        }
        return keptOrLoaded(kept, new TeamList(teamId, listId), () -> List.copyOf(load.get()), MAX_ENTRIES);
    }

    /**
     * Forgets the lists when the count differs from the one they were kept at. What is loaded after the forget was read
     * after the change committed, so it is never older than the count it is kept at.
     */
    private void follow(long changes) {
        if (changes != keptAt) {
            forget();
            keptAt = changes;
        }
    }

    /** In the transaction that subscribes or unsubscribes. */
    void changed() {
        notifications.send(CHANNEL);
        AfterCommit.run(this::forget);
    }

    @Override
    protected void clear() {
        kept.clear();
    }

    @Override
    public String channel() {
        return CHANNEL;
    }
}
