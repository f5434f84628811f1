package io.leadline.transactions;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Lofty's transaction, for requests and responses alike. Dates are epoch milliseconds (UTC). */
record LeadTransaction(
        @Nullable Long created,
        @Nullable Long updated,
        @Nullable Long transactionId,
        @Nullable String transactionName,
        @Nullable String leadName,
        @Nullable Long assignedAgent,
        @Nullable String transactionType,
        @Nullable BigDecimal homePrice,
        @Nullable String transactionStatus,
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
        @Nullable JsonNode customFields,
        @Nullable JsonNode commissions) {

    /** Fields present in {@code update} win; identity and read-only fields never come from a request. */
    LeadTransaction mergedWith(LeadTransaction update) {
        return new LeadTransaction(
                null, null, null,
                pick(update.transactionName, transactionName), null, null,
                pick(update.transactionType, transactionType),
                pick(update.homePrice, homePrice),
                pick(update.transactionStatus, transactionStatus),
                pick(update.expectedCloseDate, expectedCloseDate),
                pick(update.closeDate, closeDate),
                pick(update.commissionRate, commissionRate),
                pick(update.gci, gci),
                pick(update.teamRevenue, teamRevenue),
                pick(update.agentRevenue, agentRevenue),
                pick(update.appointmentDate, appointmentDate),
                pick(update.agreementSignedDate, agreementSignedDate),
                pick(update.offerDate, offerDate),
                pick(update.contractDate, contractDate),
                pick(update.appraisalDate, appraisalDate),
                pick(update.homeInspectionDate, homeInspectionDate),
                pick(update.escrowDate, escrowDate),
                pick(update.expiration, expiration),
                pick(update.customFields, customFields),
                pick(update.commissions, commissions));
    }

    LeadTransaction withCustomFields(@Nullable JsonNode checked) {
        return new LeadTransaction(
                created, updated, transactionId, transactionName, leadName, assignedAgent, transactionType, homePrice,
                transactionStatus, expectedCloseDate, closeDate, commissionRate, gci, teamRevenue, agentRevenue,
                appointmentDate, agreementSignedDate, offerDate, contractDate, appraisalDate, homeInspectionDate,
                escrowDate, expiration, checked, commissions);
    }

    LeadTransaction withState(String name, String type, String status) {
        return new LeadTransaction(
                null, null, null, name, null, null, type, homePrice, status, expectedCloseDate, closeDate,
                commissionRate, gci, teamRevenue, agentRevenue, appointmentDate, agreementSignedDate, offerDate,
                contractDate, appraisalDate, homeInspectionDate, escrowDate, expiration, customFields, commissions);
    }

    LeadTransaction withIdentity(long id, long createdMillis, long updatedMillis, String leadName, @Nullable Long agent) {
        return new LeadTransaction(
                createdMillis, updatedMillis, id, transactionName, leadName, agent, transactionType, homePrice,
                transactionStatus, expectedCloseDate, closeDate, commissionRate, gci, teamRevenue, agentRevenue,
                appointmentDate, agreementSignedDate, offerDate, contractDate, appraisalDate, homeInspectionDate,
                escrowDate, expiration, customFields, commissions);
    }

    private static <T> @Nullable T pick(@Nullable T update, @Nullable T current) {
        return update != null ? update : current;
    }
}
