package io.leadline.webhooks;

import java.time.Duration;

/**
 * How long a new webhook message waits before its first attempt. No bean of it exists on a normal server (deliveries
 * go at once); the sandbox supplies one to make deliveries late, as Lofty's are.
 */
public interface DeliveryDelay {

    /** Zero or more, for a message just made for this subscription. */
    Duration beforeFirstAttempt(long subscriptionId);
}
