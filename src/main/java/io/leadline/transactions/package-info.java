/**
 * Transactions (deals) on leads (table {@code lead_transactions}): Lofty's {@code /v1.0/leads/{leadId}/transaction*}
 * endpoints, and the {@code leadTransaction} of lead create and update, through the same code.
 */
@NullMarked
package io.leadline.transactions;

import org.jspecify.annotations.NullMarked;
