package io.leadline.transactions;

import java.time.OffsetDateTime;

/** A transaction added to a lead or changed, published inside the transaction that did it (the timeline records it). */
public record TransactionChanged(
        long teamId, long transactionId, long leadId, long userId, boolean added, String name, String status, OffsetDateTime at) {}
