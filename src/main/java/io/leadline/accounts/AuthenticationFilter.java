package io.leadline.accounts;

import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.ErrorResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Authenticates every API request ({@code /v1.0}, {@code /v2.0}, {@code /leadline}); documentation, health and
 * metrics stay open. The caller is stored as a request attribute for {@link Caller} controller parameters.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class AuthenticationFilter extends OncePerRequestFilter {

    private final AccountsService accounts;
    private final JsonMapper json;
    private final boolean strictScheme;

    AuthenticationFilter(
            AccountsService accounts, JsonMapper json, @Value("${leadline.auth.strict-scheme}") boolean strictScheme) {
        this.accounts = accounts;
        this.json = json;
        this.strictScheme = strictScheme;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.startsWith("/v1.0/") || path.startsWith("/v2.0/") || path.startsWith("/leadline/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.setAttribute(Caller.REQUEST_ATTRIBUTE, authenticate(request.getHeader(HttpHeaders.AUTHORIZATION)));
        } catch (ApiException e) {
            ErrorResponses.write(response, json, e.errorCode(), e.getMessage());
            return;
        }
        chain.doFilter(request, response);
    }

    private Caller authenticate(String header) {
        return authenticate(accounts, header, strictScheme);
    }

    /** The caller a request's Authorization header names: Lofty's {@code token <api key>} or {@code Bearer <token>}. */
    static Caller authenticate(AccountsService accounts, String header, boolean strictScheme) {
        if (header == null || header.isBlank()) {
            throw AccountsService.badCredentials(
                    "Missing Authorization header: send 'token <api key>' or 'Bearer <access token>'");
        }
        String[] parts = header.trim().split("\\s+", 2);
        if (parts.length != 2) {
            throw AccountsService.badCredentials("Authorization header must be '<scheme> <credential>'");
        }
        String scheme = parts[0].toLowerCase(Locale.ROOT);
        if (!scheme.equals(Credential.TOKEN) && !scheme.equals(Credential.BEARER)) {
            throw AccountsService.badCredentials("Unsupported Authorization scheme '" + parts[0] + "'");
        }
        return accounts.authenticate(scheme, parts[1].trim(), strictScheme);
    }
}
