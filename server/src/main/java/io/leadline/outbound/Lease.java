package io.leadline.outbound;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What makes claimed work one node's while it sends outside any transaction: a token written with the claim and an
 * end ({@code until}, by the server's clock, as the rows keep it). An outcome is recorded only where the token still
 * stands; a node that dies mid-send leaves the lease to run out, and another node then takes the work.
 * {@code endsAtNanos} is the same end on this node's monotonic timer, for waiting out a database away while the
 * lease lasts (the server's clock may be a test's, standing still).
 */
public record Lease(String token, OffsetDateTime until, long endsAtNanos) {

    public static Lease from(OffsetDateTime now, Duration length) {
        return new Lease(UUID.randomUUID().toString(), now.plus(length), System.nanoTime() + length.toNanos());
    }
}
