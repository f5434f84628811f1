package io.leadline.communications.delivery;

import io.leadline.database.StartupRefused;
import io.leadline.search.SearchKeys;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Texts through a Twilio-style Messages API: a form POST of To, From and Body to
 * {@code /2010-04-01/Accounts/{AccountSid}/Messages.json} with Basic authentication (the account SID and auth token),
 * answered 201 with the message's {@code sid}. Errors come as JSON {@code {"code", "message", "status"}}: throttling
 * (HTTP 429, or code 20429) and server errors are tried again; a number the provider refuses (21211 invalid, 21214 not
 * reachable, 21610 opted out, 21614 not a mobile) fails the message for good, as does any other 4xx.
 */
final class TwilioCarrier implements Carrier {

    static final Set<Integer> UNREACHABLE = Set.of(21211, 21214, 21610, 21614);

    private final MessagingProperties.Twilio settings;
    private final HttpClient http;
    private final JsonMapper json;

    TwilioCarrier(MessagingProperties.Twilio settings, JsonMapper json) {
        requireComplete(settings);
        this.settings = settings;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** What the carrier needs to send anything; checked before the server starts too ({@link MessagingSettingsCheck}). */
    static void requireComplete(MessagingProperties.Twilio settings) {
        if (blank(settings.accountSid()) || blank(settings.authToken()) || blank(settings.from())) {
            throw new StartupRefused(StartupRefused.Reason.CONFIGURATION,
                    "leadline.messages.sms=twilio needs leadline.messages.twilio.account-sid, .auth-token and .from");
        }
    }

    @Override
    public String name() {
        return "twilio";
    }

    @Override
    public Delivery deliver(Outbound message) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("To", e164(message.to()));
        form.put("From", settings.from());
        form.put("Body", message.body());
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.baseUrl().replaceAll("/+$", "") + "/2010-04-01/Accounts/"
                        + settings.accountSid() + "/Messages.json"))
                .timeout(settings.timeout())
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (settings.accountSid() + ":" + settings.authToken()).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return outcome(response.statusCode(), response.body());
        } catch (IOException e) {
            return Delivery.retry("SMS provider unreachable: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Delivery.retry("interrupted while sending");
        }
    }

    Delivery outcome(int status, String body) {
        JsonNode answer = parse(body);
        if (status == 200 || status == 201) {
            String sid = answer.path("sid").asString("");
            return sid.isEmpty() ? Delivery.retry("SMS provider answered " + status + " without a sid") : Delivery.sent(sid);
        }
        int code = answer.path("code").asInt(0);
        String detail = "SMS provider answered " + status + (code == 0 ? "" : " (code " + code + ")") + ": "
                + answer.path("message").asString(body.length() > 200 ? body.substring(0, 200) : body);
        if (status == 429 || code == 20429 || status >= 500) {
            return Delivery.retry(detail);
        }
        return UNREACHABLE.contains(code) || status >= 400 ? Delivery.failed(detail) : Delivery.retry(detail);
    }

    /** A phone as stored, in E.164: ten digits are a North American number (+1), anything longer keeps its digits. */
    static String e164(String phone) {
        String trimmed = phone.trim();
        String digits = SearchKeys.digits(trimmed);
        if (trimmed.startsWith("+")) {
            return "+" + digits;
        }
        return digits.length() == 10 ? "+1" + digits : "+" + digits;
    }

    private JsonNode parse(String body) {
        try {
            return json.readTree(body);
        } catch (RuntimeException e) {
            return json.createObjectNode();
        }
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
