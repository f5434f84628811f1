package io.leadline.transactions;

import io.leadline.web.ApiException;
import io.leadline.web.ErrorCode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Leadline's built-in transaction pipelines (Lofty lets each team configure its own) and the checks Lofty documents:
 * the name is required and free of '<' and '>' (200062); an unknown type falls back to Purchase; a status names a
 * stage of the type's pipeline, falling back to its first stage on create and rejected (200125) on update.
 */
final class TransactionRules {

    static final int NAME_MAX = 500;
    static final String DEFAULT_TYPE = "Purchase";
    static final Map<String, List<String>> PIPELINES = Map.of(
            "Purchase", List.of("Pre-Approval", "Searching", "Under Contract", "Closed", "Cancelled"),
            "Listing", List.of("Coming Soon", "Active", "Under Contract", "Closed", "Withdrawn"),
            "Lease", List.of("Searching", "Application", "Leased", "Cancelled"),
            "Other", List.of("Open", "Closed"));

    private TransactionRules() {}

    static String name(String field, @Nullable String name) {
        if (name == null || name.isBlank()) {
            throw new ApiException(ErrorCode.TRANSACTION_NAME_INVALID, field + " is required and must not be blank");
        }
        if (name.contains("<") || name.contains(">")) {
            throw new ApiException(ErrorCode.TRANSACTION_NAME_INVALID, field + " must not contain < or >");
        }
        if (name.trim().length() > NAME_MAX) {
            throw ApiException.tooLong(field, NAME_MAX);
        }
        return name.trim();
    }

    /** Case-sensitive as Lofty documents; anything else silently becomes Purchase. */
    static String type(@Nullable String type) {
        return type != null && PIPELINES.containsKey(type) ? type : DEFAULT_TYPE;
    }

    static Optional<String> status(String type, @Nullable String status) {
        if (status == null) {
            return Optional.empty();
        }
        return PIPELINES.get(type).stream().filter(stage -> stage.equalsIgnoreCase(status.trim())).findFirst();
    }

    static String statusOnCreate(String type, @Nullable String status) {
        return status(type, status).orElse(PIPELINES.get(type).getFirst());
    }

    /** On update: a named status must exist; a type change without a status keeps the status if the new pipeline has it. */
    static String statusOnUpdate(String field, String type, @Nullable String requested, String current) {
        if (requested != null) {
            return status(type, requested).orElseThrow(() -> new ApiException(ErrorCode.TRANSACTION_STATUS_INVALID,
                    field + " '" + requested + "' is not a stage of the " + type + " pipeline " + PIPELINES.get(type)));
        }
        return status(type, current).orElse(PIPELINES.get(type).getFirst());
    }

    static void amounts(String prefix, LeadTransaction t) {
        nonNegative(prefix + "homePrice", t.homePrice());
        nonNegative(prefix + "commissionRate", t.commissionRate());
        nonNegative(prefix + "gci", t.gci());
        nonNegative(prefix + "teamRevenue", t.teamRevenue());
        nonNegative(prefix + "agentRevenue", t.agentRevenue());
        if (t.customFields() != null && !t.customFields().isNull() && !t.customFields().isArray()) {
            throw ApiException.invalidField(prefix + "customFields", "must be an array of {id, value}");
        }
        if (t.commissions() != null && !t.commissions().isNull() && !t.commissions().isObject()) {
            throw ApiException.invalidField(prefix + "commissions", "must be an object {preSplit, split, postSplit}");
        }
    }

    private static void nonNegative(String field, @Nullable BigDecimal value) {
        if (value != null && value.signum() < 0) {
            throw ApiException.invalidField(field, "must not be negative");
        }
    }
}
