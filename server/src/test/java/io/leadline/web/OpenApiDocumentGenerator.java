package io.leadline.web;

import io.leadline.Application;
import io.leadline.testing.H2Database;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the OpenAPI document the server serves (LL-19), run by the build before the tests
 * ({@code exec-maven-plugin}, at test-compile): the server started on an in-memory database with springdoc and
 * this project's shaping of its output ({@link OpenApiConfig}, {@link OpenApiDocument}), its document read and
 * written to the file given, which the jar then carries. springdoc and its swagger-core, built on Jackson 2, stay on
 * the build's classpath; the server's has Jackson 3 only.
 *
 * <p>A document newer than every compiled class it describes is kept as it is: a restart of {@code spring-boot:run}
 * with nothing recompiled does not start a second server (LL-26 item 8). The throwaway server is given a bootstrap key,
 * so it never prints a first-start key that would answer 401 everywhere else.
 */
public final class OpenApiDocumentGenerator {

    private static final String GENERATION_PATH = "/openapi-generation";

    private OpenApiDocumentGenerator() {}

    public static void main(String[] args) throws Exception {
        Path output = Path.of(args[0]);
        if (upToDate(output)) {
            System.exit(0);
        }
        SpringApplication application = new SpringApplication(Application.class);
        application.addInitializers(context -> {
            GenericApplicationContext registry = (GenericApplicationContext) context;
            registry.registerBean(OpenApiConfig.class);
            registry.registerBean(OpenApiDocument.class);
        });
        application.addInitializers(new H2Database());
        try (ConfigurableApplicationContext server = application.run(
                "--server.port=0",
                "--leadline.bootstrap.api-key=openapi-generation-only",
                "--leadline.webhooks.dispatch=false",
                "--leadline.messages.dispatch=false",
                // the sandbox's endpoints are described too, marked as sandbox mode's (README)
                "--leadline.sandbox.enabled=true",
                "--logging.level.io.leadline.sandbox=ERROR",
                "--springdoc.api-docs.enabled=true",
                "--springdoc.api-docs.path=" + GENERATION_PATH,
                "--springdoc.default-produces-media-type=application/json",
                "--springdoc.default-consumes-media-type=application/json",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN")) {
            String port = server.getEnvironment().getProperty("local.server.port");
            HttpResponse<String> served = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + GENERATION_PATH)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (served.statusCode() != 200) {
                throw new IllegalStateException("springdoc answered " + served.statusCode() + ": " + served.body());
            }
            JsonMapper json = JsonMapper.builder().build();
            ObjectNode document = (ObjectNode) json.readTree(served.body());
            // springdoc names the address it was asked at; the served document leaves the server to the reader's origin
            document.remove("servers");
            Files.createDirectories(output.getParent());
            Files.writeString(output, json.writeValueAsString(document) + "\n");
        }
        System.exit(0);
    }

    /** Whether the document is newer than the server's classes and this generator's own. */
    static boolean upToDate(Path output) throws IOException, URISyntaxException {
        if (!Files.exists(output)) {
            return false;
        }
        FileTime written = Files.getLastModifiedTime(output);
        Path serverClasses = output.getParent().getParent().resolve("io/leadline");
        Path generatorClasses = Path.of(OpenApiDocumentGenerator.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("io/leadline/web");
        return newestIn(serverClasses).compareTo(written) < 0 && newestIn(generatorClasses).compareTo(written) < 0;
    }

    private static FileTime newestIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return FileTime.fromMillis(Long.MAX_VALUE);
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(OpenApiDocumentGenerator::modified)
                    .max(FileTime::compareTo).orElse(FileTime.fromMillis(0));
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(Long.MAX_VALUE);
        }
    }
}
