package io.leadline.communications.delivery;

import io.leadline.communications.Channel;
import io.leadline.communications.CommunicationService;
import io.leadline.communications.records.Communication;
import io.leadline.leads.LeadCards;
import io.leadline.web.ApiException;
import io.leadline.web.ErrorCode;
import io.leadline.web.Times;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Texts leads send back, through the SMS provider's callback. The callback is believed only with a valid signature:
 * Base64 of HMAC-SHA1, keyed with the provider's auth token, over the public URL it was sent to followed by every form
 * field's name and value in name order (Twilio's scheme). The reply is attached, as an inbound text, to the team's
 * newest live lead with the sender's number; a number no lead has is acknowledged and dropped (logged).
 */
@Service
public class InboundTexts {

    private static final Logger log = LoggerFactory.getLogger(InboundTexts.class);

    private final CommunicationService communications;
    private final LeadCards cards;
    private final MessagingProperties properties;
    private final Clock clock;

    InboundTexts(CommunicationService communications, LeadCards cards, MessagingProperties properties, Clock clock) {
        this.communications = communications;
        this.cards = cards;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    void receive(long teamId, String path, Map<String, String> form, @Nullable String signature) {
        MessagingProperties.Twilio twilio = properties.twilio();
        if (twilio.authToken() == null || twilio.inboundBaseUrl() == null || twilio.inboundBaseUrl().isBlank()) {
            throw new ApiException(ErrorCode.PERMISSION_DENIED,
                    "Inbound texts are not accepted: set leadline.messages.twilio.auth-token and inbound-base-url");
        }
        String url = twilio.inboundBaseUrl().replaceAll("/+$", "") + path;
        if (signature == null || !MessageDigest.isEqual(sign(twilio.authToken(), url, form).getBytes(StandardCharsets.US_ASCII),
                signature.trim().getBytes(StandardCharsets.US_ASCII))) {
            throw new ApiException(ErrorCode.PERMISSION_DENIED, "The callback's X-Twilio-Signature does not match");
        }
        accept(teamId, form);
    }

    /**
     * A verified reply (Twilio's form fields From, To, Body, MessageSid), attached to the team's lead with that number;
     * dropped when no lead has it. True when a lead took it.
     */
    @Transactional
    public boolean accept(long teamId, Map<String, String> form) {
        String from = form.getOrDefault("From", "");
        String body = form.getOrDefault("Body", "");
        var lead = cards.byPhone(teamId, from);
        if (lead.isEmpty()) {
            log.info("An inbound text from a number no lead of team {} has was dropped (MessageSid {})", teamId, form.get("MessageSid"));
            return false;
        }
        communications.recordInbound(teamId, lead.get(), new CommunicationService.Details(Channel.TEXT, Communication.INBOUND,
                Communication.MANUAL, lead.get().assignedUserId(), "Received", null, null, from, form.get("To"), null,
                body.length() > MessageSending.TEXT_BODY_MAX ? body.substring(0, MessageSending.TEXT_BODY_MAX) : body, null, null,
                Times.now(clock), null));
        return true;
    }

    /** Twilio's request signature: Base64(HMAC-SHA1(token, url + name1 + value1 + name2 + value2 …)), names sorted. */
    public static String sign(String authToken, String url, Map<String, String> form) {
        StringBuilder data = new StringBuilder(url);
        new TreeMap<>(form).forEach((name, value) -> data.append(name).append(value));
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA1 is not available", e);
        }
    }
}
