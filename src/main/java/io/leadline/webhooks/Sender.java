package io.leadline.webhooks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** POSTs one message to its subscription's URL, signed when the subscription has a secret, within the timeout. */
@Component
class Sender {

    record Outcome(@Nullable Integer httpStatus, long latencyMs, @Nullable String error) {

        boolean delivered() {
            return httpStatus != null && httpStatus >= 200 && httpStatus < 300;
        }
    }

    private final HttpClient http;
    private final WebhookProperties properties;
    private final Clock clock;

    Sender(WebhookProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    Outcome send(Subscription subscription, Message message) {
        long started = System.nanoTime();
        try {
            URI uri = URI.create(subscription.callbackUrl());
            if (!properties.allowInsecureTargets()) {
                CallbackUrls.checkPublic(subscription.callbackUrl(), uri.getHost());
            }
            long timestamp = clock.instant().getEpochSecond();
            HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                    .timeout(properties.timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Leadline-Webhooks/1")
                    .header("webhook-id", message.webhookId())
                    .header("webhook-timestamp", String.valueOf(timestamp))
                    .POST(HttpRequest.BodyPublishers.ofString(message.payload()));
            String signature = signature(subscription, message, timestamp);
            if (signature != null) {
                request.header("webhook-signature", signature);
            }
            HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            return new Outcome(response.statusCode(), elapsedMs(started), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, elapsedMs(started), "interrupted");
        } catch (Exception e) {
            String why = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            return new Outcome(null, elapsedMs(started), why.length() > 500 ? why.substring(0, 500) : why);
        }
    }

    /** While a rotated-out secret is still valid, both signatures go, space-separated, as Standard Webhooks allows. */
    private @Nullable String signature(Subscription s, Message message, long timestamp) {
        if (s.secret() == null) {
            return null;
        }
        String current = Signatures.sign(s.secret(), message.webhookId(), timestamp, message.payload());
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (s.previousSecret() != null && s.previousSecretUntil() != null && s.previousSecretUntil().isAfter(now)) {
            return current + " " + Signatures.sign(s.previousSecret(), message.webhookId(), timestamp, message.payload());
        }
        return current;
    }

    private static long elapsedMs(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
