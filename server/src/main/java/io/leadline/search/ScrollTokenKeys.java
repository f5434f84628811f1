package io.leadline.search;

import io.leadline.web.Times;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The scroll-token key in {@code server_secrets}: made by the first node that needs it (a concurrent node's insert
 * loses to the primary key and reads the winner's), then held in memory. A token one node issues verifies on another.
 * Each node reads (or makes) it once it has started, on the primary: a list read on the read replica could not write it.
 */
@Repository
class ScrollTokenKeys {

    private static final String NAME = "scroll-token-hmac";

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile ScrollTokenSigner signer;

    ScrollTokenKeys(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadAtStart() {
        signer();
    }

    ScrollTokenSigner signer() {
        ScrollTokenSigner current = signer;
        if (current == null) {
            current = new ScrollTokenSigner(Base64.getDecoder().decode(loadOrCreate()));
            signer = current;
        }
        return current;
    }

    private String loadOrCreate() {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        jdbc.sql("""
                        INSERT INTO server_secrets (name, secret, created_at) VALUES (:name, :secret, :now)
                        ON CONFLICT DO NOTHING
                        """)
                .param("name", NAME)
                .param("secret", Base64.getEncoder().encodeToString(fresh))
                .param("now", Times.now(clock))
                .update();
        return jdbc.sql("SELECT secret FROM server_secrets WHERE name = :name")
                .param("name", NAME)
                .query(String.class)
                .single();
    }
}
