package io.leadline.communications;

import io.leadline.web.DatabaseProduct;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The carriers this server is configured with, one per channel: {@code leadline.messages.email} (smtp or capture) and
 * {@code leadline.messages.sms} (twilio or capture). Unset means capture on the embedded database and none on
 * PostgreSQL. A carrier that is chosen but incompletely configured stops the server at start.
 */
@Component
class Carriers {

    private final @Nullable Carrier email;
    private final @Nullable Carrier sms;

    Carriers(MessagingProperties properties, DatabaseProduct database, JsonMapper json) {
        this.email = choose("email", properties.email(), database, "smtp", () -> new SmtpCarrier(properties.smtp()));
        this.sms = choose("sms", properties.sms(), database, "twilio", () -> new TwilioCarrier(properties.twilio(), json));
    }

    Optional<Carrier> forChannel(Channel channel) {
        return Optional.ofNullable(channel == Channel.EMAIL ? email : channel == Channel.TEXT ? sms : null);
    }

    /** The carrier a queued message names, if this server still has it. */
    Optional<Carrier> named(@Nullable String name, Channel channel) {
        return forChannel(channel).filter(carrier -> carrier.name().equals(name));
    }

    private static @Nullable Carrier choose(String channel, @Nullable String setting, DatabaseProduct database, String real,
            Supplier<Carrier> realCarrier) {
        String chosen = setting == null ? "" : setting.trim().toLowerCase(Locale.ROOT);
        if (chosen.isEmpty()) {
            return database.isH2() ? new CaptureCarrier() : null;
        }
        if (chosen.equals("capture")) {
            return new CaptureCarrier();
        }
        if (chosen.equals(real)) {
            return realCarrier.get();
        }
        throw new IllegalStateException("leadline.messages." + channel + " must be " + real + " or capture, not '" + setting + "'");
    }
}
