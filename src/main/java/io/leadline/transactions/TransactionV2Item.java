package io.leadline.transactions;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Lofty's {@code TransactionV2Item}: a transaction as the team-wide search lists it. Dates are epoch milliseconds. */
record TransactionV2Item(
        long created,
        long updated,
        long transactionId,
        long leadId,
        String transactionName,
        String leadName,
        @Nullable String agentName,
        @Nullable Long assignedAgent,
        String transactionType,
        String transactionStatus,
        @Nullable BigDecimal homePrice,
        @Nullable Long expectedCloseDate,
        @Nullable Long closeDate,
        @Nullable BigDecimal commissionRate,
        @Nullable BigDecimal gci,
        @Nullable BigDecimal teamRevenue,
        @Nullable BigDecimal agentRevenue,
        @Nullable Long appointmentDate,
        @Nullable Long agreementSignedDate,
        @Nullable Long offerDate,
        @Nullable Long contractDate,
        @Nullable Long appraisalDate,
        @Nullable Long homeInspectionDate,
        @Nullable Long escrowDate,
        @Nullable Long expiration,
        @Nullable JsonNode customFields) {

    static TransactionV2Item of(TransactionRepository.ListedTransaction listed, LeadTransaction t, @Nullable String agentName) {
        TransactionRepository.TransactionRow row = listed.row();
        String leadName = listed.leadLastName() == null
                ? listed.leadFirstName()
                : listed.leadFirstName() + " " + listed.leadLastName();
        return new TransactionV2Item(
                row.createdAt().toInstant().toEpochMilli(), row.updatedAt().toInstant().toEpochMilli(), row.id(),
                row.leadId(), row.name(), leadName, agentName, listed.assignedUserId(), row.type(), row.status(),
                t.homePrice(), t.expectedCloseDate(), t.closeDate(), t.commissionRate(), t.gci(), t.teamRevenue(),
                t.agentRevenue(), t.appointmentDate(), t.agreementSignedDate(), t.offerDate(), t.contractDate(),
                t.appraisalDate(), t.homeInspectionDate(), t.escrowDate(), t.expiration(), t.customFields());
    }
}
