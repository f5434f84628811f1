package io.leadline.search;

import io.leadline.web.ApiException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * The stateless cursor of the lead list: the sort, the filters it was issued for (as a hash), and the last row's sort
 * value and id. The next page starts strictly after that (value, id) pair, so a row is never returned twice and
 * inserts elsewhere in the order never shift the pages. It also carries the total counted on the first page, so a
 * scroll of a million leads counts them once, not once per page. Opaque to clients: base64url text.
 *
 * @param lastValue epoch milliseconds for time sorts, the number for Score, null when the last row had no value
 * @param total the number of leads that matched when the scroll started
 */
record ScrollToken(String sortName, boolean desc, String filtersHash, @Nullable Long lastValue, long lastId, long total) {

    private static final String VERSION = "1";

    static ScrollToken after(LeadQuery query, @Nullable Long lastValue, long lastId, long total) {
        return new ScrollToken(query.sort().name(), query.desc(), hash(query.fingerprint()), lastValue, lastId, total);
    }

    String encode() {
        String text = String.join(":", VERSION, sortName, desc ? "d" : "a", filtersHash,
                lastValue == null ? "n" : lastValue.toString(), Long.toString(lastId), Long.toString(total));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The token, if it was issued for exactly this query's filters and sort; otherwise a 400 naming scrollId. */
    static ScrollToken decodeFor(String token, LeadQuery query) {
        ScrollToken decoded = decode(token);
        if (!decoded.sortName.equals(query.sort().name())
                || decoded.desc != query.desc()
                || !decoded.filtersHash.equals(hash(query.fingerprint()))) {
            throw ApiException.invalidField("scrollId", "was issued for other filters or another sort; start a new scroll");
        }
        return decoded;
    }

    static ScrollToken decode(String token) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split(":");
            if (parts.length != 7 || !parts[0].equals(VERSION) || !(parts[2].equals("d") || parts[2].equals("a"))) {
                throw invalid();
            }
            LeadSort.valueOf(parts[1]);
            Long value = parts[4].equals("n") ? null : Long.valueOf(parts[4]);
            return new ScrollToken(
                    parts[1], parts[2].equals("d"), parts[3], value, Long.parseLong(parts[5]), Long.parseLong(parts[6]));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    private static ApiException invalid() {
        return ApiException.invalidField("scrollId", "is not a scroll id this server issued");
    }

    static String hash(String fingerprint) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(fingerprint.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
