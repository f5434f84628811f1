package io.leadline.sandbox;

import io.leadline.web.ApiException;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import org.springframework.web.util.pattern.PatternParseException;

/** Path patterns as clients write them to pick requests: Spring's syntax, as the endpoints are mapped. */
public final class PathPatterns {

    private PathPatterns() {}

    /** The pattern, or 400 naming {@code field}. */
    public static PathPattern parse(String field, String text) {
        if (text.isBlank() || !text.trim().startsWith("/")) {
            throw ApiException.invalidField(field, "must be a path pattern starting with / (such as /v1.0/leads/**), not '" + text + "'");
        }
        try {
            return PathPatternParser.defaultInstance.parse(text.trim());
        } catch (PatternParseException e) {
            throw ApiException.invalidField(field, "is not a path pattern (such as /v1.0/leads/** or /v1.0/leads/{id}): " + e.getMessage());
        }
    }
}
