package io.leadline.sandbox.faults;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;

/**
 * One fault: which calls it matches (method, path, credential), when it fires among them (from the {@code onCall}-th,
 * {@code times} times, within {@code lasting} of being added, with a probability), and what the client gets instead.
 * Counts are kept per rule, under the rules' lock.
 */
final class FaultRule {

    enum Action { ERROR, RATE_LIMIT, LATENCY, DROP }

    record Answer(Action action, int status, int code, String message, int retryAfterSeconds, long latencyMs) {}

    final long id;
    final @Nullable String method;
    final String path;
    private final PathPattern pattern;
    final @Nullable String credential;
    final int onCall;
    final @Nullable Integer times;
    final @Nullable Duration lasting;
    final double probability;
    private final Random random;
    final Answer answer;
    final Instant addedAt;
    long matched;
    long fired;

    FaultRule(long id, @Nullable String method, String path, PathPattern pattern, @Nullable String credential, int onCall,
            @Nullable Integer times, @Nullable Duration lasting, double probability, Random random, Answer answer, Instant addedAt) {
        this.id = id;
        this.method = method;
        this.path = path;
        this.pattern = pattern;
        this.credential = credential;
        this.onCall = onCall;
        this.times = times;
        this.lasting = lasting;
        this.probability = probability;
        this.random = random;
        this.answer = answer;
        this.addedAt = addedAt;
    }

    boolean matches(String requestMethod, PathContainer requestPath, @Nullable String requestCredential) {
        return (method == null || method.equalsIgnoreCase(requestMethod))
                && pattern.matches(requestPath)
                && (credential == null || credential.equals(requestCredential));
    }

    /** Counts a matching call and answers whether the fault fires on it. */
    boolean fires(Instant now) {
        matched++;
        if (matched < onCall || (times != null && fired >= times) || expired(now)) {
            return false;
        }
        if (probability < 1.0 && random.nextDouble() >= probability) {
            return false;
        }
        fired++;
        return true;
    }

    boolean expired(Instant now) {
        return lasting != null && !now.isBefore(addedAt.plus(lasting));
    }

    /** Fired all it may: nothing it can still do. */
    boolean spent(Instant now) {
        return (times != null && fired >= times) || expired(now);
    }
}
