package io.leadline.sandbox.behaviours;

import io.leadline.sandbox.Sandboxed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Lofty's reads lag its writes: for a while after a lead is created or updated, reading it answers 404 and lists leave
 * it out. Off until a lag is set; the lag is measured on the server's clock, so moving the clock ends it.
 */
@Component
@Sandboxed
class ReadLag {

    private volatile @Nullable Duration lag;
    private final Map<Long, Instant> lagging = new ConcurrentHashMap<>();
    private final Clock clock;

    ReadLag(Clock clock) {
        this.clock = clock;
    }

    @Nullable Duration lag() {
        return lag;
    }

    /** A new lag starts afresh; setting the same one again changes nothing. */
    void set(@Nullable Duration lag) {
        if (!java.util.Objects.equals(this.lag, lag)) {
            this.lag = lag;
            lagging.clear();
        }
    }

    /** A write of the lead just answered: reads lag from now. */
    void written(long leadId) {
        Duration current = lag;
        if (current != null) {
            lagging.put(leadId, clock.instant().plus(current));
        }
    }

    boolean hides(long leadId) {
        Instant until = lagging.get(leadId);
        if (until == null) {
            return false;
        }
        if (!clock.instant().isBefore(until)) {
            lagging.remove(leadId, until);
            return false;
        }
        return true;
    }

    /** The leads reads leave out now; empty most of the time, so lists are answered untouched. */
    Set<Long> hidden() {
        return lagging.keySet().stream().filter(this::hides).collect(Collectors.toUnmodifiableSet());
    }
}
