package io.leadline.sandbox.receivers;

import io.leadline.sandbox.SandboxAccess;
import io.leadline.sandbox.SandboxProperties;
import io.leadline.sandbox.Sandboxed;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.ErrorCode;
import io.leadline.web.Times;
import io.leadline.web.UnauthenticatedPaths;
import io.leadline.webhooks.DeliverySignatures;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Webhook receivers inside the server: a subscription's callback URL may be
 * {@code http://<this server>/leadline/v1/sandbox/receivers/<name>}. Deliveries are posted without a credential, as
 * any webhook sender does; reading them back is a server administrator's.
 */
@RestController
@Sandboxed
@Tag(name = "Leadline sandbox")
@RequestMapping(ReceiverController.PATH)
class ReceiverController implements UnauthenticatedPaths {

    static final String PATH = SandboxAccess.PREFIX + "/receivers";
    private static final String NAME = "[A-Za-z0-9-]{1,64}";

    private final Receivers receivers;
    private final DeliverySignatures signatures;
    private final Clock clock;
    private final int bodyLimit;

    ReceiverController(Receivers receivers, DeliverySignatures signatures, Clock clock, SandboxProperties properties) {
        this.receivers = receivers;
        this.signatures = signatures;
        this.clock = clock;
        this.bodyLimit = properties.bodyLimitBytes();
    }

    @Override
    public List<String> patterns() {
        return List.of(PATH + "/*");
    }

    record Received(long deliveryId) {}

    @Operation(summary = "A webhook delivery arriving (no credential: webhook senders have none) (sandbox)")
    @PostMapping("/{name}")
    Received receive(@PathVariable String name, HttpServletRequest request) throws IOException {
        checkName(name);
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(bodyLimit + 1);
        }
        String text = new String(body, 0, Math.min(body.length, bodyLimit), StandardCharsets.UTF_8);
        Map<String, String> headers = headers(request);
        Boolean verified = body.length > bodyLimit ? null : signatures.verified(request.getRequestURI(),
                headers.get("webhook-id"), headers.get("webhook-timestamp"), headers.get("webhook-signature"), text);
        Long id = receivers.record(name, clock.instant(), headers, text.isEmpty() ? null : text, body.length > bodyLimit, verified);
        if (id == null) {
            throw new ApiException(ErrorCode.CONFLICT, "The sandbox holds its most receivers already: clear one first");
        }
        return new Received(id);
    }

    record DeliveryView(long id, String at, Map<String, String> headers, @Nullable String body, boolean bodyTruncated,
            @Nullable Boolean signatureVerified) {}

    record DeliveryList(String receiver, List<DeliveryView> deliveries) {}

    @Operation(summary = "What reached a receiver, oldest first: headers, body and whether its signature verified"
            + " (null: no signed subscription sends there) (sandbox)")
    @GetMapping("/{name}/deliveries")
    DeliveryList deliveries(Caller caller, @PathVariable String name) {
        SandboxAccess.requireAdministrator(caller);
        checkName(name);
        return new DeliveryList(name, receivers.deliveries(name).stream()
                .map(d -> new DeliveryView(d.id(), Times.iso(d.at().atOffset(ZoneOffset.UTC)), d.headers(), d.body(),
                        d.bodyTruncated(), d.signatureVerified()))
                .toList());
    }

    @Operation(summary = "Forget what reached a receiver (sandbox)")
    @DeleteMapping("/{name}/deliveries")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void clear(Caller caller, @PathVariable String name) {
        SandboxAccess.requireAdministrator(caller);
        checkName(name);
        receivers.clear(name);
    }

    @Operation(summary = "Forget what reached every receiver (sandbox)")
    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void clearAll(Caller caller) {
        SandboxAccess.requireAdministrator(caller);
        receivers.clearAll();
    }

    private static void checkName(String name) {
        if (!name.matches(NAME)) {
            throw ApiException.invalidField("name", "a receiver's name is 1-64 letters, digits and dashes, not '" + name + "'");
        }
    }

    private static Map<String, String> headers(HttpServletRequest request) {
        Map<String, String> headers = new TreeMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name.toLowerCase(Locale.ROOT), String.join(", ", Collections.list(request.getHeaders(name))));
        }
        return headers;
    }
}
