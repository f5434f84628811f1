package io.leadline.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class RenamedSettingsTests {

    private static final String DEFAULTS =
            "Config resource 'class path resource [application.yml]' via location 'optional:classpath:/'";

    @Test
    void anOldNameStandsForTheNewOneOverTheShippedDefault() {
        StandardEnvironment environment = environment(Map.of("leadline.webhooks.max-backoff", "PT1M"));
        assertThat(environment.getProperty("leadline.webhooks.max-retry")).isEqualTo("PT1M");
    }

    @Test
    void theNewNameSetByTheOperatorWins() {
        StandardEnvironment environment = environment(Map.of("leadline.webhooks.max-backoff", "PT1M",
                "leadline.webhooks.max-retry", "PT2M"));
        assertThat(environment.getProperty("leadline.webhooks.max-retry")).isEqualTo("PT2M");
    }

    @Test
    void withoutTheOldNameNothingChanges() {
        StandardEnvironment environment = environment(Map.of());
        assertThat(environment.getProperty("leadline.webhooks.max-retry")).isEqualTo("PT5M");
        assertThat(environment.getPropertySources().contains(RenamedSettings.SOURCE)).isFalse();
    }

    private static StandardEnvironment environment(Map<String, Object> operatorSettings) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addLast(new MapPropertySource("operator", operatorSettings));
        environment.getPropertySources().addLast(new MapPropertySource(DEFAULTS, Map.of("leadline.webhooks.max-retry", "PT5M")));
        new RenamedSettings().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }
}
