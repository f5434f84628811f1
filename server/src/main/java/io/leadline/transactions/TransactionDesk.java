package io.leadline.transactions;

import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * A lead's transactions for callers that are not the API (the console): listed, and added with a name, type, status
 * and price, through the same service as {@code /v1.0/leads/{leadId}/transaction} (its rules, its messages, its
 * webhooks and system log).
 */
@Service
public class TransactionDesk {

    private final TransactionService transactions;

    TransactionDesk(TransactionService transactions) {
        this.transactions = transactions;
    }

    /** One transaction as a page shows it; dates are the UTC days Lofty's epoch milliseconds name. */
    public record Deal(long id, @Nullable String name, @Nullable String type, @Nullable String status,
            @Nullable BigDecimal homePrice, @Nullable LocalDate expectedClose, @Nullable LocalDate closed) {}

    /** The types a transaction may have, each with its statuses in pipeline order. */
    public static Map<String, List<String>> pipelines() {
        Map<String, List<String>> pipelines = new LinkedHashMap<>();
        TransactionRules.TYPES.forEach(type -> pipelines.put(type, TransactionRules.PIPELINES.get(type)));
        return pipelines;
    }

    /** 404 for a lead the caller cannot see. */
    public List<Deal> forLead(Caller caller, long leadId) {
        return transactions.list(caller, leadId).stream().map(TransactionDesk::deal).toList();
    }

    /** A blank status takes the type's first; a blank price is none. */
    public void add(Caller caller, long leadId, String name, String type, String status, String homePrice) {
        transactions.create(caller, leadId, new LeadTransaction(null, null, null, name, null, null, type,
                price(homePrice), status.isBlank() ? null : status, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null));
    }

    private static @Nullable BigDecimal price(String text) {
        String digits = text.replace(",", "").replace("$", "").trim();
        if (digits.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(digits);
        } catch (NumberFormatException notANumber) {
            throw ApiException.invalidField("homePrice", "must be a number, not '" + text + "'");
        }
    }

    private static Deal deal(LeadTransaction t) {
        return new Deal(t.transactionId() == null ? 0 : t.transactionId(), t.transactionName(), t.transactionType(),
                t.transactionStatus(), t.homePrice(), day(t.expectedCloseDate()), day(t.closeDate()));
    }

    private static @Nullable LocalDate day(@Nullable Long epochMillis) {
        return epochMillis == null ? null : LocalDate.ofInstant(Instant.ofEpochMilli(epochMillis), ZoneOffset.UTC);
    }
}
