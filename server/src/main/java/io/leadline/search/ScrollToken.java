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
 * scroll of a million leads counts them once, not once per page. Opaque to clients: base64url text, signed
 * ({@link ScrollTokenSigner}) and bound to the team, so an edited token is refused rather than believed.
 *
 * @param lastValue epoch milliseconds for time sorts, the number for Score, null when the last row had no value
 * @param total the number of leads that matched when the scroll started
 */
record ScrollToken(
        long teamId, String sortName, boolean desc, String filtersHash, @Nullable Long lastValue, long lastId, long total) {

    private static final String VERSION = "2";

    static ScrollToken after(long teamId, LeadQuery query, @Nullable Long lastValue, long lastId, long total) {
        return new ScrollToken(teamId, query.sort().name(), query.desc(), hash(query.fingerprint()), lastValue, lastId, total);
    }

    String encode(ScrollTokenSigner signer) {
        String text = String.join(":", VERSION, Long.toString(teamId), sortName, desc ? "d" : "a", filtersHash,
                lastValue == null ? "n" : lastValue.toString(), Long.toString(lastId), Long.toString(total));
        String signed = text + ":" + signer.sign(text);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(signed.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The token, if this server signed it for this team and exactly this query's filters and sort; otherwise a 400
     * naming scrollId.
     */
    static ScrollToken decodeFor(String token, long teamId, LeadQuery query, ScrollTokenSigner signer) {
        ScrollToken decoded = decode(token, signer);
        if (decoded.teamId != teamId) {
            throw invalid();
        }
        if (!decoded.sortName.equals(query.sort().name())
                || decoded.desc != query.desc()
                || !decoded.filtersHash.equals(hash(query.fingerprint()))) {
            throw ApiException.invalidField("scrollId", "was issued for other filters or another sort; start a new scroll");
        }
        return decoded;
    }

    static ScrollToken decode(String token, ScrollTokenSigner signer) {
        try {
            String signed = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int macStart = signed.lastIndexOf(':');
            if (macStart < 0 || !signer.verifies(signed.substring(0, macStart), signed.substring(macStart + 1))) {
                throw invalid();
            }
            String[] parts = signed.substring(0, macStart).split(":");
            if (parts.length != 8 || !parts[0].equals(VERSION) || !(parts[3].equals("d") || parts[3].equals("a"))) {
                throw invalid();
            }
            LeadSort.valueOf(parts[2]);
            Long value = parts[5].equals("n") ? null : Long.valueOf(parts[5]);
            return new ScrollToken(Long.parseLong(parts[1]), parts[2], parts[3].equals("d"), parts[4], value,
                    Long.parseLong(parts[6]), Long.parseLong(parts[7]));
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
