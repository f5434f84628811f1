package io.leadline.outbound;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * When a failed delivery is tried again, and when it is given up: after {@code attempts} tries, or once
 * {@code retryFor} has passed since it was first due, whichever comes first (null: no such limit).
 */
public record RetryPolicy(Backoff backoff, @Nullable Integer attempts, @Nullable Duration retryFor) {

    public RetryPolicy {
        if (attempts != null && attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, was " + attempts);
        }
        if (attempts == null && retryFor == null) {
            throw new IllegalArgumentException("a retry policy needs attempts or retry-for, or it never gives up");
        }
    }

    /**
     * After a failed try: the time of the next one, or empty to give up. {@code attemptsMade} counts the one that just
     * failed; {@code firstDueAt} is when the delivery was first due; {@code random} is in [0, 1).
     */
    public Optional<OffsetDateTime> nextTry(int attemptsMade, OffsetDateTime firstDueAt, OffsetDateTime now, double random) {
        if (attempts != null && attemptsMade >= attempts) {
            return Optional.empty();
        }
        if (retryFor != null && !now.isBefore(firstDueAt.plus(retryFor))) {
            return Optional.empty();
        }
        return Optional.of(now.plus(backoff.after(attemptsMade, random)));
    }
}
