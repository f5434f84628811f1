/**
 * Webhooks: Lofty's subscriptions ({@code /v1.0/webhook(s)}), the outbox that other features write events into inside
 * their own transactions, the dispatchers that deliver them in batches with retries and signatures, and the
 * delivery log. It knows the events it is given, never the features that give them.
 * <p>
 * Tables written: {@code webhook_attempts}, {@code webhook_events}, {@code webhook_messages},
 * {@code webhook_subscription_changes}, {@code webhook_subscriptions}.
 */
@ApplicationModule(allowedDependencies = {"accounts", "database", "ids", "outbound", "web"})
@NullMarked
package io.leadline.webhooks;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
