package io.leadline.communications.delivery;

import io.leadline.communications.Channel;
import org.jspecify.annotations.Nullable;

/** What hands a queued email or text to the outside world: an SMTP server, an SMS provider, or nobody (capture). */
sealed interface Carrier permits SmtpCarrier, TwilioCarrier, CaptureCarrier {

    /** How the carrier is named in configuration and on each message it carried ({@code provider}). */
    String name();

    Delivery deliver(Outbound message);

    /** Several messages, each with its own outcome, in order; a carrier that can share one connection does. */
    default java.util.List<Delivery> deliverAll(java.util.List<Outbound> messages) {
        return messages.stream().map(this::deliver).toList();
    }

    /**
     * One message as the carrier needs it. {@code to} is the lead's address or phone as stored; {@code from} and
     * {@code fromName} are the team's own sender for an email (null: the carrier's).
     */
    record Outbound(long id, Channel channel, String to, @Nullable String subject, String body, @Nullable String from,
            @Nullable String fromName) {}

    /** The outcome: sent (with the carrier's id for it), worth another try later, or failed for good. */
    record Delivery(Outcome outcome, @Nullable String providerId, @Nullable String error) {

        static Delivery sent(String providerId) {
            return new Delivery(Outcome.SENT, providerId, null);
        }

        static Delivery retry(String error) {
            return new Delivery(Outcome.RETRY, null, error);
        }

        static Delivery failed(String error) {
            return new Delivery(Outcome.FAILED, null, error);
        }
    }

    enum Outcome {
        SENT,
        RETRY,
        FAILED
    }
}
