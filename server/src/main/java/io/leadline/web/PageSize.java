package io.leadline.web;

/**
 * How many items a list endpoint answers per page: from 1 to the endpoint's maximum. Lofty refuses anything else in
 * two ways, and each endpoint keeps its original's: {@link #lofty} for the 400 {@code LIMIT_NOT_VALID} answer (the
 * parameter named as that endpoint's message spells it, "Limit" or "pageSize"), {@link #field} for Leadline's own
 * endpoints and the ones that answer as for any invalid field.
 */
public final class PageSize {

    private PageSize() {}

    /** The size, or Lofty's {@code LIMIT_NOT_VALID}: "{@code <spelledAs>} must be between 1 and {@code <max>}". */
    public static int lofty(String spelledAs, long size, int max) {
        if (size < 1 || size > max) {
            throw new ApiException(ErrorCode.LIMIT_NOT_VALID, spelledAs + " must be between 1 and " + max);
        }
        return (int) size;
    }

    /** The size, or the invalid-field answer naming {@code field}. */
    public static int field(String field, long size, int max) {
        if (size < 1 || size > max) {
            throw ApiException.invalidField(field, "must be between 1 and " + max);
        }
        return (int) size;
    }
}
