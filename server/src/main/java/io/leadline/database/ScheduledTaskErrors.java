package io.leadline.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.ErrorHandler;

/**
 * How a scheduled task's failure is logged: while the database is away (an outage, a failover) each sweep that tries
 * fails, several times a second on every node, and the next run retries by itself — one warning line each, not a
 * stack trace; anything else is an error with its stack trace, as Spring logs it.
 */
public final class ScheduledTaskErrors implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ScheduledTaskErrors.class);

    @Override
    public void handleError(Throwable failure) {
        if (DatabaseAway.isAway(failure)) {
            log.warn("A scheduled task could not reach the database; its next run tries again: {}", failure.getMessage());
        } else {
            log.error("Unexpected error in a scheduled task", failure);
        }
    }
}
