package io.leadline.sandbox.journal;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Keeps secrets out of the journal: API keys and access tokens ({@code llk_…}, {@code llt_…}) and webhook signing
 * secrets ({@code whsec_…}) wherever they appear, and the value of any JSON field or query parameter named like a
 * secret (secret, password, token…; not {@code key}, which is the lead search's parameter). The Authorization header
 * is never recorded at all.
 */
final class Redaction {

    static final String REDACTED = "[redacted]";

    private static final Pattern SECRET_VALUES = Pattern.compile("\\b(?:ll[a-z]_|whsec_)[A-Za-z0-9+/=_-]+");
    private static final String SECRET_NAMES =
            "(?:apiKey|secret|previousSecret|clientSecret|password|token|accessToken|refreshToken|access_token|refresh_token|client_secret)";
    private static final Pattern SECRET_JSON_FIELDS = Pattern.compile(
            "(\"" + SECRET_NAMES + "\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern SECRET_PARAMETERS = Pattern.compile(
            "((?:^|&)" + SECRET_NAMES + "=)[^&]*", Pattern.CASE_INSENSITIVE);

    private Redaction() {}

    static @Nullable String body(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String named = SECRET_JSON_FIELDS.matcher(text).replaceAll("$1\"" + REDACTED + "\"");
        return SECRET_VALUES.matcher(named).replaceAll(REDACTED);
    }

    static @Nullable String query(@Nullable String query) {
        if (query == null) {
            return null;
        }
        String named = SECRET_PARAMETERS.matcher(query).replaceAll("$1" + REDACTED);
        return SECRET_VALUES.matcher(named).replaceAll(REDACTED);
    }
}
