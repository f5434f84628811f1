package io.leadline.webhooks;

import io.leadline.database.AfterCommit;
import io.leadline.database.ListeningCache;
import io.leadline.database.NodeNotifications;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
    private final NodeNotifications notifications;

    Listeners(NodeNotifications notifications) {
        this.notifications = notifications;
    }

    /** Call inside a transaction: only what a committed one read is kept. */
    List<Listener> of(long teamId, int listId, Supplier<List<Listener>> load) {
        return keptOrLoaded(kept, new TeamList(teamId, listId), () -> List.copyOf(load.get()), MAX_ENTRIES);
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
