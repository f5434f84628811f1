/**
 * The outbound kernel: what webhooks and messages share in getting work out of the server — workers with their
 * wake-ups and lifecycle ({@link io.leadline.outbound.OutboundChannel}), the lease that makes claimed work one node's,
 * the retry schedule and give-up rule ({@link io.leadline.outbound.Backoff},
 * {@link io.leadline.outbound.RetryPolicy}), and the settings names both use. Knows no channel.
 * <p>
 * Tables written: none.
 */
@ApplicationModule(allowedDependencies = {"clock", "database"})
@NullMarked
package io.leadline.outbound;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
