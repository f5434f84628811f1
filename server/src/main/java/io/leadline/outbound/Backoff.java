package io.leadline.outbound;

import java.time.Duration;

/**
 * How long a failed delivery waits before its next try: {@code first}, doubled for each attempt already made, at most
 * {@code max} (even the first), then spread by ±{@code jitter} (0.2: ±20%) so a fleet of failed receivers does not
 * retry in step. Pure: the caller supplies the random number.
 */
public record Backoff(Duration first, Duration max, double jitter) {

    public Backoff {
        if (first.isNegative() || first.isZero() || max.isNegative() || max.isZero()) {
            throw new IllegalArgumentException("a backoff's waits are positive, was first " + first + ", max " + max);
        }
        if (jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("a backoff's jitter is a fraction in [0, 1), was " + jitter);
        }
    }

    /** The wait after {@code attempts} tries (1: the first failed); {@code random} is in [0, 1). */
    public Duration after(int attempts, double random) {
        long firstMillis = first.toMillis();
        long maxMillis = max.toMillis();
        int doublings = Math.min(Math.max(attempts - 1, 0), 62);
        long base = firstMillis > (maxMillis >> doublings) ? maxMillis : firstMillis << doublings;
        return Duration.ofMillis((long) (base * (1 - jitter + 2 * jitter * random)));
    }
}
