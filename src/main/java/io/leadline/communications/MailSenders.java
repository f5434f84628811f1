package io.leadline.communications;

import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.ErrorCode;
import io.leadline.web.Times;
import java.time.Clock;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The team's sender: the From address and name of the emails its members send. The SMTP server and its credentials
 * are the server's configuration ({@code leadline.messages.smtp.*}), whose {@code from} serves teams without one.
 */
@Service
class MailSenders {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final MailSettingsRepository settings;
    private final MessagingProperties properties;
    private final Clock clock;

    MailSenders(MailSettingsRepository settings, MessagingProperties properties, Clock clock) {
        this.settings = settings;
        this.properties = properties;
        this.clock = clock;
    }

    record MailSettings(@Nullable String from, @Nullable String fromName, boolean teamOwn) {}

    @Transactional(readOnly = true)
    MailSettings get(Caller caller) {
        return settings.find(caller.teamId())
                .map(s -> new MailSettings(s.from(), s.fromName(), true))
                .orElseGet(this::server);
    }

    @Transactional
    MailSettings put(Caller caller, @Nullable String from, @Nullable String fromName) {
        requireManager(caller);
        if (from == null || from.isBlank()) {
            throw ApiException.missingField("from");
        }
        String address = from.trim().toLowerCase(Locale.ROOT);
        if (address.length() > 320 || !EMAIL.matcher(address).matches()) {
            throw ApiException.invalidField("from", "is not an email address: " + from);
        }
        String name = fromName == null || fromName.isBlank() ? null : fromName.trim();
        if (name != null && (name.length() > 200 || name.contains("\r") || name.contains("\n"))) {
            throw ApiException.invalidField("fromName", "must be one line of at most 200 characters");
        }
        settings.put(caller.teamId(), new MailSettingsRepository.Sender(address, name), Times.now(clock));
        return new MailSettings(address, name, true);
    }

    @Transactional
    MailSettings delete(Caller caller) {
        requireManager(caller);
        if (!settings.delete(caller.teamId())) {
            throw new ApiException(ErrorCode.RESOURCE_NOT_EXIST, "The team has no sender of its own");
        }
        return server();
    }

    private MailSettings server() {
        return new MailSettings(properties.smtp().from(), properties.smtp().fromName(), false);
    }

    private static void requireManager(Caller caller) {
        if (!caller.managesTeam()) {
            throw ApiException.permissionDenied("only the team's owner or an admin may set the team's sender");
        }
    }
}
