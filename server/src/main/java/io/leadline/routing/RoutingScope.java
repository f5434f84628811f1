package io.leadline.routing;

import io.leadline.routing.decisions.RoutingRule;
import org.jspecify.annotations.Nullable;

/** Whose rules decide: the company's, or one office's. */
public record RoutingScope(@Nullable Long officeId) {

    public static final RoutingScope COMPANY = new RoutingScope(null);

    public static RoutingScope office(long officeId) {
        return new RoutingScope(officeId);
    }

    long key() {
        return officeId == null ? RoutingRule.COMPANY : officeId;
    }

    static RoutingScope ofKey(long scopeKey) {
        return scopeKey == RoutingRule.COMPANY ? COMPANY : office(scopeKey);
    }

    String label() {
        return officeId == null ? "COMPANY" : "OFFICE:" + officeId;
    }
}
