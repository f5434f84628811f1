package io.leadline.communications.delivery;

import io.leadline.communications.HtmlText;
import io.leadline.database.StartupRefused;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Emails through an SMTP server, several over one connection. Each message carries a Message-ID made from its id, the
 * same on every attempt, so a retry after a lost acknowledgement is recognisable as the same email. A 5xx answer about
 * the recipient or the message fails it for good; anything else (no connection, 4xx, authentication) is tried again.
 */
public final class SmtpCarrier implements Carrier {

    private static final Pattern HTML = Pattern.compile("(?s).*<[a-zA-Z][^>]*>.*");

    private static final Logger log = LoggerFactory.getLogger(SmtpCarrier.class);

    /** How a connection is secured: not at all, upgraded after connecting, or TLS from the start. */
    static final java.util.List<String> SECURITY = java.util.List.of("none", "starttls", "ssl");

    public static final String TEAM_SERVER_UNREACHABLE =
            "Could not connect to the team's SMTP server (the server's log has the details)";

    private final JavaMailSenderImpl mail;
    private final MessagingProperties.Smtp settings;
    private final boolean teamOwn;

    /** The server's own SMTP server, set by its operator. */
    SmtpCarrier(MessagingProperties.Smtp settings) {
        this(settings, false, true);
    }

    /**
     * A team's own SMTP server, which a team admin set: connections go only outside the server's network (unless
     * {@code allowPrivateHosts}), and a failure to connect is recorded in words that say nothing about what is listening
     * where (the details go to the server's log), so the outbox cannot be used to scan the server's network.
     */
    static SmtpCarrier teamOwn(MessagingProperties.Smtp settings, boolean allowPrivateHosts) {
        return new SmtpCarrier(settings, true, allowPrivateHosts);
    }

    /** What the carrier needs to send anything; checked before the server starts too ({@link MessagingSettingsCheck}). */
    static void requireComplete(MessagingProperties.Smtp settings) {
        if (settings.host() == null || settings.host().isBlank() || settings.from() == null || settings.from().isBlank()) {
            throw new StartupRefused(StartupRefused.Reason.CONFIGURATION,
                    "leadline.messages.email=smtp needs leadline.messages.smtp.host and .from");
        }
        if (!SECURITY.contains(settings.security())) {
            throw new StartupRefused(StartupRefused.Reason.CONFIGURATION,
                    "leadline.messages.smtp.security must be none, starttls or ssl");
        }
    }

    private SmtpCarrier(MessagingProperties.Smtp settings, boolean teamOwn, boolean allowPrivateHosts) {
        requireComplete(settings);
        this.settings = settings;
        this.teamOwn = teamOwn;
        this.mail = new JavaMailSenderImpl();
        mail.setHost(settings.host());
        mail.setPort(settings.port());
        mail.setUsername(settings.username());
        mail.setPassword(settings.password());
        mail.setDefaultEncoding(StandardCharsets.UTF_8.name());
        Properties properties = new Properties();
        String timeout = String.valueOf(settings.timeout().toMillis());
        properties.put("mail.smtp.connectiontimeout", timeout);
        properties.put("mail.smtp.timeout", timeout);
        properties.put("mail.smtp.writetimeout", timeout);
        properties.put("mail.smtp.auth", String.valueOf(settings.username() != null && !settings.username().isBlank()));
        properties.put("mail.smtp.starttls.required", String.valueOf(settings.security().equals("starttls")));
        properties.put("mail.smtp.starttls.enable", String.valueOf(settings.security().equals("starttls")));
        properties.put("mail.smtp.ssl.enable", String.valueOf(settings.security().equals("ssl")));
        if (!allowPrivateHosts) {
            properties.put("mail.smtp.socketFactory", new VettedSockets());
            properties.put("mail.smtp.socketFactory.fallback", "false");
        }
        mail.setJavaMailProperties(properties);
    }

    @Override
    public String name() {
        return "smtp";
    }

    @Override
    public Delivery deliver(Outbound message) {
        return deliverAll(java.util.List.of(message)).getFirst();
    }

