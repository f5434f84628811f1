package io.leadline.transactions;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.jspecify.annotations.Nullable;

/**
 * Lofty's {@code TransactionV2Item}: the transaction as the v1 endpoints show it, without its commissions, with its
 * lead's id and the name of the lead's assignee.
 */
record TransactionV2Item(
        long leadId,
        @Nullable String agentName,
        @JsonUnwrapped @JsonIgnoreProperties("commissions") LeadTransaction transaction) {}
