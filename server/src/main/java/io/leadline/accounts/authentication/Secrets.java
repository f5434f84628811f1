package io.leadline.accounts.authentication;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Key material. Keys carry 256 random bits, so an unsalted SHA-256 is enough to store them: the hash is what the
 * database indexes for the per-request lookup, and nobody can brute-force a 256-bit preimage.
 */
public final class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {}

    public static String newKey(String scheme) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String prefix = Credential.BEARER.equals(scheme) ? "llt_" : "llk_";
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** What listings show of a key: enough to recognise it, too little to use it, even for a short chosen key. */
    public static String displayPrefix(String key) {
        return key.substring(0, Math.min(12, key.length() / 3));
    }
}
