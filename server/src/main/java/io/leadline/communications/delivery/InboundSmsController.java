package io.leadline.communications.delivery;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The SMS provider's callback for texts leads send back: not an API-key endpoint (it lives outside /v1.0, /v2.0 and
 * /leadline), authenticated by the provider's signature instead. Answers the empty TwiML the provider expects.
 */
@RestController
@Tag(name = "Leadline communications")
class InboundSmsController {

    static final String EMPTY_TWIML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>";

    private final InboundTexts inbound;

    InboundSmsController(InboundTexts inbound) {
        this.inbound = inbound;
    }

    @Operation(summary = "A text a lead sent (the SMS provider's signed, form-encoded callback)")
    @PostMapping(path = "/inbound/sms/{teamId}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<String> received(
            @PathVariable long teamId,
            @RequestHeader(name = "X-Twilio-Signature", required = false) String signature,
            @RequestParam MultiValueMap<String, String> form,
            HttpServletRequest request) {
        Map<String, String> fields = form.toSingleValueMap();
        inbound.receive(teamId, request.getRequestURI(), fields, signature);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(EMPTY_TWIML);
    }
}
