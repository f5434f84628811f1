package io.leadline.routing;

import io.leadline.web.ApiException;
import java.util.Arrays;

/** What is being routed: Lofty's path parameter {@code type} of the routing endpoints. */
public enum BusinessType {
    AGENT_LEAD(1),
    LENDING_LEAD(2),
    ASSISTANT_LEAD(4);

    /** The role id of business types that route one fixed role (Lofty passes {@code roleId=-1}). */
    public static final int NO_ROLE = -1;

    public final int code;

    BusinessType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static BusinessType of(String field, int code) {
        return Arrays.stream(values())
                .filter(type -> type.code == code)
                .findFirst()
                .orElseThrow(() -> ApiException.invalidField(field, "must be 1 (AGENT_LEAD), 2 (LENDING_LEAD) or 4 (ASSISTANT_LEAD), not " + code));
    }

    /** ASSISTANT_LEAD routes one custom role, named by roleId; the other types ignore it. */
    public int roleId(String field, @org.jspecify.annotations.Nullable Integer roleId) {
        if (this != ASSISTANT_LEAD) {
            return NO_ROLE;
        }
        if (roleId == null || roleId == NO_ROLE) {
            throw ApiException.invalidField(field, "is required for business type 4 (ASSISTANT_LEAD)");
        }
        return RoleCatalog.find(roleId)
                .orElseThrow(() -> ApiException.invalidField(field, "is not a role of GET /v1.0/routing/role/list: " + roleId))
                .id();
    }
}
