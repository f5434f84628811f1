package io.leadline.webhooks;

import io.leadline.web.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Lofty's webhook subscription endpoints. */
@RestController
@Tag(name = "Webhooks")
class WebhookController {

    private final WebhookService webhooks;

    WebhookController(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    /** Lofty's WebhookResponse; {@code vendorId} is always null: Leadline has no vendor accounts. */
    record WebhookResponse(long subscribeId, long teamId, int listId, @Nullable Long vendorId, String callbackUrl, int limit, int permissionMode) {
        static WebhookResponse of(Subscription s) {
            return new WebhookResponse(s.id(), s.teamId(), s.listId(), null, s.callbackUrl(), s.limit(), s.permissionMode());
        }
    }

    @Operation(summary = "Subscribe the caller to a webhook list (1–12); events are POSTed to callbackUrl in batches of at most limit")
    @PostMapping("/v1.0/webhook")
    WebhookResponse subscribe(Caller caller, @RequestBody WebhookService.SubscribeRequest request) {
        return WebhookResponse.of(webhooks.subscribe(caller, request));
    }

    @Operation(summary = "The team's webhook subscriptions")
    @GetMapping("/v1.0/webhooks")
    List<WebhookResponse> list(Caller caller) {
        return webhooks.list(caller, true).stream().map(WebhookResponse::of).toList();
    }

    @Operation(summary = "Leadline: subscribe to one of Leadline's own lists (101: a summary when an import job ends)")
    @PostMapping("/leadline/v1/webhooks")
    WebhookResponse subscribeToLeadlineList(Caller caller, @RequestBody WebhookService.SubscribeRequest request) {
        return WebhookResponse.of(webhooks.subscribeToLeadlineList(caller, request));
    }

    @Operation(summary = "Leadline: every subscription of the team, Lofty's lists and Leadline's own")
    @GetMapping("/leadline/v1/webhooks")
    List<WebhookResponse> listAll(Caller caller) {
        return webhooks.list(caller, false).stream().map(WebhookResponse::of).toList();
    }

    @Operation(summary = "Delete a subscription (the caller's own; owners and admins any); answers 200 with an empty body")
    @DeleteMapping("/v1.0/webhook/{subscribeId}")
    ResponseEntity<Void> unsubscribe(Caller caller, @PathVariable long subscribeId) {
        webhooks.unsubscribe(caller, subscribeId);
        return ResponseEntity.ok().build();
    }
}
