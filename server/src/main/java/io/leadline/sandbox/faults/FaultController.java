package io.leadline.sandbox.faults;

import io.leadline.sandbox.IsoValues;
import io.leadline.sandbox.PathPatterns;
import io.leadline.sandbox.SandboxAccess;
import io.leadline.sandbox.Sandboxed;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.ErrorCode;
import io.leadline.web.Times;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Faults: added, listed with how often each matched and fired, and removed. */
@RestController
@Sandboxed
@Tag(name = "Leadline sandbox")
@RequestMapping(SandboxAccess.PREFIX + "/faults")
class FaultController {

    static final long MAX_LATENCY_MS = 60_000;
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");

    private final FaultRules rules;
    private final Clock clock;

    FaultController(FaultRules rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    record FaultRequest(
            @Nullable String method, @Nullable String path, @Nullable String credential, @Nullable Integer onCall,
            @Nullable Integer times, @Nullable String lasting, @Nullable Double probability, @Nullable Long seed,
            @Nullable String action, @Nullable Integer status, @Nullable Integer code, @Nullable String message,
            @Nullable Integer retryAfter, @Nullable Long latencyMs) {}

    record FaultView(
            long id, @Nullable String method, String path, @Nullable String credential, int onCall, @Nullable Integer times,
            @Nullable String lasting, double probability, String action, @Nullable Integer status, @Nullable Integer code,
            @Nullable String message, @Nullable Integer retryAfter, long latencyMs, String addedAt, long matched, long fired,
            boolean spent) {}

    record FaultList(List<FaultView> faults) {}

    @Operation(summary = "Add a fault: which calls (method, path pattern, credential), when (onCall, times, lasting,"
            + " probability) and what instead (action error, rateLimit, latency or drop) (sandbox)")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    FaultView add(Caller caller, @RequestBody FaultRequest request) {
        SandboxAccess.requireAdministrator(caller);
        FaultRule rule = rule(request);
        rules.add(rule);
        return view(rule);
    }

    @Operation(summary = "The faults in force, oldest first, with their counts (sandbox)")
    @GetMapping
    FaultList list(Caller caller) {
        SandboxAccess.requireAdministrator(caller);
        return new FaultList(rules.all().stream().map(this::view).toList());
    }

    @Operation(summary = "Remove one fault (sandbox)")
    @DeleteMapping("/{faultId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(Caller caller, @PathVariable long faultId) {
        SandboxAccess.requireAdministrator(caller);
        if (!rules.remove(faultId)) {
            throw new ApiException(ErrorCode.RESOURCE_NOT_EXIST, "No fault " + faultId);
        }
    }

    @Operation(summary = "Remove every fault (sandbox)")
    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void clear(Caller caller) {
        SandboxAccess.requireAdministrator(caller);
        rules.clear();
    }

    private FaultRule rule(FaultRequest r) {
        if (r.path() == null) {
            throw ApiException.missingField("path");
        }
        var pattern = PathPatterns.parse("path", r.path());
        String method = r.method() == null || r.method().isBlank() ? null : r.method().trim().toUpperCase(Locale.ROOT);
        if (method != null && !METHODS.contains(method)) {
            throw ApiException.invalidField("method", "must be one of " + METHODS.stream().sorted().toList() + ", not '" + r.method() + "'");
        }
        int onCall = r.onCall() == null ? 1 : r.onCall();
        if (onCall < 1) {
            throw ApiException.invalidField("onCall", "counts matching calls from 1, not " + onCall);
        }
        if (r.times() != null && r.times() < 1) {
            throw ApiException.invalidField("times", "must be 1 or more (leave it out for no limit), not " + r.times());
        }
        double probability = r.probability() == null ? 1.0 : r.probability();
        if (!(probability > 0 && probability <= 1)) {
            throw ApiException.invalidField("probability", "must be above 0 and at most 1, not " + probability);
        }
        Random random = r.seed() == null ? new Random() : new Random(r.seed());
        String credential = r.credential() == null || r.credential().isBlank() ? null : r.credential().trim();
        return new FaultRule(rules.nextId(), method, r.path().trim(), pattern, credential, onCall, r.times(), lasting(r.lasting()),
                probability, random, answer(r), clock.instant());
    }

    private static @Nullable Duration lasting(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Duration lasting = IsoValues.duration("lasting", text);
        if (lasting.isNegative() || lasting.isZero()) {
            throw ApiException.invalidField("lasting", "must be a positive duration, not " + text);
        }
        return lasting;
    }

    private static FaultRule.Answer answer(FaultRequest r) {
        if (r.action() == null || r.action().isBlank()) {
            throw ApiException.missingField("action");
        }
        long latency = r.latencyMs() == null ? 0 : r.latencyMs();
        if (latency < 0 || latency > MAX_LATENCY_MS) {
            throw ApiException.invalidField("latencyMs", "must be between 0 and " + MAX_LATENCY_MS + ", not " + latency);
        }
        return switch (r.action().trim()) {
            case "error" -> error(r, latency);
            case "rateLimit" -> {
                int retryAfter = r.retryAfter() == null ? 1 : r.retryAfter();
                if (retryAfter < 0 || retryAfter > 3600) {
                    throw ApiException.invalidField("retryAfter", "must be between 0 and 3600 seconds, not " + retryAfter);
                }
                yield new FaultRule.Answer(FaultRule.Action.RATE_LIMIT, 429, 0, "Too Many Requests", retryAfter, latency);
            }
            case "latency" -> {
                if (latency == 0) {
                    throw ApiException.missingField("latencyMs");
                }
                yield new FaultRule.Answer(FaultRule.Action.LATENCY, 0, 0, "", 0, latency);
            }
            case "drop" -> new FaultRule.Answer(FaultRule.Action.DROP, 0, 0, "", 0, latency);
            default -> throw ApiException.invalidField("action", "must be error, rateLimit, latency or drop, not '" + r.action() + "'");
        };
    }

    private static FaultRule.Answer error(FaultRequest r, long latency) {
        int status = r.status() == null ? 500 : r.status();
        if (status < 400 || status > 599) {
            throw ApiException.invalidField("status", "must be an error status, 400-599, not " + status);
        }
        int code = r.code() != null ? r.code() : status >= 500 ? ErrorCode.INTERNAL_ERROR.code() : ErrorCode.INVALID_PARAMETER.code();
        String message = r.message() == null || r.message().isBlank() ? "Fault injected by the sandbox" : r.message();
        return new FaultRule.Answer(FaultRule.Action.ERROR, status, code, message, 0, latency);
    }

    private FaultView view(FaultRule rule) {
        FaultRule.Answer a = rule.answer;
        boolean error = a.action() == FaultRule.Action.ERROR;
        String action = switch (a.action()) {
            case ERROR -> "error";
            case RATE_LIMIT -> "rateLimit";
            case LATENCY -> "latency";
            case DROP -> "drop";
        };
        synchronized (rules) {
            return new FaultView(rule.id, rule.method, rule.path, rule.credential, rule.onCall, rule.times,
                    rule.lasting == null ? null : rule.lasting.toString(), rule.probability, action,
                    error || a.action() == FaultRule.Action.RATE_LIMIT ? a.status() : null, error ? a.code() : null,
                    error ? a.message() : null, a.action() == FaultRule.Action.RATE_LIMIT ? a.retryAfterSeconds() : null,
                    a.latencyMs(), Times.iso(rule.addedAt.atOffset(ZoneOffset.UTC)), rule.matched, rule.fired,
                    rule.spent(clock.instant()));
        }
    }
}
