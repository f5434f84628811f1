package io.leadline.communications.delivery;

import io.leadline.communications.Channel;
import io.leadline.database.DatabaseProduct;
import io.leadline.database.StartupRefused;
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
    private final CredentialCipher cipher;
    private final MessagingProperties.Smtp server;
    private final MessagingProperties.TeamSmtp teamSmtp;
    private final java.util.Map<Long, TeamCarrier> teamCarriers = new java.util.concurrent.ConcurrentHashMap<>();

    Carriers(MessagingProperties properties, DatabaseProduct database, JsonMapper json, CredentialCipher cipher) {
        this.cipher = cipher;
        this.server = properties.smtp();
        this.teamSmtp = properties.teamSmtp();
        this.email = choose("email", properties.email(), database.isH2(), "smtp", () -> new SmtpCarrier(properties.smtp()));
        this.sms = choose("sms", properties.sms(), database.isH2(), "twilio", () -> new TwilioCarrier(properties.twilio(), json));
    }

    Optional<Carrier> forChannel(Channel channel) {
        return Optional.ofNullable(channel == Channel.EMAIL ? email : channel == Channel.TEXT ? sms : null);
    }

    /**
     * The carrier a queued message names, if this server still has it: for an email over SMTP of a team with its own
     * server, that server (a carrier per team, rebuilt when the team changes its settings).
     */
    Optional<Carrier> named(@Nullable String name, Channel channel, MailSettingsRepository.@Nullable TeamMail teamMail) {
        Optional<Carrier> configured = forChannel(channel).filter(carrier -> carrier.name().equals(name));
        if (configured.isEmpty() || teamMail == null || teamMail.host() == null || !(configured.get() instanceof SmtpCarrier)) {
            return configured;
        }
        TeamCarrier cached = teamCarriers.get(teamMail.teamId());
        if (cached == null || !cached.version().equals(teamMail.updatedAt())) {
            cached = new TeamCarrier(teamMail.updatedAt(), SmtpCarrier.teamOwn(new MessagingProperties.Smtp(teamMail.host(),
                    teamMail.port() == null ? 587 : teamMail.port(), teamMail.security() == null ? "starttls" : teamMail.security(),
                    teamMail.username(), teamMail.sealedPassword() == null ? null : cipher.decrypt(teamMail.sealedPassword()).orElse(null),
                    teamMail.from(), teamMail.fromName(), server.timeout()), teamSmtp.allowPrivateHosts()));
            teamCarriers.put(teamMail.teamId(), cached);
        }
        return Optional.of(cached.carrier());
    }

    /** Refuses, before anything is built, the settings the carriers would refuse at start ({@link MessagingSettingsCheck}). */
    static void checkSettings(MessagingProperties properties) {
        if (chosen("email", properties.email(), "smtp").equals("smtp")) {
            SmtpCarrier.requireComplete(properties.smtp());
        }
        if (chosen("sms", properties.sms(), "twilio").equals("twilio")) {
            TwilioCarrier.requireComplete(properties.twilio());
        }
    }

    private record TeamCarrier(java.time.OffsetDateTime version, Carrier carrier) {}

    private static @Nullable Carrier choose(String channel, @Nullable String setting, boolean h2, String real,
            Supplier<Carrier> realCarrier) {
        return switch (chosen(channel, setting, real)) {
            case "" -> h2 ? new CaptureCarrier() : null;
            case "capture" -> new CaptureCarrier();
            default -> realCarrier.get();
        };
    }

    /** The setting as one of "", "capture" or the real carrier's name; anything else refuses the start. */
    private static String chosen(String channel, @Nullable String setting, String real) {
        String chosen = setting == null ? "" : setting.trim().toLowerCase(Locale.ROOT);
        if (chosen.isEmpty() || chosen.equals("capture") || chosen.equals(real)) {
            return chosen;
        }
        throw new StartupRefused(StartupRefused.Reason.CONFIGURATION,
                "leadline.messages." + channel + " must be " + real + " or capture, not '" + setting + "'");
    }
}
