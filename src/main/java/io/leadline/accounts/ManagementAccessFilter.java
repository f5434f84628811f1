package io.leadline.accounts;

import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.ErrorCode;
import io.leadline.web.ErrorResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server's own endpoints — metrics and info under {@code /actuator}, the OpenAPI document and Swagger UI — answer
 * only a server administrator's API key or access token (a Prometheus scraper sends {@code Bearer <token>}); health
 * and its probes stay open for load balancers. {@code leadline.management.open=true} opens them all, for a server whose
 * management endpoints are reachable only from a trusted network (e.g. on {@code management.server.port}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 11)
class ManagementAccessFilter extends OncePerRequestFilter {

    private final AccountsService accounts;
    private final JsonMapper json;
    private final boolean open;
    private final boolean strictScheme;

    ManagementAccessFilter(AccountsService accounts, JsonMapper json, @Value("${leadline.management.open:false}") boolean open,
            @Value("${leadline.auth.strict-scheme}") boolean strictScheme) {
        this.accounts = accounts;
        this.json = json;
        this.open = open;
        this.strictScheme = strictScheme;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return open || !managed(request.getRequestURI().substring(request.getContextPath().length()));
    }

    static boolean managed(String path) {
        return (path.startsWith("/actuator") && !path.equals("/actuator/health") && !path.startsWith("/actuator/health/"))
                || path.startsWith("/v3/api-docs") || path.startsWith("/swagger-ui") || path.startsWith("/webjars/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            Caller caller = AuthenticationFilter.authenticate(accounts, request.getHeader(HttpHeaders.AUTHORIZATION), strictScheme);
            if (!caller.serverAdmin()) {
                throw new ApiException(ErrorCode.PERMISSION_DENIED,
                        "Permission denied: the server's management endpoints are for server administrators");
            }
        } catch (ApiException e) {
            ErrorResponses.write(response, json, e.errorCode(), e.getMessage());
            return;
        }
        chain.doFilter(request, response);
    }
}
