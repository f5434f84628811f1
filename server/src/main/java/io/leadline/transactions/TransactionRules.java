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
    /** In the order GET /v2.0/transactions/pipelines lists them. */
    static final List<String> TYPES = List.of("Purchase", "Listing", "Lease", "Other");
    static final Map<String, List<String>> PIPELINES = Map.of(
            "Purchase", List.of("Pre-Approval", "Searching", "Under Contract", "Closed", "Cancelled"),
            "Listing", List.of("Coming Soon", "Active", "Under Contract", "Closed", "Withdrawn"),
            "Lease", List.of("Searching", "Application", "Leased", "Cancelled"),
            "Other", List.of("Open", "Closed"));

    /** A stage's id: its pipeline's place (1-4) times 100 plus its own place, stable because the pipelines are fixed. */
    static long stageId(String type, String stage) {
        return (TYPES.indexOf(type) + 1) * 100L + PIPELINES.get(type).indexOf(stage) + 1;
    }

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

    /** Trimmed, blanks as null, each part within its column; at least one of street, city, state and zip. */
    static PropertyAddress address(PropertyAddress a) {
        PropertyAddress trimmed = new PropertyAddress(
                a.transactionId(),
                part("unit", a.unit(), 50),
                part("label", a.label(), 100),
                part("state", a.state(), 200),
                part("city", a.city(), 200),
                part("zipCode", a.zipCode(), 20),
                part("streetAddress", a.streetAddress(), 500),
                part("county", a.county(), 200));
        if (trimmed.streetAddress() == null && trimmed.city() == null && trimmed.state() == null && trimmed.zipCode() == null) {
            throw new ApiException(ErrorCode.PROPERTY_ADDRESS_EMPTY, "a property address needs at least one of streetAddress, city, state, zipCode");
        }
        return trimmed;
    }

    private static @Nullable String part(String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.trim().length() > max) {
            throw ApiException.tooLong(field, max);
        }
        return value.trim();
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
