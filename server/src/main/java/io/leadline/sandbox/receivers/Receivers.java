package io.leadline.sandbox.receivers;

import io.leadline.sandbox.SandboxProperties;
import io.leadline.sandbox.Sandboxed;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What reached each receiver, its last {@code receiver-size} deliveries; a receiver exists from its first delivery,
 * and at most {@code max-receivers} exist (the endpoint is open to anyone who reaches the port).
 */
@Component
@Sandboxed
class Receivers {

    record Delivery(long id, Instant at, Map<String, String> headers, @Nullable String body, boolean bodyTruncated,
            @Nullable Boolean signatureVerified) {}

    private final int perReceiver;
    private final int maxReceivers;
    private final Map<String, Deque<Delivery>> byName = new HashMap<>();
    private long nextId = 1;

    Receivers(SandboxProperties properties) {
        this.perReceiver = properties.receiverSize();
        this.maxReceivers = properties.maxReceivers();
    }

    /** The delivery's id; null when its receiver would be one too many. */
    synchronized @Nullable Long record(String name, Instant at, Map<String, String> headers, @Nullable String body,
            boolean bodyTruncated, @Nullable Boolean signatureVerified) {
        Deque<Delivery> deliveries = byName.get(name);
        if (deliveries == null) {
            if (byName.size() >= maxReceivers) {
                return null;
            }
            deliveries = new ArrayDeque<>();
            byName.put(name, deliveries);
        }
        if (deliveries.size() == perReceiver) {
            deliveries.removeFirst();
        }
        long id = nextId++;
        deliveries.addLast(new Delivery(id, at, headers, body, bodyTruncated, signatureVerified));
        return id;
    }

    /** Oldest first; none for a receiver nothing reached. */
    synchronized List<Delivery> deliveries(String name) {
        Deque<Delivery> deliveries = byName.get(name);
        return deliveries == null ? List.of() : List.copyOf(deliveries);
    }

    synchronized void clear(String name) {
        byName.remove(name);
    }

    synchronized void clearAll() {
        byName.clear();
    }
}
