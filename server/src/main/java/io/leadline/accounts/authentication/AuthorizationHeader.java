package io.leadline.accounts.authentication;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * Reads Lofty's {@code Authorization: token <api key>} or Leadline's {@code Bearer <access token>}. No header at all
 * is no credential (the entry point answers it); a header in any other shape is refused here, naming what is wrong.
 */
final class AuthorizationHeader implements AuthenticationConverter {

    static final String MISSING = "Missing Authorization header: send 'token <api key>' or 'Bearer <access token>'";

    @Override
    public @Nullable CredentialAuthentication convert(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            return null;
        }
        String[] parts = header.trim().split("\\s+", 2);
        if (parts.length != 2) {
            throw rejected("Authorization header must be '<scheme> <credential>'");
        }
        String scheme = parts[0].toLowerCase(Locale.ROOT);
        if (!scheme.equals(Credential.TOKEN) && !scheme.equals(Credential.BEARER)) {
            throw rejected("Unsupported Authorization scheme '" + parts[0] + "'");
        }
        return CredentialAuthentication.presented(scheme, parts[1].trim());
    }

    private static CredentialRejected rejected(String message) {
        return new CredentialRejected(Authenticator.badCredentials(message));
    }
}
