package io.leadline.accounts.signin;

import io.leadline.accounts.Member;
import io.leadline.web.Times;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks an email address out of signing in after {@value #FREE_FAILURES} failures in a row: for 30 seconds, doubling
 * with each further failure up to an hour. Counted per address whether or not a member has it, in the database so
 * every node counts together; a success clears it; failures older than a day are forgotten.
 */
@Service
public class SignInThrottle {

    static final int FREE_FAILURES = 5;
    private static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    private static final Duration LONGEST_LOCK = Duration.ofHours(1);
    private static final Duration FORGOTTEN_AFTER = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final Clock clock;

    SignInThrottle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Until when the address may not sign in, if it is locked now. */
    @Transactional(readOnly = true)
    public Optional<OffsetDateTime> lockedUntil(String email) {
        OffsetDateTime now = Times.now(clock);
        return jdbc.sql("SELECT locked_until FROM sign_in_failures WHERE email = :email")
                .param("email", Member.normalizeEmail(email))
                .query(OffsetDateTime.class)
                .optional()
                .filter(until -> until.isAfter(now));
    }

    /** Counts a failure (in a transaction of its own: the failed sign-in writes nothing else). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(String email) {
        String address = Member.normalizeEmail(email);
        OffsetDateTime now = Times.now(clock);
        int failures = jdbc.sql("SELECT failures, last_failed_at FROM sign_in_failures WHERE email = :email FOR UPDATE")
                .param("email", address)
                .query((row, n) -> row.getObject("last_failed_at", OffsetDateTime.class).isBefore(now.minus(FORGOTTEN_AFTER))
                        ? 0 : row.getInt("failures"))
                .optional()
                .orElse(-1);
        int count = Math.max(failures, 0) + 1;
        OffsetDateTime lockedUntil = count >= FREE_FAILURES ? now.plus(lockFor(count)) : null;
        if (failures < 0) {
            jdbc.sql("""
                            INSERT INTO sign_in_failures (email, failures, last_failed_at, locked_until)
                            VALUES (:email, :count, :now, :lockedUntil)
                            """)
                    .param("email", address).param("count", count).param("now", now).param("lockedUntil", lockedUntil)
                    .update();
        } else {
            jdbc.sql("""
                            UPDATE sign_in_failures SET failures = :count, last_failed_at = :now, locked_until = :lockedUntil
                            WHERE email = :email
                            """)
                    .param("email", address).param("count", count).param("now", now).param("lockedUntil", lockedUntil)
                    .update();
        }
    }

    @Transactional
    public void succeeded(String email) {
        jdbc.sql("DELETE FROM sign_in_failures WHERE email = :email").param("email", Member.normalizeEmail(email)).update();
    }

    /** 30 s at the fifth failure, doubling with each one after it, at most an hour. */
    static Duration lockFor(int failures) {
        int doublings = Math.min(failures - FREE_FAILURES, 7);
        Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
        return lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
    }
}
