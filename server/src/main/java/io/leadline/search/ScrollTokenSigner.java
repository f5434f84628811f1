package io.leadline.search;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Makes scroll ids tamper-evident: an HMAC-SHA256 (cut to 128 bits) over the token's text with a key all nodes read
 * from the database. A client that edits the carried total or cursor gets 400, not a page of its choosing (LL-13).
 */
final class ScrollTokenSigner {

    private static final int MAC_BYTES = 16;

    private final SecretKeySpec key;

    ScrollTokenSigner(byte[] secret) {
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    String sign(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(text));
    }

    boolean verifies(String text, String signature) {
        byte[] given;
        try {
            given = Base64.getUrlDecoder().decode(signature);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        return MessageDigest.isEqual(mac(text), given);
    }

    private byte[] mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] full = mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
            return java.util.Arrays.copyOf(full, MAC_BYTES);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }
}
