package io.leadline.sandbox.behaviours;

import io.leadline.sandbox.IsoValues;
import io.leadline.sandbox.SandboxAccess;
import io.leadline.sandbox.Sandboxed;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Lofty's own behaviours, switched on to test a client against them: reads that lag writes, late and repeated webhooks. */
@RestController
@Sandboxed
@Tag(name = "Leadline sandbox")
@RequestMapping(SandboxAccess.PREFIX + "/lofty-behaviours")
class BehavioursController {

    private static final Set<String> KNOWN = Set.of("readLag", "lateWebhooks", "duplicateWebhooks", "outOfOrderWebhooks");
    static final Duration MAX_LAG = Duration.ofMinutes(10);
    /** Lofty documents deliveries within five minutes. */
    static final Duration MAX_LATENESS = Duration.ofMinutes(5);

    private final ReadLag readLag;
    private final LoftyDeliveries deliveries;

    BehavioursController(ReadLag readLag, LoftyDeliveries deliveries) {
        this.readLag = readLag;
        this.deliveries = deliveries;
    }

    record Lateness(String min, String max) {}

    record Behaviours(@Nullable String readLag, @Nullable Lateness lateWebhooks, double duplicateWebhooks, double outOfOrderWebhooks) {}

    @Operation(summary = "The Lofty behaviours switched on (sandbox)")
    @GetMapping
    Behaviours get(Caller caller) {
        SandboxAccess.requireAdministrator(caller);
        return state();
    }

    @Operation(summary = "Switch Lofty behaviours: {\"readLag\": \"PT5S\"} makes a lead created or updated answer 404 and"
            + " stay out of lists for that long; lateWebhooks, duplicateWebhooks and outOfOrderWebhooks change deliveries"
            + " (README); null switches one off (sandbox)")
    @PutMapping
    Behaviours set(Caller caller, @RequestBody JsonNode body) {
        SandboxAccess.requireAdministrator(caller);
        if (!body.isObject()) {
            throw ApiException.invalidField("body", "must be an object such as {\"readLag\": \"PT5S\"}");
        }
        body.propertyNames().forEach(name -> {
            if (!KNOWN.contains(name)) {
                throw ApiException.invalidField(name, "is not a behaviour the sandbox has; it has " + KNOWN);
            }
        });
        LoftyDeliveries.Range lateness = body.has("lateWebhooks") ? lateness(body.get("lateWebhooks")) : deliveries.lateness();
        double duplicates = body.has("duplicateWebhooks") ? probability("duplicateWebhooks", body.get("duplicateWebhooks")) : deliveries.duplicates();
        double outOfOrder = body.has("outOfOrderWebhooks") ? probability("outOfOrderWebhooks", body.get("outOfOrderWebhooks")) : deliveries.outOfOrder();
        Duration lag = body.has("readLag") ? lag(body.get("readLag")) : readLag.lag();
        readLag.set(lag);
        deliveries.lateness(lateness);
        deliveries.duplicates(duplicates);
        deliveries.outOfOrder(outOfOrder);
        return state();
    }

    private static @Nullable Duration lag(JsonNode value) {
        if (value.isNull()) {
            return null;
        }
        Duration lag = IsoValues.duration("readLag", value.asString(""));
        if (lag.isNegative() || lag.compareTo(MAX_LAG) > 0) {
            throw ApiException.invalidField("readLag", "must be between PT0S and " + MAX_LAG + ", not " + value.asString());
        }
        return lag.isZero() ? null : lag;
    }

    /** {"min": "PT10S", "max": "PT5M"}, or one duration for both; null switches it off. */
    private static LoftyDeliveries.@Nullable Range lateness(JsonNode value) {
        if (value.isNull()) {
            return null;
        }
        Duration min = IsoValues.duration("lateWebhooks", (value.isObject() ? value.path("min") : value).asString(""));
        Duration max = value.isObject() ? IsoValues.duration("lateWebhooks", value.path("max").asString("")) : min;
        if (min.isNegative() || max.compareTo(MAX_LATENESS) > 0 || max.compareTo(min) < 0) {
            throw ApiException.invalidField("lateWebhooks", "needs 0 <= min <= max <= " + MAX_LATENESS + ", not " + value);
        }
        return max.isZero() ? null : new LoftyDeliveries.Range(min, max);
    }

    private static double probability(String field, JsonNode value) {
        double probability = value.isNull() ? 0 : value.asDouble(-1);
        if (!value.isNull() && !value.isNumber() || probability < 0 || probability > 1) {
            throw ApiException.invalidField(field, "is a probability from 0 to 1, not " + value);
        }
        return probability;
    }

    private Behaviours state() {
        Duration lag = readLag.lag();
        LoftyDeliveries.Range lateness = deliveries.lateness();
        return new Behaviours(lag == null ? null : lag.toString(),
                lateness == null ? null : new Lateness(lateness.min().toString(), lateness.max().toString()), deliveries.duplicates(),
                deliveries.outOfOrder());
    }
}
