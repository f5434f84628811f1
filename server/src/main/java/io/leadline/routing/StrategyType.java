package io.leadline.routing;

import io.leadline.web.ApiException;
import java.util.Arrays;

/**
 * How a rule picks the assignee. Lofty does not publish its integer codes; these are Leadline's. NEXT_UP is accepted
 * for compatibility and assigns in rotation straight away, as ROUND_ROBIN does; BLAST_ALERT is first-to-claim.
 */
public enum StrategyType {
    ROUND_ROBIN(1),
    NEXT_UP(2),
    BLAST_ALERT(3),
    LEAD_POND(4),
    DEFAULT_ASSIGNEE(5);

    public final int code;

    StrategyType(int code) {
        this.code = code;
    }

    public static StrategyType of(String field, int code) {
        return Arrays.stream(values())
                .filter(type -> type.code == code)
                .findFirst()
                .orElseThrow(() -> ApiException.invalidField(field,
                        "must be 1 (ROUND_ROBIN), 2 (NEXT_UP), 3 (BLAST_ALERT), 4 (LEAD_POND) or 5 (DEFAULT_ASSIGNEE), not " + code));
    }

    /** Lofty: ponds hold agent leads only; NEXT_UP and BLAST_ALERT are not for assistant routing. */
    public void checkFits(String field, BusinessType businessType) {
        boolean fits = switch (this) {
            case LEAD_POND -> businessType == BusinessType.AGENT_LEAD;
            case NEXT_UP, BLAST_ALERT -> businessType != BusinessType.ASSISTANT_LEAD;
            default -> true;
        };
        if (!fits) {
            throw ApiException.invalidField(field, name() + " cannot route business type " + businessType.code + " (" + businessType + ")");
        }
    }

    public boolean usesMembers() {
        return this == ROUND_ROBIN || this == NEXT_UP || this == BLAST_ALERT || this == DEFAULT_ASSIGNEE;
    }
}
