package io.leadline.webhooks;

import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Checks a delivery the way a receiver would: does its {@code webhook-signature} hold the signature, under the
 * secret (or the still-valid previous secret) of a subscription sending to that URL path, of its id, timestamp and
 * body? The sandbox's built-in receivers report it for every delivery they record.
 */
@Component
public class DeliverySignatures {

    private final SubscriptionRepository subscriptions;
    private final Clock clock;

    DeliverySignatures(SubscriptionRepository subscriptions, Clock clock) {
        this.subscriptions = subscriptions;
        this.clock = clock;
    }

    /** True or false; null when no signed subscription sends to {@code path}, so there is nothing to check against. */
    public @Nullable Boolean verified(String path, @Nullable String id, @Nullable String timestamp,
            @Nullable String signatureHeader, String body) {
        List<String> secrets = secretsFor(path);
        if (secrets.isEmpty()) {
            return null;
        }
        if (id == null || timestamp == null || signatureHeader == null || !timestamp.matches("\\d{1,12}")) {
            return false;
        }
        List<String> given = Arrays.asList(signatureHeader.trim().split(" +"));
        return secrets.stream().anyMatch(secret -> given.contains(Signatures.sign(secret, id, Long.parseLong(timestamp), body)));
    }

    private List<String> secretsFor(String path) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return subscriptions.signedWithUrlContaining(path).stream()
                .filter(s -> path.equals(URI.create(s.callbackUrl()).getPath()))
                .flatMap(s -> s.previousSecret() != null && s.previousSecretUntil() != null && s.previousSecretUntil().isAfter(now)
                        ? Stream.of(s.secret(), s.previousSecret())
                        : Stream.of(s.secret()))
                .toList();
    }
}
