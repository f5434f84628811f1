/**
 * Webhooks: Lofty's subscriptions ({@code /v1.0/webhook(s)}), the outbox that other features write events into inside
 * their own transactions, the dispatchers that deliver them in batches with retries and signatures, and the
 * delivery log. It knows the events it is given, never the features that give them.
 */
@NullMarked
package io.leadline.webhooks;

import org.jspecify.annotations.NullMarked;
