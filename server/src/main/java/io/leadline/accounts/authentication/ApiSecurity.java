package io.leadline.accounts.authentication;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;
import static org.springframework.security.web.util.matcher.AnyRequestMatcher.INSTANCE;

import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.ErrorCode;
import io.leadline.web.ErrorResponses;
import io.leadline.web.UnauthenticatedPaths;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may reach what. The API ({@code /v1.0}, {@code /v2.0}, {@code /leadline}) needs an API key or access token;
 * the actuator's endpoints except health need a server administrator's; health, the OpenAPI document and Swagger UI
 * are open, and so are the paths a feature declares it answers without a credential ({@link UnauthenticatedPaths}).
 * Matching follows the decoded, normalised path Spring MVC routes by, and the firewall refuses paths that
 * are not in plain form, so no spelling of a path reaches an endpoint past its rule.
 *
 * <p>Stateless: no session, no cookie, no CSRF token (every credential is a header a browser never sends by itself),
 * and none of Spring Security's default response headers, so Lofty clients see exactly the answers they always did.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ApiSecurity {

    static final RequestMatcher API = new OrRequestMatcher(
            pathPattern("/v1.0/**"), pathPattern("/v2.0/**"), pathPattern("/leadline/**"));

    static final RequestMatcher API_DOCUMENT = new OrRequestMatcher(
            pathPattern("/v3/api-docs/**"), pathPattern("/swagger-ui/**"), pathPattern("/webjars/**"));

    @Bean
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, CredentialAuthenticationProvider credentials,
            JsonMapper json, @Value("${leadline.management.open}") boolean managementOpen,
            @Value("${leadline.api-docs.public}") boolean apiDocumentPublic, ObjectProvider<UnauthenticatedPaths> openPaths) {
        List<RequestMatcher> administered = new ArrayList<>();
        if (!managementOpen) {
            administered.add(EndpointRequest.toAnyEndpoint().excluding(HealthEndpoint.class));
        }
        if (!apiDocumentPublic) {
            administered.add(API_DOCUMENT);
        }
        List<RequestMatcher> open = openPaths.orderedStream().flatMap(paths -> paths.patterns().stream())
                .<RequestMatcher>map(pattern -> pathPattern(pattern)).toList();
        // the API first: nearly every request is one, and matching stops at the first rule that holds
        List<RequestMatcher> authenticated = new ArrayList<>(List.of(API));
        authenticated.addAll(administered);
        RequestMatcher needsCredential = open.isEmpty()
                ? new OrRequestMatcher(authenticated)
                : new AndRequestMatcher(new NegatedRequestMatcher(new OrRequestMatcher(open)), new OrRequestMatcher(authenticated));
        http.securityMatcher(INSTANCE)
                .csrf(AbstractHttpConfigurer::disable)
                .headers(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterAt(credentialFilter(new ProviderManager(credentials), needsCredential, json),
                        BasicAuthenticationFilter.class)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, refused) -> ErrorResponses.write(
                                response, json, ErrorCode.BAD_CREDENTIALS, AuthorizationHeader.MISSING))
                        .accessDeniedHandler((request, response, denied) -> ErrorResponses.write(
                                response, json, ErrorCode.PERMISSION_DENIED,
                                "Permission denied: the server's management endpoints are for server administrators")))
                .authorizeHttpRequests(requests -> {
                    if (!open.isEmpty()) {
                        requests.requestMatchers(new OrRequestMatcher(open)).permitAll();
                    }
                    requests.requestMatchers(API).authenticated();
                    if (!administered.isEmpty()) {
                        requests.requestMatchers(new OrRequestMatcher(administered))
                                .hasAuthority(CredentialAuthentication.SERVER_ADMIN);
                    }
                    requests.anyRequest().permitAll();
                });
        return http.build();
    }

    private static AuthenticationFilter credentialFilter(AuthenticationManager manager, RequestMatcher matcher, JsonMapper json) {
        AuthenticationFilter filter = new AuthenticationFilter(manager, new AuthorizationHeader());
        filter.setRequestMatcher(matcher);
        filter.setSuccessHandler((request, response, authentication) ->
                request.setAttribute(Caller.REQUEST_ATTRIBUTE, authentication.getPrincipal()));
        filter.setFailureHandler((request, response, refused) -> {
            ApiException answer = ((CredentialRejected) refused).answer();
            ErrorResponses.write(response, json, answer.errorCode(), answer.getMessage());
        });
        return filter;
    }

    /**
     * Paths with an encoded slash, dot, percent sign, semicolon or backslash, or with {@code ..} segments, are refused
     * before anything matches them. Header and parameter values are the features' to validate (they answer 400 naming
     * the field), so the firewall does not judge them.
     */
    @Bean
    StrictHttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(name -> true);
        firewall.setAllowedHeaderValues(value -> true);
        firewall.setAllowedParameterNames(name -> true);
        firewall.setAllowedParameterValues(value -> true);
        return firewall;
    }

    /**
     * Spring Security would wrap each of its filters, every authentication and every authorisation decision in an
     * observation of its own: an eighth of an authenticated request's CPU in {@code bench/run lead-path}. Requests are
     * timed whole by {@code http.server.requests}.
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    RequestRejectedHandler jsonRequestRejectedHandler(JsonMapper json) {
        return (request, response, rejected) -> ErrorResponses.write(response, json, ErrorCode.MALFORMED_REQUEST,
                "The request's path is not in plain form: encoded '/', '.', '%', ';' or '\\\\' and '..' segments are refused");
    }
}
