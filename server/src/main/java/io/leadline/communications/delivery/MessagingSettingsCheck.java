package io.leadline.communications.delivery;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Checks the messaging settings before anything starts: a carrier chosen but not configured (SMTP without a host, an
 * SMS provider without its account) or a malformed secrets key refuses the start before the database is opened, so a
 * refused start creates nothing. The rules are the carriers' own ({@code requireComplete}) and the cipher's reading of
 * its key; nothing is built to be kept. Listed in META-INF/spring.factories.
 */
public final class MessagingSettingsCheck implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Binder binder = Binder.get(environment);
        binder.bind("leadline.messages", MessagingProperties.class).ifBound(Carriers::checkSettings);
        new CredentialCipher(environment.getProperty("leadline.secrets.key", ""));
    }
}
