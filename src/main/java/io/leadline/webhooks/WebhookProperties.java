package io.leadline.webhooks;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code leadline.webhooks.*}. Defaults are in application.yml. {@code allowInsecureTargets} lets callback URLs use
 * http and point at loopback or private addresses — for local development and tests only. {@code dispatch} false
 * makes a node write events but leave delivering them to other nodes.
 */
@ConfigurationProperties("leadline.webhooks")
record WebhookProperties(
        boolean allowInsecureTargets,
        int maxSubscriptionsPerList,
        Duration timeout,
        Duration retryFor,
        Duration maxBackoff,
        Duration pollInterval,
        int dispatchers,
        boolean dispatch) {

}
