package io.leadline.communications.delivery;

import io.leadline.outbound.Backoff;
import io.leadline.outbound.RetryPolicy;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code leadline.messages.*} (defaults in application.yml). {@code email} is {@code smtp} or {@code capture},
 * {@code sms} is {@code twilio} or {@code capture}; left empty, both are {@code capture} on the embedded database and
 * refused on PostgreSQL, so a production server sends nothing until someone chooses. The delivery settings share
 * their names with {@code leadline.webhooks.*} (docs/operations.md, "Deliveries").
 */
@ConfigurationProperties("leadline.messages")
record MessagingProperties(
        @Nullable String email,
        @Nullable String sms,
        Smtp smtp,
        TeamSmtp teamSmtp,
        Twilio twilio,
        Duration pollInterval,
        Duration lease,
        @Nullable Integer attempts,
        @Nullable Duration retryFor,
        Duration firstRetry,
        Duration maxRetry,
        int dispatchers,
        boolean dispatch) {

    /** A message the carrier may take later is tried again on a doubling schedule, not spread: one carrier per server. */
    RetryPolicy retries() {
        return new RetryPolicy(new Backoff(firstRetry, maxRetry, 0), attempts, retryFor);
    }

    /** The SMTP server emails are handed to; {@code security} is none, starttls or ssl. */
    record Smtp(@Nullable String host, int port, String security, @Nullable String username, @Nullable String password,
            @Nullable String from, @Nullable String fromName, Duration timeout) {}

    /**
     * What a team may set as its own SMTP server: never an address inside the server's network (the webhook rule)
     * unless {@code allowPrivateHosts}, and only one of {@code ports} (empty: any port).
     */
    record TeamSmtp(boolean allowPrivateHosts, java.util.List<Integer> ports) {}

    /**
     * A Twilio-style Messages API: {@code baseUrl}/2010-04-01/Accounts/{accountSid}/Messages.json with Basic auth; the
     * inbound callback is signed with {@code authToken} over {@code inboundBaseUrl} + the path it was sent to.
     */
    record Twilio(String baseUrl, @Nullable String accountSid, @Nullable String authToken, @Nullable String from,
            @Nullable String inboundBaseUrl, Duration timeout) {}
}
