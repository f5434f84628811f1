package io.leadline.accounts.signin;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Where people reach the console, for the links Leadline hands out: {@code leadline.console.base-url} when set (behind
 * a proxy, or in a link printed by a command), else the address the current request came to, else the local port.
 */
@Component
public class ConsoleAddress {

    /** The console's page where a link's member sets their password; the console serves it. */
    public static final String PASSWORD_PATH = "/app/password/";
    public static final String SIGN_IN_PATH = "/app/sign-in";

    private final String configured;
    private final Environment environment;

    ConsoleAddress(@Value("${leadline.console.base-url:}") String configured, Environment environment) {
        this.configured = configured.endsWith("/") ? configured.substring(0, configured.length() - 1) : configured;
        this.environment = environment;
    }

    public String passwordLink(String token) {
        return base() + PASSWORD_PATH + token;
    }

    private String base() {
        if (!configured.isEmpty()) {
            return configured;
        }
        if (RequestContextHolder.getRequestAttributes() != null) {
            return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        }
        // the port the server listens on once it does (server.port=0 picks one)
        return "http://localhost:" + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
    }
}
