package io.leadline.webhooks;

import io.leadline.web.ApiException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Where a webhook may be sent. HTTPS only, and never to a special-purpose address or one of this host's own
 * ({@link SpecialAddresses}: loopback, private, link-local — which includes cloud metadata at 169.254.169.254 —, IPv6
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
            throw invalid(url, "must be an https URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw invalid(url, "has no host");
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
            vetted(host);
        } catch (UnknownHostException e) {
            throw invalid(url, e.getMessage());
        }
    }

    /**
     * The host's addresses, resolved once, when none of them is refused ({@link SpecialAddresses}); the sender
     * connects to exactly these, so a DNS answer that changes between the check and the connection cannot slip in.
     */
    static InetAddress[] vetted(String host) throws UnknownHostException {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        String lower = bare.toLowerCase(Locale.ROOT);
        if (lower.equals("localhost") || lower.endsWith(".localhost") || lower.endsWith(".internal") || lower.endsWith(".local")) {
            throw new UnknownHostException("points inside the server's network");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(bare);
        } catch (UnknownHostException e) {
            throw new UnknownHostException("has a host that does not resolve: " + host);
        }
        for (InetAddress address : addresses) {
            if (SpecialAddresses.refused(address)) {
                throw new UnknownHostException("resolves to " + address.getHostAddress() + ", inside the server's network");
            }
        }
        return addresses;
    }

    private static ApiException invalid(String url, String why) {
        return ApiException.invalidField("callbackUrl", "WEBHOOK_CALLBACK_URL_INVALID: '" + url + "' " + why);
    }
}
