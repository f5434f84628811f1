/**
 * Transactions (deals) on leads (table {@code lead_transactions}): Lofty's {@code /v1.0/leads/{leadId}/transaction*}
 * endpoints, and the {@code leadTransaction} of lead create and update, through the same code.
 * <p>
 * Tables written: {@code lead_transactions}, {@code transaction_addresses}, {@code transaction_custom_fields}.
 */
@ApplicationModule(allowedDependencies = {"accounts", "idempotency", "ids", "leaddata", "leads", "search", "web", "webhooks"})
@NullMarked
package io.leadline.transactions;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
