package io.leadline.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * The one outbound-address policy for every address a team can set (webhook callbacks, its own SMTP server): the host
 * is resolved once and refused when any of its addresses is special-purpose or this host's own ({@link
 * SpecialAddresses}), or when its name points inside by convention ({@code localhost}, {@code *.internal},
 * {@code *.local}). Checked when the address is saved, and again at every connection, which goes to exactly the
 * addresses checked, so a DNS answer that changes in between cannot slip in.
 */
public final class OutboundAddresses {

    private OutboundAddresses() {}

    /** The host's addresses when none is refused; otherwise the exception says why, in words fit for the team. */
    public static InetAddress[] vetted(String host) throws UnknownHostException {
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
}
