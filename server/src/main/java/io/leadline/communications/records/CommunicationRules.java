package io.leadline.communications.records;

import io.leadline.web.ApiException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The checks an imported communication passes, without I/O. Lofty's value lists are matched ignoring case. */
final class CommunicationRules {

    static final List<String> CALL_STATUSES = List.of("Completed", "Missed", "Failed", "Busy", "NoAnswer", "VoiceMail");
    static final List<String> CALL_OUTCOMES = List.of("Talked", "VoiceMessage", "NoAnswer", "BadNumber", "DNCNumber", "DNCContact");
    static final List<String> DIRECTIONS = List.of(Communication.OUTBOUND, Communication.INBOUND);

    private CommunicationRules() {}

    static String direction(@Nullable String value) {
        return value == null ? Communication.OUTBOUND : listed("direction", value, DIRECTIONS);
    }

    static @Nullable String listed(String field, @Nullable String value, List<String> allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return allowed.stream().filter(a -> a.equalsIgnoreCase(value.trim())).findFirst()
                .orElseThrow(() -> ApiException.invalidField(field, "must be one of " + allowed + ", not '" + value + "'"));
    }

    static @Nullable String text(String field, @Nullable String value, int max) {
        if (value == null) {
            return null;
        }
        if (value.length() > max) {
            throw ApiException.tooLong(field, max);
        }
        return value.isBlank() ? null : value;
    }

    static @Nullable Integer duration(@Nullable Integer seconds) {
        if (seconds != null && seconds < 0) {
            throw ApiException.invalidField("durationSeconds", "must not be negative");
        }
        return seconds;
    }

    /** An http(s) address a client can fetch the recording from; Leadline stores it and never fetches it. */
    static @Nullable String recordingUrl(@Nullable String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && url.length() <= 2000) {
                return url.trim();
            }
        } catch (java.net.URISyntaxException e) {
            // answered below
        }
        throw ApiException.invalidField("recordingUrl", "must be an http or https URL of at most 2000 characters");
    }
}
