package io.leadline.webhooks;

import io.leadline.web.ApiException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Where a webhook may be sent. HTTPS only, and never to an address inside the server's own network (loopback,
 * private, link-local — which includes cloud metadata at 169.254.169.254 — or unspecified), unless the server allows
 * insecure targets for local development. Checked when subscribing and again before every POST, since DNS can change.
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
        if (host.equalsIgnoreCase("localhost") || host.toLowerCase(Locale.ROOT).endsWith(".internal")) {
            throw invalid(url, "points inside the server's network");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw invalid(url, "has a host that does not resolve: " + host);
        }
        for (InetAddress address : addresses) {
            if (internal(address)) {
                throw invalid(url, "resolves to " + address.getHostAddress() + ", inside the server's network");
            }
        }
    }

    static boolean internal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        boolean uniqueLocalV6 = address instanceof Inet6Address && (bytes[0] & 0xfe) == 0xfc;
        boolean carrierGradeNat = bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
        return uniqueLocalV6 || carrierGradeNat;
    }

    private static ApiException invalid(String url, String why) {
        return ApiException.invalidField("callbackUrl", "WEBHOOK_CALLBACK_URL_INVALID: '" + url + "' " + why);
    }
}
