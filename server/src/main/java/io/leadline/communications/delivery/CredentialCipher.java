package io.leadline.communications.delivery;

import io.leadline.database.StartupRefused;
import io.leadline.web.ApiException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Encrypts the credentials a team gives Leadline (its SMTP password) with AES-256-GCM under {@code leadline.secrets.key}
 * (32 bytes, Base64; {@code LEADLINE_SECRETS_KEY}), which lives in the server's configuration and never in the
 * database. Without the key the server keeps no such credentials: storing one is refused.
 */
@Component
class CredentialCipher {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final @Nullable SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    CredentialCipher(@Value("${leadline.secrets.key:}") String key) {
        if (key.isBlank()) {
            this.key = null;
            return;
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(key.trim());
        } catch (IllegalArgumentException e) {
            throw new StartupRefused(StartupRefused.Reason.CONFIGURATION, "leadline.secrets.key must be 32 bytes in Base64 (openssl rand -base64 32)");
        }
        if (bytes.length != 32) {
            throw new StartupRefused(StartupRefused.Reason.CONFIGURATION, "leadline.secrets.key must be 32 bytes in Base64 (openssl rand -base64 32), not " + bytes.length);
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    String encrypt(String field, String secret) {
        if (key == null) {
            throw ApiException.invalidField(field, "cannot be kept: this server has no leadline.secrets.key to encrypt it with");
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The secret, or empty when it cannot be read (no key now, or another key sealed it). */
    java.util.Optional<String> decrypt(String sealed) {
        if (key == null) {
            return java.util.Optional.empty();
        }
        try {
            byte[] all = Base64.getDecoder().decode(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, IV_BYTES));
            return java.util.Optional.of(new String(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
