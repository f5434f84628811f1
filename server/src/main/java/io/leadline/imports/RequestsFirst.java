package io.leadline.imports;

import io.leadline.web.RequestsInProgress;
import java.time.Duration;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How an import yields to the API: before each of its steps — a batch read from the file, a row made, a statement
 * sent — it waits while this node is answering requests, so that a request arriving during an import has the
 * node's cores to itself but for the statement already running in the database. A step waits at most
 * {@link #LONGEST_WAIT}: a slow request delays an import, it never stops it. Requests on other nodes are not seen.
 * {@code leadline.imports.give-way-to-requests=false} runs imports flat out.
 */
@Component
class RequestsFirst {

    static final Duration LONGEST_WAIT = Duration.ofMillis(100);
    private static final long POLL_NANOS = Duration.ofNanos(200_000).toNanos();

    private final RequestsInProgress requests;
    private final boolean givingWay;
    private final LongAdder nanosWaited = new LongAdder();

    RequestsFirst(RequestsInProgress requests, @Value("${leadline.imports.give-way-to-requests:true}") boolean givingWay) {
        this.requests = requests;
        this.givingWay = givingWay;
    }

    /** Waits while requests are being answered here, up to {@link #LONGEST_WAIT}; returns at once when interrupted. */
    void giveWay() {
        if (!givingWay || !requests.any()) {
            return;
        }
        long started = System.nanoTime();
        long deadline = started + LONGEST_WAIT.toNanos();
        while (requests.any() && System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
            LockSupport.parkNanos(POLL_NANOS);
        }
        nanosWaited.add(System.nanoTime() - started);
    }

    /** How long imports on this node have waited for requests since it started. */
    Duration waited() {
        return Duration.ofNanos(nanosWaited.sum());
    }
}
