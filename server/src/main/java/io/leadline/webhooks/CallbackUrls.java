package io.leadline.webhooks;

import io.leadline.web.ApiException;
import io.leadline.web.OutboundAddresses;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Where a webhook may be sent. HTTPS only, and never to a special-purpose address or one of this host's own
 * ({@link OutboundAddresses}: loopback, private, link-local — which includes cloud metadata at 169.254.169.254 —, IPv6
 * forms wrapping any of those, …), unless the server allows insecure targets for local development. Checked when
 * subscribing, and again by the sender's resolver on every connection, which connects to the address it checked.
 */
final class CallbackUrls {

    static final int MAX_LENGTH = 2000;

    private CallbackUrls() {}

    static URI validated(@Nullable String url, boolean allowInsecure) {
        if (url == null || url.isBlank()) {
            throw ApiException.missingField("callbackUrl");
        }
        if (url.length() > MAX_LENGTH) {
            throw ApiException.tooLong("callbackUrl", MAX_LENGTH);
        }
        URI uri = parse(url.trim());
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowInsecure && scheme.equals("http"))) {
            throw invalid(url, "must be an https URL (leadline.webhooks.allow-insecure-targets=true allows http, for development)");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw invalid(url, "has no host");
        }
        if (uri.getPort() == 0 || uri.getPort() > 65535) {
            throw invalid(url, "has a port outside 1-65535");
        }
        if (uri.getUserInfo() != null) {
            throw invalid(url, "must not carry credentials before the host");
        }
        if (!allowInsecure) {
            checkPublic(url, uri.getHost());
        }
        return uri;
    }

    private static URI parse(String url) {
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            throw invalid(url, "is not a URL");
        }
    }

    static void checkPublic(String url, String host) {
        try {
            OutboundAddresses.vetted(host);
        } catch (UnknownHostException e) {
            throw invalid(url, e.getMessage() + " (leadline.webhooks.allow-insecure-targets=true allows it, for development)");
        }
    }

    private static ApiException invalid(String url, String why) {
        return ApiException.invalidField("callbackUrl", "WEBHOOK_CALLBACK_URL_INVALID: '" + url + "' " + why);
    }
}
