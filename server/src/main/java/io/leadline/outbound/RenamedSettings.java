package io.leadline.outbound;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

/**
 * Delivery settings that were renamed when webhooks and messages came to share one vocabulary: an old name still set
 * somewhere (a file, the environment, the command line) stands for the new one, unless the new one is set too outside
 * the shipped defaults. Listed in META-INF/spring.factories.
 */
public final class RenamedSettings implements EnvironmentPostProcessor {

    static final Map<String, String> NEW_NAME_OF_OLD = Map.of("leadline.webhooks.max-backoff", "leadline.webhooks.max-retry");
    static final String SOURCE = "leadline renamed settings";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> aliases = new LinkedHashMap<>();
        NEW_NAME_OF_OLD.forEach((oldName, newName) -> {
            String value = environment.getProperty(oldName);
            if (value != null && !setBeyondTheDefaults(environment, newName)) {
                aliases.put(newName, value);
            }
        });
        if (!aliases.isEmpty()) {
            environment.getPropertySources().addFirst(new MapPropertySource(SOURCE, aliases));
        }
    }

    private static boolean setBeyondTheDefaults(ConfigurableEnvironment environment, String name) {
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (source.getName().equals("configurationProperties") || shippedDefaults(source)) {
                continue;
            }
            if (source.containsProperty(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean shippedDefaults(PropertySource<?> source) {
        String name = source.getName();
        return name.contains("class path resource [application.yml]");
    }
}
