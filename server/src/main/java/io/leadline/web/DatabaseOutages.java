package io.leadline.web;

import io.leadline.database.DatabaseAway;

/**
 * How a request answers when the database is away ({@link DatabaseAway}): 503 with Leadline's body and
 * {@code Retry-After}, quickly, so clients retry instead of hanging (LL-13).
 */
final class DatabaseOutages {

    static final String RETRY_AFTER_SECONDS = "1";
    static final ErrorBody BODY = new ErrorBody(ErrorCode.DATABASE_UNAVAILABLE.code(), "The database is unreachable; retry shortly");

    private DatabaseOutages() {}

    static boolean isOutage(Throwable failure) {
        return DatabaseAway.isAway(failure);
    }
}
