package io.leadline.sandbox;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code leadline.sandbox.*}; defaults are in application.yml. The journal keeps the last {@code journalSize}
 * exchanges with up to {@code bodyLimitBytes} of each body; each receiver keeps its last {@code receiverSize}
 * deliveries, and at most {@code maxReceivers} receivers exist at once.
 */
@ConfigurationProperties("leadline.sandbox")
public record SandboxProperties(boolean enabled, int journalSize, int bodyLimitBytes, int receiverSize, int maxReceivers) {}
