package io.leadline.web;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Addresses nothing a team sets may reach — webhook callbacks, the team's SMTP server (LL-13, LL-26): every block of the IANA IPv4 and IPv6 special-purpose address
 * registries — loopback, private, shared, link-local, documentation, benchmarking, reserved, multicast — plus the
 * IPv6 forms that carry an IPv4 address inside them (IPv4-compatible {@code ::/96}, IPv4-translated
 * {@code ::ffff:0:0:0/96}, NAT64 {@code 64:ff9b::/96} and
 * {@code 64:ff9b:1::/48}, 6to4 {@code 2002::/16}, Teredo in {@code 2001::/23}), whatever IPv4 address that is. Java
 * reads IPv4-mapped literals ({@code ::ffff:127.0.0.1}) as the IPv4 address, so the IPv4 blocks cover them.
 */
public final class SpecialAddresses {

    private record Block(byte[] prefix, int bits) {
        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int whole = bits / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != prefix[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (address[whole] & mask) == (prefix[whole] & mask);
        }
    }

    private static final List<Block> BLOCKS = List.of(
            // IPv4
            block("0.0.0.0/8"), block("10.0.0.0/8"), block("100.64.0.0/10"), block("127.0.0.0/8"),
            block("169.254.0.0/16"), block("172.16.0.0/12"), block("192.0.0.0/24"), block("192.0.2.0/24"),
            block("192.31.196.0/24"), block("192.52.193.0/24"), block("192.88.99.0/24"), block("192.168.0.0/16"),
            block("192.175.48.0/24"), block("198.18.0.0/15"), block("198.51.100.0/24"), block("203.0.113.0/24"),
            block("224.0.0.0/4"), block("240.0.0.0/4"),
            // IPv6
            block("::/96"), block("::ffff:0:0/96"), block("::ffff:0:0:0/96"), block("64:ff9b::/96"), block("64:ff9b:1::/48"), block("100::/64"),
            block("2001::/23"), block("2001:db8::/32"), block("2002::/16"), block("2620:4f:8000::/48"),
            block("3fff::/20"), block("5f00::/16"), block("fc00::/7"), block("fe80::/10"), block("fec0::/10"),
            block("ff00::/8"));

    private static final long INTERFACES_FOR_NANOS = java.util.concurrent.TimeUnit.MINUTES.toNanos(1);

    /** Elapsed time, not the server's clock: the sandbox moving time must not make the list stale or fresh. */
    private record OwnAddresses(Set<InetAddress> addresses, long readAtNanos) {}

    private static volatile @org.jspecify.annotations.Nullable OwnAddresses ownAddresses;

    private SpecialAddresses() {}

    /** True when the address is special-purpose or belongs to one of this host's own interfaces. */
    public static boolean refused(InetAddress address) {
        byte[] bytes = address.getAddress();
        return BLOCKS.stream().anyMatch(block -> block.contains(bytes)) || ownAddresses().contains(address);
    }

    /**
     * This host's addresses: a callback to the server's own public or private interface address would reach the
     * services listening on it. Read again after a minute, since interfaces come and go.
     */
    private static Set<InetAddress> ownAddresses() {
        OwnAddresses known = ownAddresses;
        long now = System.nanoTime();
        if (known == null || now - known.readAtNanos() > INTERFACES_FOR_NANOS) {
            Set<InetAddress> read = known == null ? Set.of() : known.addresses();
            try {
                read = NetworkInterface.networkInterfaces()
                        .flatMap(NetworkInterface::inetAddresses)
                        .collect(Collectors.toUnmodifiableSet());
            } catch (SocketException e) {
                // keep the last list read; the special-purpose blocks still apply
            }
            known = new OwnAddresses(read, now);
            ownAddresses = known;
        }
        return known.addresses();
    }

    private static Block block(String cidr) {
        int slash = cidr.indexOf('/');
        try {
            // literals only: getByName parses them without a DNS lookup
            byte[] prefix = InetAddress.getByName(cidr.substring(0, slash)).getAddress();
            if (cidr.equals("::ffff:0:0/96")) {
                prefix = mappedPrefix();
            }
            return new Block(prefix, Integer.parseInt(cidr.substring(slash + 1)));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(cidr, e);
        }
    }

    /** Java turns {@code ::ffff:0:0} into the IPv4 address 0.0.0.0; the block is kept in its IPv6 form anyway. */
    private static byte[] mappedPrefix() {
        byte[] prefix = new byte[16];
        prefix[10] = (byte) 0xff;
        prefix[11] = (byte) 0xff;
        return prefix;
    }
}