    /** The messages over one SMTP connection; each one's outcome from the server's answer to it. */
    @Override
    public java.util.List<Delivery> deliverAll(java.util.List<Outbound> messages) {
        java.util.List<Delivery> outcomes = new java.util.ArrayList<>();
        java.util.List<MimeMessage> built = new java.util.ArrayList<>();
        for (Outbound message : messages) {
            try {
                built.add(mime(message));
                outcomes.add(Delivery.sent(messageId(message)));
            } catch (MessagingException | UnsupportedEncodingException e) {
                built.add(null);
                outcomes.add(Delivery.failed("the email could not be built: " + e.getMessage()));
            }
        }
        MimeMessage[] sendable = built.stream().filter(java.util.Objects::nonNull).toArray(MimeMessage[]::new);
        try {
            mail.send(sendable);
        } catch (MailAuthenticationException e) {
            replaceSent(outcomes, Delivery.retry("SMTP authentication failed: " + e.getMessage()));
        } catch (MailException e) {
            if (teamOwn && notConnected(e)) {
                log.warn("A team's SMTP server {}:{} could not be reached: {}", settings.host(), settings.port(), e.getMessage());
                replaceSent(outcomes, Delivery.retry(TEAM_SERVER_UNREACHABLE));
            } else if (e instanceof MailSendException refused) {
                recordRefusals(refused, built, outcomes);
            } else {
                replaceSent(outcomes, Delivery.retry(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            }
        }
        return outcomes;
    }

    private static void recordRefusals(MailSendException e, java.util.List<MimeMessage> built, java.util.List<Delivery> outcomes) {
        if (e.getFailedMessages().isEmpty()) {
            replaceSent(outcomes, Delivery.retry(String.valueOf(e.getMessage())));
        }
        e.getFailedMessages().forEach((failed, cause) -> {
            int at = built.indexOf(failed);
            if (at >= 0) {
                outcomes.set(at, permanent(cause) ? Delivery.failed("SMTP refused the message: " + cause.getMessage())
                        : Delivery.retry(String.valueOf(cause.getMessage())));
            }
        });
    }

    /** No SMTP conversation took place: refused, unreachable, timed out or unresolvable. */
    private static boolean notConnected(Exception failed) {
        for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.io.IOException || cause instanceof jakarta.mail.MessagingException m
                    && m.getMessage() != null && m.getMessage().startsWith("Couldn't connect")) {
                return true;
            }
        }
        return false;
    }

    private static void replaceSent(java.util.List<Delivery> outcomes, Delivery instead) {
        outcomes.replaceAll(d -> d.outcome() == Outcome.SENT ? instead : d);
    }

    private String messageId(Outbound message) {
        return "<leadline-" + message.id() + "@" + domain(message.from() == null ? settings.from() : message.from()) + ">";
    }

    private MimeMessage mime(Outbound message) throws MessagingException, UnsupportedEncodingException {
        String messageId = messageId(message);
        MimeMessage mime = new MimeMessage(mail.getSession()) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        boolean html = HTML.matcher(message.body()).matches();
        MimeMessageHelper helper = new MimeMessageHelper(mime, html, "UTF-8");
        String from = message.from() == null ? settings.from() : message.from();
        String fromName = message.from() == null ? settings.fromName() : message.fromName();
        if (fromName == null || fromName.isBlank()) {
            helper.setFrom(from);
        } else {
            helper.setFrom(from, fromName);
        }
        helper.setTo(message.to());
        helper.setSubject(message.subject() == null ? "" : message.subject());
        if (html) {
            helper.setText(HtmlText.plain(message.body()), message.body());
        } else {
            helper.setText(message.body());
        }
        return mime;
    }

    /** The server's reply code that starts an SMTP exception's message ("550 5.1.1 User unknown"). */
    private static final Pattern REPLY = Pattern.compile("^\\s*(\\d{3})[ -].*", Pattern.DOTALL);

    /** A 5xx about the recipient or the message itself: trying again would get the same answer. */
    private static boolean permanent(Exception failed) {
        for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
            if (cause instanceof SendFailedException && cause.getMessage() != null) {
                var reply = REPLY.matcher(cause.getMessage());
                if (reply.matches() && Integer.parseInt(reply.group(1)) >= 500) {
                    return true;
                }
            }
            if (cause instanceof jakarta.mail.internet.AddressException) {
                return true;
            }
        }
        return false;
    }

    private static String domain(@Nullable String from) {
        from = from == null ? "" : from;
        int at = from.lastIndexOf('@');
        return at < 0 ? "leadline" : from.substring(at + 1);
    }
}
