package io.leadline.startup;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;

/**
 * During the build's AOT processing, a property source ahead of all others that answers nothing and remembers every
 * setting asked of it while the context decides which beans exist: the settings whose values the generated context
 * takes for granted. Added before the context is refreshed, after logging and Spring Boot have read their own.
 */
final class ConditionReads extends PropertySource<Set<String>> {

    static final String NAME = "leadline-condition-reads";

    private ConditionReads() {
        super(NAME, new ConcurrentSkipListSet<>());
    }

    @Override
    public Object getProperty(String name) {
        getSource().add(name);
        return null;
    }

    /** The names asked so far, or none when the environment was not recorded (not an AOT processing run). */
    static List<String> of(ConfigurableEnvironment environment) {
        return environment.getPropertySources().get(NAME) instanceof ConditionReads reads
                ? List.copyOf(reads.getSource()) : List.of();
    }

    /** Registered in META-INF/spring.factories; does nothing outside AOT processing. */
    static final class Recorder implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            if (Boolean.getBoolean("spring.aot.processing")) {
                context.getEnvironment().getPropertySources().addFirst(new ConditionReads());
            }
        }
    }
}
