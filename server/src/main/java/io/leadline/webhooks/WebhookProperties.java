package io.leadline.webhooks;

import io.leadline.outbound.Backoff;
import io.leadline.outbound.RetryPolicy;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code leadline.webhooks.*}. Defaults are in application.yml. {@code allowInsecureTargets} lets callback URLs use
 * http and point at loopback or private addresses — for local development and tests only. {@code dispatch} false
 * makes a node write events but leave delivering them to other nodes. The delivery settings share their names with
 * {@code leadline.messages.*} (docs/operations.md, "Deliveries").
 */
@ConfigurationProperties("leadline.webhooks")
record WebhookProperties(
        boolean allowInsecureTargets,
        int maxSubscriptionsPerList,
        Duration timeout,
        @Nullable Integer attempts,
        @Nullable Duration retryFor,
        Duration firstRetry,
        Duration maxRetry,
        Duration pollInterval,
        int dispatchers,
        boolean dispatch) {

    /** A failed message is tried again after a spread backoff, so failed receivers are not retried in step. */
    RetryPolicy retries() {
        return new RetryPolicy(new Backoff(firstRetry, maxRetry, 0.2), attempts, retryFor);
    }
}
