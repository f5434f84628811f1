package io.leadline.webhooks;

import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.PageSize;
import io.leadline.web.Times;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Leadline's view into delivery: state, pause and resume, signing secrets, test pings, the log and replays. */
@RestController
@Tag(name = "Leadline webhooks")
@RequestMapping("/leadline/v1/webhooks/{subscribeId}")
class WebhookAdminController {

    static final int LOG_MAX = 200;

    private final WebhookService webhooks;

    WebhookAdminController(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    record State(
            long subscribeId,
            long userId,
            int listId,
            String callbackUrl,
            int limit,
            int permissionMode,
            boolean paused,
            boolean signed,
            @Nullable String retryingUntil,
            long pendingEvents,
            String createTime) {}

    private State state(Subscription s) {
        return new State(s.id(), s.userId(), s.listId(), s.callbackUrl(), s.limit(), s.permissionMode(), s.paused(), s.secret() != null,
                Times.iso(s.blockedUntil()), webhooks.pendingEvents(s.id()), Times.iso(s.createdAt()));
    }

    @Operation(summary = "A subscription's delivery state: paused, signed, held for a retry until, events waiting")
    @GetMapping
    State get(Caller caller, @PathVariable long subscribeId) {
        return state(webhooks.own(caller, subscribeId));
    }

    record PauseRequest(@Nullable Boolean paused) {}

    @Operation(summary = "Pause (events keep collecting) or resume delivery")
    @PutMapping("/paused")
    State pause(Caller caller, @PathVariable long subscribeId, @RequestBody PauseRequest request) {
        if (request.paused() == null) {
            throw ApiException.missingField("paused");
        }
        return state(webhooks.setPaused(caller, subscribeId, request.paused()));
    }

    record SecretResponse(String secret) {}

    @Operation(summary = "Create or rotate the signing secret (shown once); the previous one keeps signing for 24 hours")
    @PostMapping("/secret")
    SecretResponse rotateSecret(Caller caller, @PathVariable long subscribeId) {
        return new SecretResponse(webhooks.rotateSecret(caller, subscribeId));
    }

    record AttemptView(String attemptedAt, @Nullable Integer httpStatus, long latencyMs, @Nullable String error,
            @Nullable String responseExcerpt) {}

    record DeliveryView(
            long messageId,
            String webhookId,
            String kind,
            String status,
            int eventCount,
            int attempts,
            @Nullable String nextAttemptAt,
            String createTime,
            @Nullable String finishTime,
            List<AttemptView> attemptLog) {

        static DeliveryView of(WebhookService.Delivery d) {
            Message m = d.message();
            return new DeliveryView(m.id(), m.webhookId(), m.kind(), m.status(), m.eventCount(), m.attempts(), Times.iso(m.nextAttemptAt()),
                    Times.iso(m.createdAt()), Times.iso(m.finishedAt()),
                    d.attempts().stream()
                            .map(a -> new AttemptView(Times.iso(a.attemptedAt()), a.httpStatus(), a.latencyMs(), a.error(),
                                    a.responseExcerpt()))
                            .toList());
        }
    }

    record DeliveriesResponse(List<DeliveryView> deliveries) {}

    @Operation(summary = "The delivery log, newest first: each message with every attempt's status code, latency and error")
    @GetMapping("/deliveries")
    DeliveriesResponse deliveries(Caller caller, @PathVariable long subscribeId, @RequestParam(defaultValue = "50") int limit) {
        PageSize.field("limit", limit, LOG_MAX);
        return new DeliveriesResponse(webhooks.deliveries(caller, subscribeId, limit).stream().map(DeliveryView::of).toList());
    }

    @Operation(summary = "Send a finished message again, with its original webhook-id and body")
    @PostMapping("/deliveries/{messageId}/replay")
    DeliveryView replay(Caller caller, @PathVariable long subscribeId, @PathVariable long messageId) {
        return DeliveryView.of(webhooks.replay(caller, subscribeId, messageId));
    }

    record ReplaySinceRequest(@Nullable String since) {}

    record ReplaySinceResponse(int requeued) {}

    @Operation(summary = "Send again, in order and through the dispatcher, every finished batch of events made since a time"
            + " that the log still holds (same webhook-id and body)")
    @PostMapping("/replay")
    ReplaySinceResponse replaySince(Caller caller, @PathVariable long subscribeId, @RequestBody ReplaySinceRequest request) {
        if (request.since() == null || request.since().isBlank()) {
            throw ApiException.missingField("since");
        }
        return new ReplaySinceResponse(webhooks.replaySince(caller, subscribeId, Times.parse("since", request.since())));
    }

    @Operation(summary = "POST a test payload to the callback now and log it")
    @PostMapping("/ping")
    DeliveryView ping(Caller caller, @PathVariable long subscribeId) {
        return DeliveryView.of(webhooks.ping(caller, subscribeId));
    }
}
