package io.leadline.communications.delivery;

import io.leadline.accounts.AccountsService;
import io.leadline.web.ApiException;
import io.leadline.web.Caller;
import io.leadline.web.ErrorCode;
import io.leadline.web.OutboundAddresses;
import io.leadline.web.Times;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A team's mail settings: the From address and name of its members' emails and, optionally, its own SMTP server (used
 * when the server sends email over SMTP; the server's {@code leadline.messages.smtp.*} serves teams without one). The
 * password is kept encrypted ({@link CredentialCipher}) and never shown.
 */
@Service
@NamedInterface("administration") // the console's team settings page uses it
public class MailSenders {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern HOST = Pattern.compile("^[A-Za-z0-9.-]{1,255}$");

    private final MailSettingsRepository settings;
    private final AccountsService accounts;
    private final CredentialCipher cipher;
    private final MessagingProperties properties;
    private final Carriers carriers;
    private final Clock clock;

    MailSenders(MailSettingsRepository settings, AccountsService accounts, CredentialCipher cipher, MessagingProperties properties,
            Carriers carriers, Clock clock) {
        this.accounts = accounts;
        this.carriers = carriers;
        this.settings = settings;
        this.cipher = cipher;
        this.properties = properties;
        this.clock = clock;
    }

    /** What the API shows: never the password, only whether one is kept. */
    public record MailSettings(@Nullable String from, @Nullable String fromName, @Nullable String host, @Nullable Integer port,
            @Nullable String security, @Nullable String username, boolean passwordSet, boolean teamOwn) {}

    public record Request(@Nullable String from, @Nullable String fromName, @Nullable String host, @Nullable Integer port,
            @Nullable String security, @Nullable String username, @Nullable String password) {}

    /** How this server sends texts (the operator's choice for every team): "twilio", "capture", or "none". */
    public String textCarrier() {
        return carriers.forChannel(io.leadline.communications.Channel.TEXT).map(Carrier::name).orElse("none");
    }

    @Transactional(readOnly = true)
    public MailSettings get(Caller caller) {
        return settings.find(caller.teamId()).map(MailSenders::shown).orElseGet(this::server);
    }

    @Transactional
    MailSettings put(Caller caller, Request request) {
        return put(caller, request, null);
    }

    /**
     * The console's form: a password left empty keeps the one stored (it is never shown, so it cannot be typed back),
     * unless the server changes; the API's PUT replaces everything it is given.
     */
    @Transactional
    public MailSettings putKeepingPassword(Caller caller, Request request) {
        String kept = settings.find(caller.teamId())
                .filter(mail -> request.host() != null && request.host().trim().equalsIgnoreCase(String.valueOf(mail.host())))
                .map(MailSettingsRepository.TeamMail::sealedPassword).orElse(null);
        return put(caller, request, request.password() == null || request.password().isEmpty() ? kept : null);
    }

    private MailSettings put(Caller caller, Request request, @Nullable String keptSealedPassword) {
        caller.requireManagesTeam("may change the team's mail settings");
        String from = address(request.from());
        String name = line("fromName", request.fromName(), 200);
        String host = request.host() == null || request.host().isBlank() ? null : request.host().trim();
        if (host == null && (request.port() != null || request.username() != null || request.password() != null)) {
            throw ApiException.invalidField("host", "is required with port, username or password");
        }
        if (host != null && !HOST.matcher(host).matches()) {
            throw ApiException.invalidField("host", "is not a host name or address: " + request.host());
        }
        if (host != null) {
            requireOutsideTheServersNetwork(host);
        }
        Integer port = host == null ? null : request.port() == null ? 587 : request.port();
        if (port != null && (port < 1 || port > 65535)) {
            throw ApiException.invalidField("port", "must be between 1 and 65535");
        }
        List<Integer> ports = properties.teamSmtp().ports();
        if (port != null && !ports.isEmpty() && !ports.contains(port)) {
            throw ApiException.invalidField("port", "must be one of the mail ports " + ports
                    + " (the server's operator allows others with leadline.messages.team-smtp.ports)");
        }
        String security = host == null ? null : request.security() == null ? "starttls" : request.security().trim().toLowerCase(Locale.ROOT);
        if (security != null && !SmtpCarrier.SECURITY.contains(security)) {
            throw ApiException.invalidField("security", "must be one of " + SmtpCarrier.SECURITY);
        }
        String username = line("username", request.username(), 320);
        if (request.password() != null && !request.password().isEmpty() && username == null) {
            throw ApiException.invalidField("password", "needs a username to log in with");
        }
        String sealed = request.password() == null || request.password().isEmpty() ? keptSealedPassword
                : cipher.encrypt("password", request.password());
        MailSettingsRepository.TeamMail mail = new MailSettingsRepository.TeamMail(caller.teamId(), from, name, host, port, security,
                username, sealed, Times.now(clock));
        accounts.lockTeam(caller.teamId());
        settings.put(mail);
        return shown(mail);
    }

    private void requireOutsideTheServersNetwork(String host) {
        if (properties.teamSmtp().allowPrivateHosts()) {
            return;
        }
        try {
            OutboundAddresses.vetted(host);
        } catch (UnknownHostException refused) {
            throw ApiException.invalidField("host", "'" + host + "' " + refused.getMessage()
                    + " (leadline.messages.team-smtp.allow-private-hosts=true allows it, for development)");
        }
    }

    @Transactional
    public MailSettings delete(Caller caller) {
        caller.requireManagesTeam("may change the team's mail settings");
        if (!settings.delete(caller.teamId())) {
            throw new ApiException(ErrorCode.RESOURCE_NOT_EXIST, "The team has no mail settings of its own");
        }
        return server();
    }

    private static MailSettings shown(MailSettingsRepository.TeamMail mail) {
        return new MailSettings(mail.from(), mail.fromName(), mail.host(), mail.port(), mail.security(), mail.username(),
                mail.sealedPassword() != null, true);
    }

    private MailSettings server() {
        MessagingProperties.Smtp smtp = properties.smtp();
        return new MailSettings(smtp.from(), smtp.fromName(), smtp.host(), smtp.host() == null ? null : smtp.port(),
                smtp.host() == null ? null : smtp.security(), null, false, false);
    }

    private static String address(@Nullable String from) {
        if (from == null || from.isBlank()) {
            throw ApiException.missingField("from");
        }
        String address = from.trim().toLowerCase(Locale.ROOT);
        if (address.length() > 320 || !EMAIL.matcher(address).matches()) {
            throw ApiException.invalidField("from", "is not an email address: " + from);
        }
        return address;
    }

    /** One line (a header value), trimmed, blank as absent. */
    private static @Nullable String line(String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.trim().length() > max || value.contains("\r") || value.contains("\n")) {
            throw ApiException.invalidField(field, "must be one line of at most " + max + " characters");
        }
        return value.trim();
    }

}
