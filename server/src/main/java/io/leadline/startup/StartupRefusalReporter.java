package io.leadline.startup;

import io.leadline.database.StartupRefused;
import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * A start that fails for a reason the operator can fix ({@link StartupRefused}) is told in its one line on standard
 * error, instead of Spring's report or a stack trace of two hundred lines. Listed in META-INF/spring.factories, ahead
 * of Spring Boot's failure analyzers.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public final class StartupRefusalReporter implements SpringBootExceptionReporter {

    @Override
    public boolean reportException(Throwable failure) {
        StartupRefused refused = StartupRefused.in(failure);
        if (refused == null) {
            return false;
        }
        System.err.println(refused.line());
        return true;
    }
}
