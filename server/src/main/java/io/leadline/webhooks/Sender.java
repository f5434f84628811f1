package io.leadline.webhooks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import io.leadline.web.OutboundAddresses;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * POSTs one message to its subscription's URL, signed when the subscription has a secret, within the timeout. The
 * host is resolved once per connection by {@link #resolver}, which refuses special-purpose and own addresses and hands
 * the client exactly the addresses it checked: no second lookup a DNS rebinding could answer differently (LL-13).
 * Redirects are not followed, so a public URL cannot bounce the POST inside the network.
 */
@Component
class Sender implements AutoCloseable {

    /** {@code responseExcerpt}: the start of what the receiver answered, for the delivery log. */
    record Outcome(@Nullable Integer httpStatus, long latencyMs, @Nullable String error, @Nullable String responseExcerpt) {

        boolean delivered() {
            return httpStatus != null && httpStatus >= 200 && httpStatus < 300;
        }
    }

    private final CloseableHttpClient http;
    private final WebhookProperties properties;
    private final Clock clock;

    Sender(WebhookProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        Timeout timeout = Timeout.of(properties.timeout());
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(resolver(properties.allowInsecureTargets()))
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(timeout)
                                .setSocketTimeout(timeout)
                                .build())
                        .setMaxConnTotal(64)
                        .setMaxConnPerRoute(4)
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(timeout).build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .build();
    }

    /** Every name resolved for a webhook connection goes through {@link OutboundAddresses#vetted}, unless insecure targets are allowed. */
    static DnsResolver resolver(boolean allowInsecure) {
        if (allowInsecure) {
            return SystemDefaultDnsResolver.INSTANCE;
        }
        return new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                return OutboundAddresses.vetted(host);
            }

            @Override
            public String resolveCanonicalHostname(String host) throws UnknownHostException {
                return host;
            }
        };
    }

    Outcome send(Subscription subscription, Message message) {
        long started = System.nanoTime();
        try {
            URI uri = URI.create(subscription.callbackUrl());
            long timestamp = clock.instant().getEpochSecond();
            HttpPost post = new HttpPost(uri);
            post.setHeader("User-Agent", "Leadline-Webhooks/1");
            post.setHeader("webhook-id", message.webhookId());
            post.setHeader("webhook-timestamp", String.valueOf(timestamp));
            String signature = signature(subscription, message, timestamp);
            if (signature != null) {
                post.setHeader("webhook-signature", signature);
            }
            post.setEntity(new StringEntity(message.payload(), ContentType.APPLICATION_JSON));
            Outcome answered = http.execute(post, response -> new Outcome(response.getCode(), 0, null, excerpt(response.getEntity())));
            return new Outcome(answered.httpStatus(), elapsedMs(started), null, answered.responseExcerpt());
        } catch (Exception e) {
            String why = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            return new Outcome(null, elapsedMs(started), why.length() > 500 ? why.substring(0, 500) : why, null);
        }
    }

    static final int EXCERPT_BYTES = 300;

    /** The first bytes of the answer as text (a UTF-8 character cut in two is replaced); the rest is read and dropped. */
    private static @Nullable String excerpt(@Nullable HttpEntity entity) throws IOException {
        if (entity == null) {
            return null;
        }
        try (InputStream body = entity.getContent()) {
            byte[] start = body.readNBytes(EXCERPT_BYTES);
            body.transferTo(OutputStream.nullOutputStream());
            String text = new String(start, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? null : text;
        }
    }

    @Override
    public void close() throws IOException {
        http.close();
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
