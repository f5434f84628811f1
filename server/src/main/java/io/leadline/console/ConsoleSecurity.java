package io.leadline.console;

import io.leadline.accounts.signin.ConsoleAddress;
import io.leadline.accounts.signin.PasswordAuthentication;
import io.leadline.accounts.signin.SessionCallers;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may reach the console. Everything under {@code /app} needs a signed-in member except the sign-in page, the
 * password-link pages and the assets; a request without a session is sent to sign in. Sessions change their id at
 * sign-in, every state-changing request carries a CSRF token, sign-out ends the session; {@link SignedInCaller} turns
 * the session into the member's caller on each request. The API's chain ({@code accounts}) is untouched: it comes
 * after this one and never sees {@code /app}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ConsoleSecurity {

    static final String SIGNED_OUT = ConsoleAddress.SIGN_IN_PATH + "?signedOut";

    @Bean
    @Order(1)
    SecurityFilterChain consoleSecurityFilterChain(HttpSecurity http, PasswordAuthentication passwords,
            SessionCallers callers, Clock clock,
            @Value("${leadline.console.absolute-timeout}") Duration absoluteTimeout) throws Exception {
        http.securityMatcher("/app", "/app/**")
                .authenticationManager(new ProviderManager(passwords))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(ConsoleAddress.SIGN_IN_PATH, ConsoleAddress.PASSWORD_PATH + "*", "/app/assets/**")
                        .permitAll()
                        .anyRequest().hasAuthority(PasswordAuthentication.MEMBER))
                .formLogin(form -> form
                        .loginPage(ConsoleAddress.SIGN_IN_PATH)
                        .usernameParameter("email")
                        .defaultSuccessUrl("/app/leads")
                        .failureHandler((request, response, refused) -> response.sendRedirect(
                                ConsoleAddress.SIGN_IN_PATH + (refused instanceof LockedException ? "?locked" : "?failed"))))
                .logout(logout -> logout
                        .logoutUrl("/app/sign-out")
                        .logoutSuccessUrl(SIGNED_OUT)
                        .deleteCookies("LEADLINE_CONSOLE"))
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none';"
                                        + " base-uri 'self'; form-action 'self'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
                .addFilterAfter(new SignedInCaller(callers, clock, absoluteTimeout), AnonymousAuthenticationFilter.class);
        return http.build();
    }
}
