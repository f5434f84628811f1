package io.leadline.startup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.bootstrap.ConfigurableBootstrapContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Lets the packaged server start from the context the build generated (Spring AOT: bean definitions written as code,
 * no scanning, no condition evaluation), about a second less on two cores, whenever that context is the one this
 * start would build: the same application, and every setting the build's conditions read answering as it did then
 * ({@link BuildTimeSettings}). Otherwise, say a separate management port or a profile, it starts the ordinary way and
 * says why in one line. An explicit {@code -Dspring.aot.enabled} is left to decide. Registered in
 * META-INF/spring.factories; the choice is made once the environment is known and before the context is created,
 * which is where Spring Boot first asks.
 */
final class PrebuiltContextChoice implements SpringApplicationRunListener {

    private static final String AOT_ENABLED = "spring.aot.enabled";
    private static final Log log = LogFactory.getLog(PrebuiltContextChoice.class);

    private final SpringApplication application;

    PrebuiltContextChoice(SpringApplication application, String[] args) {
        this.application = application;
    }

    @Override
    public void environmentPrepared(ConfigurableBootstrapContext bootstrapContext, ConfigurableEnvironment environment) {
        Optional<String> server = serverApplication();
        if (System.getProperty(AOT_ENABLED) != null || server.isEmpty() || !packaged()) {
            return;
        }
        Optional<BuildTimeSettings> built = buildTimeSettings(server.get());
        if (built.isEmpty()) {
            return;
        }
        Optional<String> difference = built.get().firstDifference(environment);
        if (difference.isEmpty()) {
            System.setProperty(AOT_ENABLED, "true");
            log.info("Starting from the context generated at build time");
        } else {
            log.info("Starting without the context generated at build time: " + difference.get());
        }
    }

    /**
     * The main application class when this starts the server (the ordinary one, or the sandbox's, started with it):
     * the generated context is named after it.
     */
    private Optional<String> serverApplication() {
        Set<String> sources = application.getAllSources().stream()
                .map(source -> source instanceof Class<?> type ? type.getName() : source.toString())
                .collect(Collectors.toSet());
        Class<?> main = application.getMainApplicationClass();
        if (main == null || !BuildTimeSettings.APPLICATIONS.contains(main.getName())) {
            return Optional.empty();
        }
        Set<String> expected = Stream.of("io.leadline.Application", main.getName()).collect(Collectors.toSet());
        return sources.equals(expected) ? Optional.of(main.getName()) : Optional.empty();
    }

    /**
     * A jar built by the build, not classes in a folder: there the generated context may be left over from an earlier
     * build of other sources (and tests and {@code spring-boot:run} start from the folder).
     */
    private static boolean packaged() {
        URL location = PrebuiltContextChoice.class.getProtectionDomain().getCodeSource().getLocation();
        try {
            return !location.getProtocol().equals("file") || !Files.isDirectory(Path.of(location.toURI()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static Optional<BuildTimeSettings> buildTimeSettings(String server) {
        ClassLoader classes = PrebuiltContextChoice.class.getClassLoader();
        try (InputStream text = classes.getResourceAsStream(BuildTimeSettings.resourceOf(server))) {
            return text == null ? Optional.empty() : Optional.of(BuildTimeSettings.parse(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
