package io.leadline.startup;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.cloud.CloudPlatform;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;

/**
 * What the build's AOT processing decided the beans on: each setting a condition asked for and its value then (unset
 * ones included), the active profiles and the detected cloud platform. A start may use the generated context only
 * when its own environment gives every one of them the same answer; any other setting is free to differ, since the
 * generated bean definitions still bind their properties at run time.
 */
record BuildTimeSettings(TreeMap<String, Optional<String>> settings, String profiles, String cloudPlatform) {

    /**
     * The main application classes the build generates a context for, by name (they sit above every module, so no
     * module refers to them). The sandbox's starts with the ordinary one: where both are beans, it is the sandbox's.
     */
    static final List<String> APPLICATIONS = List.of("io.leadline.SandboxApplication", "io.leadline.Application");

    private static final String SETTING = "setting.";
    private static final String UNSET = "unset.";
    private static final String PROFILES = "profiles";
    private static final String CLOUD_PLATFORM = "cloud-platform";

    /**
     * Settings whose conditions only ask whether they are set (the data source's URL: a pooled one, not an embedded
     * one made up), or read them only together with one compared exactly ({@code server.port}, which matters only when
     * {@code management.server.port} is set).
     */
    static final Set<String> COMPARED_BY_PRESENCE = Set.of("spring.datasource.url", "server.port");

    /** Read in the same stretch of the start by the "Starting Application" log line, not by a condition. */
    static final Set<String> NOT_CONDITIONS = Set.of("spring.application.version", "spring.application.pid");

    /** Where the build leaves the settings of the context it generated for this application class. */
    static String resourceOf(String application) {
        return "META-INF/leadline/build-time-settings/" + application + ".properties";
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)");

    /**
     * The settings read while the build decided the beans, but not those read only to fill in a placeholder of
     * another one (the data directory inside the data source's URL): that one's value is what is compared.
     */
    static BuildTimeSettings of(Collection<String> read, ConfigurableEnvironment environment) {
        Set<String> placeholders = placeholdersOf(read, environment);
        TreeMap<String, Optional<String>> settings = new TreeMap<>();
        read.stream().filter(name -> !placeholders.contains(name) && !NOT_CONDITIONS.contains(name))
                .forEach(name -> settings.put(name, recordedValueOf(name, environment)));
        return new BuildTimeSettings(settings, profilesOf(environment), cloudPlatformOf(environment));
    }

    /** For a setting compared by presence, not the value itself, which would name the build's machine or process. */
    private static Optional<String> recordedValueOf(String name, Environment environment) {
        Optional<String> value = valueOf(name, environment);
        return COMPARED_BY_PRESENCE.contains(name) ? value.map(set -> "(set)") : value;
    }

    private static Set<String> placeholdersOf(Collection<String> read, ConfigurableEnvironment environment) {
        Set<String> found = new HashSet<>();
        Deque<String> toScan = new ArrayDeque<>(read);
        while (!toScan.isEmpty()) {
            Object raw = rawValueOf(toScan.pop(), environment);
            if (raw != null) {
                // a value from a configuration file is an OriginTrackedValue: its text is its toString()
                Matcher placeholder = PLACEHOLDER.matcher(raw.toString());
                while (placeholder.find()) {
                    if (found.add(placeholder.group(1))) {
                        toScan.push(placeholder.group(1));
                    }
                }
            }
        }
        return found;
    }

    private static @Nullable Object rawValueOf(String name, ConfigurableEnvironment environment) {
        for (PropertySource<?> source : environment.getPropertySources()) {
            Object value = source.getProperty(name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** The first answer this environment gives differently, said for a log line; empty when all agree. */
    Optional<String> firstDifference(Environment environment) {
        String profilesNow = profilesOf(environment);
        if (!profiles.equals(profilesNow)) {
            return Optional.of("the active profiles are [" + profilesNow + "], not [" + profiles + "]");
        }
        String cloudPlatformNow = cloudPlatformOf(environment);
        if (!cloudPlatform.equals(cloudPlatformNow)) {
            return Optional.of("the cloud platform is " + cloudPlatformNow + ", not " + cloudPlatform);
        }
        return settings.entrySet().stream()
                .filter(setting -> !answersAsBuilt(setting.getKey(), setting.getValue(), environment))
                .findFirst()
                // the name only: a value may be a secret
                .map(setting -> setting.getKey() + " is not set as it was when the build decided the beans");
    }

    private static boolean answersAsBuilt(String name, Optional<String> built, Environment environment) {
        Optional<String> now = valueOf(name, environment);
        return COMPARED_BY_PRESENCE.contains(name) ? now.isPresent() == built.isPresent() : now.equals(built);
    }

    String toText() {
        Properties properties = new Properties();
        settings.forEach((name, value) -> properties.setProperty(
                value.isPresent() ? SETTING + name : UNSET + name, value.orElse("")));
        properties.setProperty(PROFILES, profiles);
        properties.setProperty(CLOUD_PLATFORM, cloudPlatform);
        StringWriter text = new StringWriter();
        try {
            properties.store(text, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // without the date line Properties writes first, the same build makes the same file
        return text.toString().lines().filter(line -> !line.startsWith("#")).sorted()
                .collect(Collectors.joining("\n", "", "\n"));
    }

    static BuildTimeSettings parse(InputStream text) throws IOException {
        Properties properties = new Properties();
        properties.load(text);
        TreeMap<String, Optional<String>> settings = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith(SETTING)) {
                settings.put(key.substring(SETTING.length()), Optional.of(properties.getProperty(key)));
            } else if (key.startsWith(UNSET)) {
                settings.put(key.substring(UNSET.length()), Optional.empty());
            }
        }
        return new BuildTimeSettings(settings, Objects.requireNonNull(properties.getProperty(PROFILES), PROFILES),
                Objects.requireNonNull(properties.getProperty(CLOUD_PLATFORM), CLOUD_PLATFORM));
    }

    private static Optional<String> valueOf(String name, Environment environment) {
        try {
            return Optional.ofNullable(environment.getProperty(name));
        } catch (IllegalArgumentException unresolvablePlaceholder) {
            return Optional.of("<unresolvable: " + unresolvablePlaceholder.getMessage() + ">");
        }
    }

    private static String profilesOf(Environment environment) {
        return Arrays.stream(environment.getActiveProfiles()).sorted().collect(Collectors.joining(","));
    }

    private static String cloudPlatformOf(Environment environment) {
        @Nullable CloudPlatform platform = CloudPlatform.getActive(environment);
        return platform == null ? "none" : platform.name();
    }
}
