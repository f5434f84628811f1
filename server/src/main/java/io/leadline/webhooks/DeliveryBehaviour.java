package io.leadline.webhooks;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * A say in how webhook messages are delivered. No bean of it exists on a normal server (each message goes at once,
 * once, and in order); the sandbox supplies one to make deliveries late, repeated or out of order, as Lofty's can be.
 */
public interface DeliveryBehaviour {

    /** Zero or more, for a message just made for this subscription. */
    Duration beforeFirstAttempt(long subscriptionId);

    /**
     * Zero, or how long a message just made for this subscription is held back while the messages made after it go
     * ahead: the receiver gets them first.
     */
    Duration heldBack(long subscriptionId);

    /** After a message's first attempt was delivered: how long until it is delivered once more, or null for never. */
    @Nullable Duration repeatAfterDelivery(long subscriptionId);
}
