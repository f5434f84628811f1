package io.leadline.sandbox;

import io.leadline.clock.ClockMoved;
import io.leadline.clock.ServerClock;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.Times;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The server's time, set or advanced. Moving it publishes {@link ClockMoved} before answering: reminders and offers
 * that fell due are settled by then, and waiting deliveries and retries look again at once.
 */
@RestController
@Sandboxed
@Tag(name = "Leadline sandbox")
@RequestMapping(SandboxAccess.PREFIX + "/clock")
class ClockController {

    private final ServerClock clock;
    private final ApplicationEventPublisher events;

    ClockController(ServerClock clock, ApplicationEventPublisher events) {
        this.clock = clock;
        this.events = events;
    }

    record ClockState(String now, String offset, long offsetMillis) {}

    record ClockChange(@Nullable String now, @Nullable String advance) {}

    @Operation(summary = "The server's time and how far it runs ahead of the machine's (sandbox)")
    @GetMapping
    ClockState get(Caller caller) {
        SandboxAccess.requireAdministrator(caller);
        return state();
    }

    @Operation(summary = "Set the server's time forward ({\"now\": ISO time}) or advance it ({\"advance\": ISO duration}) (sandbox)")
    @PutMapping
    ClockState move(Caller caller, @RequestBody ClockChange change) {
        SandboxAccess.requireAdministrator(caller);
        clock.advance(step(change));
        events.publishEvent(new ClockMoved());
        return state();
    }

    private Duration step(ClockChange change) {
        if ((change.now() == null) == (change.advance() == null)) {
            throw ApiException.invalidField("now", "give exactly one of now (an ISO-8601 time) and advance (an ISO-8601 duration)");
        }
        if (change.advance() != null) {
            Duration by = IsoValues.duration("advance", change.advance());
            if (by.isNegative()) {
                throw ApiException.invalidField("advance", "the clock only moves forward, not by " + change.advance());
            }
            target(clock.instant().plus(by));
            return by;
        }
        Instant to = target(IsoValues.time("now", change.now()));
        Instant current = clock.instant();
        if (to.isBefore(current)) {
            throw ApiException.invalidField("now", "the clock only moves forward: " + change.now() + " is before the server's "
                    + Times.iso(current.atOffset(ZoneOffset.UTC)));
        }
        return Duration.between(current, to);
    }

    private static Instant target(Instant to) {
        return Times.accepted("now", to.atOffset(ZoneOffset.UTC)).toInstant();
    }

    private ClockState state() {
        Duration offset = clock.offset();
        return new ClockState(Times.iso(clock.instant().atOffset(ZoneOffset.UTC)), offset.toString(), offset.toMillis());
    }
}
