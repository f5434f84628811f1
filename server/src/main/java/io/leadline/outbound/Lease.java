package io.leadline.outbound;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What makes claimed work one node's while it sends outside any transaction: a token written with the claim and an
 * end. An outcome is recorded only where the token still stands; a node that dies mid-send leaves the lease to run
 * out, and another node then takes the work.
 */
public record Lease(String token, OffsetDateTime until) {

    public static Lease from(OffsetDateTime now, Duration length) {
        return new Lease(UUID.randomUUID().toString(), now.plus(length));
    }
}
